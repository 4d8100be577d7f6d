import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TextField from './TextField.svelte';

describe('TextField', () => {
	it('is named by its label', () => {
		render(TextField, { label: "Code d'accès" });
		expect(screen.getByRole('textbox', { name: "Code d'accès" })).toBeInTheDocument();
	});

	it('says in the label when the field is required', () => {
		render(TextField, { label: "Code d'accès", required: true });
		const input = screen.getByRole('textbox', { name: "Code d'accès (obligatoire)" });
		expect(input).toBeRequired();
	});

	it('is described by its hint', () => {
		render(TextField, { label: 'Indicateur', hint: 'Par exemple : taux de conversion' });
		const input = screen.getByRole('textbox', { name: 'Indicateur' });
		expect(input).toHaveAccessibleDescription('Par exemple : taux de conversion');
		expect(input).not.toHaveAttribute('aria-invalid');
	});

	it('is described by its hint then its error, and marked invalid', () => {
		render(TextField, { label: 'Cible', hint: 'En pourcentage', error: 'Saisissez un nombre' });
		const input = screen.getByRole('textbox', { name: 'Cible' });
		expect(input).toHaveAccessibleDescription('En pourcentage Erreur : Saisissez un nombre');
		expect(input).toHaveAttribute('aria-invalid', 'true');
	});

	it('has no description when there is nothing to describe', () => {
		render(TextField, { label: 'Cible' });
		expect(screen.getByRole('textbox', { name: 'Cible' })).not.toHaveAttribute('aria-describedby');
	});

	it('gives each field its own ids', () => {
		render(TextField, { label: 'Résultat', hint: 'Valeur mesurée' });
		render(TextField, { label: 'Cible', hint: 'Valeur visée' });
		expect(screen.getByRole('textbox', { name: 'Résultat' })).toHaveAccessibleDescription('Valeur mesurée');
		expect(screen.getByRole('textbox', { name: 'Cible' })).toHaveAccessibleDescription('Valeur visée');
	});

	it('takes what is typed', async () => {
		const user = userEvent.setup();
		render(TextField, { label: "Code d'accès" });
		const input = screen.getByRole('textbox', { name: "Code d'accès" });
		await user.type(input, 'AB12-CD34');
		expect(input).toHaveValue('AB12-CD34');
	});
});
