import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TextArea from './TextArea.svelte';

describe('TextArea', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function setup(onsave: (v: string) => Promise<void>) {
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		render(TextArea, {
			label: 'Conclusion 1',
			hint: 'Une phrase opérationnelle',
			onsave,
			saveOptions: { debounceMs: 500, retryMs: 60_000 }
		});
		return { user, field: screen.getByRole('textbox', { name: 'Conclusion 1' }) };
	}

	it('without onsave, is a plain labelled field with no save status', () => {
		render(TextArea, { label: 'Notes' });
		const field = screen.getByRole('textbox', { name: 'Notes' });
		expect(field).not.toHaveAttribute('aria-describedby');
		expect(screen.queryByText('Enregistré')).toBeNull();
	});

	it('saves what was typed once typing pauses and shows « Enregistré »', async () => {
		const onsave = vi.fn(() => Promise.resolve());
		const { user, field } = setup(onsave);
		await user.type(field, 'Relancer');
		expect(onsave).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(500);
		expect(onsave).toHaveBeenCalledExactlyOnceWith('Relancer');
		expect(screen.getByText('Enregistré')).toBeInTheDocument();
		// The status is part of the field's description, read with it.
		expect(field).toHaveAccessibleDescription('Une phrase opérationnelle Enregistré');
	});

	it('saves at once when leaving the field', async () => {
		const onsave = vi.fn(() => Promise.resolve());
		const { user, field } = setup(onsave);
		await user.type(field, 'Cible');
		await user.tab();
		await vi.advanceTimersByTimeAsync(0);
		expect(onsave).toHaveBeenCalledExactlyOnceWith('Cible');
	});

	it('says offline when the save fails, keeps the text, and sends it when back online', async () => {
		const onsave = vi.fn().mockRejectedValueOnce(new Error('réseau')).mockResolvedValue(undefined);
		const { user, field } = setup(onsave);
		await user.type(field, 'Budget');
		await vi.advanceTimersByTimeAsync(500);
		expect(
			screen.getByText('Hors ligne — vos modifications seront envoyées à la reconnexion')
		).toBeInTheDocument();
		expect(field).toHaveValue('Budget');
		await fireEvent(window, new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(onsave).toHaveBeenCalledTimes(2);
		expect(onsave).toHaveBeenLastCalledWith('Budget');
		expect(screen.getByText('Enregistré')).toBeInTheDocument();
	});
});
