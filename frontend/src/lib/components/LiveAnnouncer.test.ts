import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, announce, announcer } from '$lib/announcer.svelte';
import LiveAnnouncer from './LiveAnnouncer.svelte';

describe('LiveAnnouncer', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		announcer.reset();
	});
	afterEach(() => vi.useRealTimers());

	it('is one polite, atomic status region, empty at first', () => {
		render(LiveAnnouncer);
		const region = screen.getByRole('status');
		expect(region).toHaveAttribute('aria-live', 'polite');
		expect(region).toHaveAttribute('aria-atomic', 'true');
		expect(region).toHaveTextContent('');
	});

	it('speaks a message after the region was cleared', async () => {
		render(LiveAnnouncer);
		announce('Réponse de Data reçue.');
		await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS);
		expect(screen.getByRole('status')).toHaveTextContent('Réponse de Data reçue.');
	});

	it('clears then sets the same message again, so it is spoken twice', async () => {
		render(LiveAnnouncer);
		announce('Enregistré.');
		await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS);
		announce('Enregistré.');
		await vi.advanceTimersByTimeAsync(0);
		expect(screen.getByRole('status')).toHaveTextContent('');
		await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS);
		expect(screen.getByRole('status')).toHaveTextContent('Enregistré.');
	});

	it('keeps only the last of messages sent in a burst', async () => {
		render(LiveAnnouncer);
		announce('Il reste 10 minutes.');
		announce('Il reste 5 minutes.');
		await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS);
		expect(screen.getByRole('status')).toHaveTextContent('Il reste 5 minutes.');
	});
});
