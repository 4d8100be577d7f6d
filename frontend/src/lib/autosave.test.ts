import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, readDraft } from './autosave.svelte';

/** A save function whose calls the test settles one by one. */
function controlledSave() {
	const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
	const save = vi.fn(
		(value: string) =>
			new Promise<void>((resolve, reject) => {
				calls.push({ value, resolve, reject });
			})
	);
	return { save, calls };
}

describe('Autosaver', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('waits for typing to pause, then saves the latest value once', async () => {
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, { debounceMs: 500 });
		saver.change('L');
		await vi.advanceTimersByTimeAsync(300);
		saver.change('Le taux');
		await vi.advanceTimersByTimeAsync(499);
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(save).toHaveBeenCalledExactlyOnceWith('Le taux');
		expect(saver.state).toBe('saving');
		calls[0].resolve();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('saved');
		expect(saver.unsaved).toBe(false);
	});

	it('never sends two saves at once, and sends what was typed during a save right after it', async () => {
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, { debounceMs: 100 });
		saver.change('a');
		await vi.advanceTimersByTimeAsync(100);
		saver.change('ab');
		await vi.advanceTimersByTimeAsync(100);
		expect(save).toHaveBeenCalledTimes(1);
		expect(saver.unsaved).toBe(true);
		calls[0].resolve();
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenLastCalledWith('ab');
		expect(saver.state).toBe('saving');
		calls[1].resolve();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('saved');
	});

	it('keeps the text when a save fails, says offline, and sends it again on flush', async () => {
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, { debounceMs: 100, retryMs: 60_000 });
		saver.change('cause 1');
		await vi.advanceTimersByTimeAsync(100);
		calls[0].reject(new Error('network'));
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('offline');
		expect(saver.unsaved).toBe(true);
		void saver.flush(); // what the 'online' event does
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenLastCalledWith('cause 1');
		calls[1].resolve();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('saved');
	});

	it('prefers what was typed after a failed save over the failed value', async () => {
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, { debounceMs: 100, retryMs: 60_000 });
		saver.change('v1');
		await vi.advanceTimersByTimeAsync(100);
		saver.change('v2');
		calls[0].reject(new Error('network'));
		await vi.advanceTimersByTimeAsync(0);
		void saver.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenLastCalledWith('v2');
	});

	it('retries by itself while offline', async () => {
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, { debounceMs: 100, retryMs: 5000 });
		saver.change('texte');
		await vi.advanceTimersByTimeAsync(100);
		calls[0].reject(new Error('network'));
		await vi.advanceTimersByTimeAsync(4999);
		expect(save).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(save).toHaveBeenCalledTimes(2);
		expect(save).toHaveBeenLastCalledWith('texte');
	});

	it('does nothing on flush when nothing is pending', async () => {
		const { save } = controlledSave();
		const saver = new Autosaver(save);
		await saver.flush();
		expect(save).not.toHaveBeenCalled();
		expect(saver.state).toBe('idle');
	});

	describe('with a draft key (localStorage)', () => {
		const key = 'cellule:draft:a1:cause:c1';
		beforeEach(() => localStorage.clear());

		it('keeps what is typed until the server confirms it, then forgets it', async () => {
			const { save, calls } = controlledSave();
			const saver = new Autosaver(save, { debounceMs: 100, draftKey: key });
			saver.change('Cible trop large');
			expect(readDraft(key)).toBe('Cible trop large');
			await vi.advanceTimersByTimeAsync(100);
			calls[0].resolve();
			await vi.advanceTimersByTimeAsync(0);
			expect(readDraft(key)).toBeNull();
		});

		it('keeps the newer text when it was typed while the older one was being saved', async () => {
			const { save, calls } = controlledSave();
			const saver = new Autosaver(save, { debounceMs: 100, draftKey: key });
			saver.change('A');
			await vi.advanceTimersByTimeAsync(100);
			saver.change('AB');
			calls[0].resolve();
			await vi.advanceTimersByTimeAsync(0);
			expect(readDraft(key)).toBe('AB');
		});

		it('keeps the draft through a network failure', async () => {
			const { save, calls } = controlledSave();
			const saver = new Autosaver(save, { debounceMs: 100, retryMs: 60_000, draftKey: key });
			saver.change('Hors ligne');
			await vi.advanceTimersByTimeAsync(100);
			calls[0].reject(new Error('réseau'));
			await vi.advanceTimersByTimeAsync(0);
			expect(saver.state).toBe('offline');
			expect(readDraft(key)).toBe('Hors ligne');
		});
	});

	it('a session that ended keeps the text and the draft, says so, and sends it once logged in again', async () => {
		localStorage.clear();
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, {
			debounceMs: 100,
			retryMs: 1_000,
			draftKey: 'k',
			retryable: () => false,
			signedOut: (e) => e instanceof Error && e.message === 'UNAUTHENTICATED'
		});
		saver.change('écrit après la fin de session');
		await vi.advanceTimersByTimeAsync(100);
		calls[0].reject(new Error('UNAUTHENTICATED'));
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('signed-out');
		expect(saver.unsaved).toBe(true);
		expect(readDraft('k')).toBe('écrit après la fin de session');
		// Logged in again (another tab): the next retry goes through.
		await vi.advanceTimersByTimeAsync(1_000);
		expect(calls).toHaveLength(2);
		expect(calls[1].value).toBe('écrit après la fin de session');
		calls[1].resolve();
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.state).toBe('saved');
		expect(readDraft('k')).toBeNull();
	});

	it('a refusal is final: said with its reason, never retried, the draft dropped', async () => {
		localStorage.clear();
		const { save, calls } = controlledSave();
		const saver = new Autosaver(save, {
			debounceMs: 100,
			retryMs: 1_000,
			draftKey: 'k',
			retryable: (e) => !(e instanceof Error && e.message.startsWith('Rapport'))
		});
		saver.change('trop tard');
		await vi.advanceTimersByTimeAsync(100);
		calls[0].reject(new Error('Rapport déposé : modification refusée.'));
		await vi.advanceTimersByTimeAsync(5_000);
		expect(save).toHaveBeenCalledTimes(1);
		expect(saver.state).toBe('refused');
		expect(saver.reason).toBe('Rapport déposé : modification refusée.');
		expect(saver.unsaved).toBe(false);
		expect(readDraft('k')).toBeNull();
	});
});
