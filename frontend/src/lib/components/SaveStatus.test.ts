import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/announcer.svelte';
import SaveStatus from './SaveStatus.svelte';

describe('SaveStatus', () => {
	beforeEach(() => announcer.reset());
	afterEach(() => announcer.reset());

	it.each([
		['saving', 'Enregistrement…'],
		['saved', 'Enregistré'],
		['offline', 'Hors ligne — vos modifications seront envoyées à la reconnexion']
	] as const)('shows « %s » as « %s »', (state, text) => {
		const { container } = render(SaveStatus, { state });
		expect(container.querySelector('.save-status')).toHaveTextContent(text);
	});

	it('when the session ended, says the text is kept and links to the login, announced once', async () => {
		const announce = vi.spyOn(announcer, 'announce');
		const { container, rerender } = render(SaveStatus, { state: 'saving' });
		await rerender({ state: 'signed-out' });
		await rerender({ state: 'saving' });
		await rerender({ state: 'signed-out' });
		expect(container.querySelector('.save-status')).toHaveTextContent('Session terminée — votre texte est gardé sur cet appareil');
		expect(screen.getByRole('link', { name: 'Se reconnecter' })).toHaveAttribute('href', '/connexion');
		expect(announce).toHaveBeenCalledExactlyOnceWith('Session terminée — votre texte est gardé sur cet appareil et sera envoyé après reconnexion');
	});

	it('shows nothing before anything was typed', () => {
		const { container } = render(SaveStatus, { state: 'idle' });
		expect(container.querySelector('.save-status')).toHaveTextContent('');
	});

	it('is not a live region: saving and saved are not spoken on every keystroke', async () => {
		const announce = vi.spyOn(announcer, 'announce');
		const { container, rerender } = render(SaveStatus, { state: 'saving' });
		await rerender({ state: 'saved' });
		await rerender({ state: 'saving' });
		await rerender({ state: 'saved' });
		expect(container.querySelector('[aria-live], [role="status"]')).toBeNull();
		expect(announce).not.toHaveBeenCalled();
	});

	it('announces going offline once, and coming back', async () => {
		const announce = vi.spyOn(announcer, 'announce');
		const { rerender } = render(SaveStatus, { state: 'saving' });
		await rerender({ state: 'offline' });
		await rerender({ state: 'saving' });
		await rerender({ state: 'offline' });
		expect(announce).toHaveBeenCalledExactlyOnceWith(
			'Hors ligne — vos modifications seront envoyées à la reconnexion'
		);
		await rerender({ state: 'saving' });
		await rerender({ state: 'saved' });
		expect(announce).toHaveBeenLastCalledWith('Connexion rétablie — modifications enregistrées');
		expect(screen.getByText('Enregistré')).toBeInTheDocument();
	});
});
