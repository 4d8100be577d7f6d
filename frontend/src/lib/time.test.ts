import { describe, expect, it } from 'vitest';
import { formatClock, isoDuration, remainingMs, spokenRemaining, thresholdAnnouncement } from './time';

const MIN = 60_000;
const SEC = 1000;

describe('remainingMs', () => {
	const deadline = '2025-06-02T17:00:00Z';
	const at = (iso: string) => new Date(iso).getTime();
	it.each([
		['before the deadline', 0, at('2025-06-02T16:00:00Z'), 60 * MIN],
		['with extra minutes', 30, at('2025-06-02T16:00:00Z'), 90 * MIN],
		['past the deadline but within the extra time', 20, at('2025-06-02T17:05:00Z'), 15 * MIN],
		['past everything: zero, never negative', 20, at('2025-06-02T18:00:00Z'), 0]
	])('%s', (_, extra, now, want) => {
		expect(remainingMs(deadline, extra, now)).toBe(want);
	});
});

describe('formatClock', () => {
	it.each([
		[2 * 3600 * SEC + 5 * MIN + 9 * SEC, '2 h 05 min 09 s'],
		[4 * MIN + 30 * SEC, '4 min 30 s'],
		[59 * SEC + 999, '0 min 59 s'],
		[0, '0 min 00 s']
	])('%i ms → %s', (ms, want) => expect(formatClock(ms)).toBe(want));
});

describe('spokenRemaining', () => {
	it.each([
		[3600 * SEC + 5 * MIN + 59 * SEC, '1 heure et 5 minutes'],
		[2 * 3600 * SEC + MIN, '2 heures et 1 minute'],
		[2 * 3600 * SEC, '2 heures'],
		[10 * MIN + 59 * SEC, '10 minutes'],
		[MIN, '1 minute'],
		[59 * SEC, "moins d'une minute"],
		[0, 'temps écoulé']
	])('%i ms → %s', (ms, want) => expect(spokenRemaining(ms)).toBe(want));
});

describe('isoDuration', () => {
	it('writes an ISO 8601 duration', () => {
		expect(isoDuration(3600 * SEC + 5 * MIN + 9 * SEC)).toBe('PT1H5M9S');
	});
});

describe('thresholdAnnouncement', () => {
	it.each([
		['crossing 30 minutes', 30 * MIN + SEC, 30 * MIN, 'Il reste 30 minutes.'],
		['crossing 10 minutes', 10 * MIN + 500, 10 * MIN - 500, 'Il reste 10 minutes.'],
		['crossing 1 minute', MIN + SEC, MIN, 'Il reste 1 minute.'],
		['several at once (tab asleep): only the latest', 31 * MIN, 4 * MIN, 'Il reste 5 minutes.'],
		['reaching zero', SEC, 0, 'Le temps est écoulé.'],
		['a second that crosses nothing', 20 * MIN, 20 * MIN - SEC, null],
		['already under a threshold', 9 * MIN, 9 * MIN - SEC, null],
		['time added (extra minutes granted)', 4 * MIN, 40 * MIN, null],
		['still zero', 0, 0, null]
	])('%s', (_, before, after, want) => {
		expect(thresholdAnnouncement(before, after)).toBe(want);
	});
});
