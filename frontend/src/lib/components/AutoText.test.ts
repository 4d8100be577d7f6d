import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '$lib/gql/client';
import AutoText from './AutoText.svelte';

const KEY = 'cellule:draft:att-1:conclusion:c1';

describe('AutoText', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		localStorage.clear();
	});
	afterEach(() => vi.useRealTimers());

	function setup(value: string, save = vi.fn((_v: string) => Promise.resolve())) {
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		const view = render(AutoText, { label: 'Conclusion 1', value, draftKey: KEY, save, debounceMs: 300 });
		return { user, save, view, field: screen.getByRole('textbox', { name: 'Conclusion 1' }) };
	}

	it('saves the whole value once typing pauses and says so', async () => {
		const { user, save, field } = setup('Relancer');
		await user.type(field, ' en agence');
		await vi.advanceTimersByTimeAsync(300);
		expect(save).toHaveBeenCalledExactlyOnceWith('Relancer en agence');
		expect(field).toHaveAccessibleDescription('Enregistré');
	});

	it('sends at once a draft left by a lost connection or a closed tab, and shows it', async () => {
		localStorage.setItem(KEY, 'Texte tapé hors ligne');
		const { save, field } = setup('Ancien texte');
		expect(field).toHaveValue('Texte tapé hors ligne');
		await vi.advanceTimersByTimeAsync(0);
		expect(save).toHaveBeenCalledExactlyOnceWith('Texte tapé hors ligne');
	});

	it('forgets a draft the server already has (its save landed, the answer was lost)', async () => {
		localStorage.setItem(KEY, 'Texte déjà enregistré');
		const { save, field } = setup('Texte déjà enregistré');
		expect(field).toHaveValue('Texte déjà enregistré');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(save).not.toHaveBeenCalled();
		expect(localStorage.getItem(KEY)).toBeNull();
	});

	it('follows the server (another tab) when nothing is pending, but never while the candidate edits', async () => {
		const { user, field, view } = setup('Version 1');
		await view.rerender({ value: 'Version 2' });
		expect(field).toHaveValue('Version 2');
		await user.click(field);
		await view.rerender({ value: 'Version 3' });
		expect(field).toHaveValue('Version 2');
	});

	it('shows a refusal with the API message and does not retry it', async () => {
		const save = vi.fn(() => Promise.reject(new ApiError('LOCKED', 'Le rapport est déposé : il ne peut plus être modifié.')));
		const { user, field } = setup('', save);
		await user.type(field, 'x');
		await vi.advanceTimersByTimeAsync(60_000);
		expect(save).toHaveBeenCalledTimes(1);
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(field).toHaveAccessibleDescription('Non enregistré : Le rapport est déposé : il ne peut plus être modifié.');
	});

	it('read-only: no save status, nothing sent', async () => {
		localStorage.setItem(KEY, 'brouillon');
		const save = vi.fn(() => Promise.resolve());
		render(AutoText, { label: 'Conclusion 1', value: 'Déposé', draftKey: KEY, save, readonly: true });
		const field = screen.getByRole('textbox', { name: 'Conclusion 1' });
		expect(field).toHaveValue('Déposé');
		expect(field).toHaveAttribute('readonly');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(save).not.toHaveBeenCalled();
	});
});
