import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/announcer.svelte';
import DayBar from './DayBar.svelte';

const START = new Date('2025-06-02T16:00:00Z').getTime();
const MIN = 60_000;

/** Every message the live region received, in order. */
function spy() {
	return vi.spyOn(announcer, 'announce');
}

describe('DayBar', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(START);
		announcer.reset();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('marks the current day as the current step and the past ones as done', () => {
		render(DayBar, { current: 2, deadline: START + 60 * MIN });
		const days = screen.getAllByRole('listitem');
		expect(days.map((d) => d.getAttribute('aria-current'))).toEqual([null, 'step', null]);
		expect(days[0]).toHaveTextContent('J1 Diagnostic (terminé)');
		expect(days[1]).toHaveTextContent('J2 Plan de relance (en cours)');
	});

	it('shows the time left, the candidate’s extra minutes included', () => {
		render(DayBar, { current: 1, deadline: START + 60 * MIN, extraMinutes: 30 });
		expect(screen.getByTestId('clock')).toHaveTextContent('Temps restant : 1 h 30 min 00 s');
		expect(screen.getByTestId('spoken-time-left')).toHaveTextContent('Temps restant : 1 heure et 30 minutes');
		expect(screen.getByText('Dont 30 min de temps supplémentaire')).toBeInTheDocument();
	});

	it('ticks every second on screen, but the spoken time changes by the minute in a non-live element', async () => {
		render(DayBar, { current: 1, deadline: START + 20 * MIN });
		const spoken = screen.getByTestId('spoken-time-left');
		expect(spoken.closest('[aria-live]')).toBeNull();
		expect(screen.getByTestId('clock')).toHaveAttribute('aria-hidden', 'true');
		await vi.advanceTimersByTimeAsync(1000);
		expect(screen.getByTestId('clock')).toHaveTextContent('19 min 59 s');
		expect(spoken).toHaveTextContent('Temps restant : 19 minutes');
	});

	it('announces 10 minutes left once, when it is crossed, not every second', async () => {
		const announce = spy();
		render(DayBar, { current: 1, deadline: START + 10 * MIN + 3000 });
		await vi.advanceTimersByTimeAsync(2000);
		expect(announce).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1000);
		expect(announce).toHaveBeenCalledExactlyOnceWith('Il reste 10 minutes.');
		await vi.advanceTimersByTimeAsync(60_000);
		expect(announce).toHaveBeenCalledTimes(1);
	});

	it('does not announce thresholds already behind when it appears', async () => {
		const announce = spy();
		render(DayBar, { current: 1, deadline: START + 7 * MIN });
		await vi.advanceTimersByTimeAsync(5000);
		expect(announce).not.toHaveBeenCalled();
	});

	it('announces each threshold of the last half hour, then the end', async () => {
		const announce = spy();
		render(DayBar, { current: 1, deadline: START + 30 * MIN + 1000 });
		await vi.advanceTimersByTimeAsync(31 * MIN);
		expect(announce.mock.calls.map((c) => c[0])).toEqual([
			'Il reste 30 minutes.',
			'Il reste 10 minutes.',
			'Il reste 5 minutes.',
			'Il reste 1 minute.',
			'Le temps est écoulé.'
		]);
		expect(screen.getByTestId('spoken-time-left')).toHaveTextContent('Temps restant : temps écoulé');
	});

	it('counts the extra minutes before announcing the end', async () => {
		const announce = spy();
		render(DayBar, { current: 1, deadline: START + 1000, extraMinutes: 1 });
		await vi.advanceTimersByTimeAsync(2000);
		expect(announce).not.toHaveBeenCalledWith('Le temps est écoulé.');
		await vi.advanceTimersByTimeAsync(MIN);
		expect(announce).toHaveBeenLastCalledWith('Le temps est écoulé.');
	});
});
