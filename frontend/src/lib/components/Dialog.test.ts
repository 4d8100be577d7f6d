import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DialogHarness from '../../testing/DialogHarness.svelte';

async function openDialog(props = {}) {
	const user = userEvent.setup();
	const onclose = vi.fn();
	render(DialogHarness, { onclose, ...props });
	const opener = screen.getByRole('button', { name: 'Rendre ma copie' });
	await user.click(opener);
	const dialog = screen.getByRole('dialog', { name: "Confirmer l'envoi" });
	return { user, onclose, opener, dialog };
}

describe('Dialog', () => {
	it('is closed until opened', () => {
		render(DialogHarness);
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
	});

	it('opens as a modal named by its title, focus on its first control', async () => {
		const { dialog } = await openDialog();
		expect(dialog).toHaveAttribute('open');
		expect(dialog).toHaveAttribute('aria-modal', 'true');
		expect(screen.getByRole('textbox', { name: 'Commentaire' })).toHaveFocus();
	});

	it('puts focus on the [data-autofocus] control when there is one', async () => {
		await openDialog({ autofocusCancel: true });
		expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
	});

	it('keeps Tab inside the dialog, both ways', async () => {
		const { user } = await openDialog();
		const first = screen.getByRole('textbox', { name: 'Commentaire' });
		const last = screen.getByRole('button', { name: 'Envoyer définitivement' });
		await user.tab();
		expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
		await user.tab();
		expect(last).toHaveFocus();
		await user.tab();
		expect(first).toHaveFocus();
		await user.tab({ shift: true });
		expect(last).toHaveFocus();
	});

	it('closes on Escape and gives focus back to the opener', async () => {
		const { user, opener, onclose } = await openDialog();
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(screen.getByTestId('state')).toHaveTextContent('fermé');
		expect(opener).toHaveFocus();
		expect(onclose).toHaveBeenCalledTimes(1);
	});

	it('closes from its own button and gives focus back to the opener', async () => {
		const { user, opener, onclose } = await openDialog();
		await user.click(screen.getByRole('button', { name: 'Annuler' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(opener).toHaveFocus();
		expect(onclose).toHaveBeenCalledTimes(1);
	});

	it('can be opened again after closing', async () => {
		const { user, opener } = await openDialog();
		await user.keyboard('{Escape}');
		await user.click(opener);
		expect(screen.getByRole('dialog', { name: "Confirmer l'envoi" })).toBeInTheDocument();
	});
});
