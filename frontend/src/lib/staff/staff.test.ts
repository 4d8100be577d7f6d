import { describe, expect, it } from 'vitest';
import { defaultSchedule, duration, fromLocalInput, metricValue, toLocalInput } from './staff';

describe('staff helpers', () => {
	it('round-trips an instant through a datetime-local value (browser time zone)', () => {
		const iso = '2026-12-04T09:30:00.000Z';
		expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
	});

	it('refuses an empty or malformed datetime-local value', () => {
		for (const v of ['', '2026-12-04', 'demain 9h', '2026-13-45T99:99']) expect(fromLocalInput(v)).toBeNull();
	});

	it('opens J1 at the current full hour for the scenario length, J2 the next day, the orals the day after', () => {
		const now = new Date('2026-12-04T09:47:12Z');
		const s = defaultSchedule(now, 420, 480);
		const h0 = new Date(now);
		h0.setMinutes(0, 0, 0);
		const at = (ms: number) => new Date(h0.getTime() + ms).toISOString();
		expect(s).toEqual({
			j1Start: at(0),
			j1End: at(420 * 60_000),
			j2Start: at(24 * 3600_000),
			j2End: at(24 * 3600_000 + 480 * 60_000),
			j3Start: at(48 * 3600_000),
			j3End: at(57 * 3600_000)
		});
		expect(new Date(s.j1Start).getTime()).toBeLessThanOrEqual(now.getTime());
	});

	it('says durations and ratio metrics in French', () => {
		expect(duration(42)).toBe('42 s');
		expect(duration(200)).toBe('3 min 20 s');
		expect(duration(3 * 3600 + 5 * 60)).toBe('3 h 05');
		expect(duration(null)).toBe('—');
		expect(metricValue('CriticalCoverage', 0.5).replace(/\s/g, ' ')).toBe('50 %');
		expect(metricValue('FactsEarned', 2.5)).toBe('2,5');
	});
});
