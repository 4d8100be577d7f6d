import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_KEY, Workspace, type FullAttempt } from '$lib/workspace.svelte';
import KpiGapTable from './KpiGapTable.svelte';

const api = vi.hoisted(() => ({ mutate: vi.fn() }));

vi.mock('$lib/gql/client', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/gql/client')>();
	return { ...real, mutate: api.mutate, subscribe: () => () => {}, query: vi.fn(), onReconnect: () => () => {} };
});

const indicators = [
	{ id: 'notoriete', label: 'Notoriété assistée', unit: '%', higherIsBetter: true },
	{ id: 'cpl', label: 'Coût par contact', unit: '€', higherIsBetter: false }
];

function renderTable(list = indicators) {
	const ws = new Workspace('att-1');
	ws.attempt = { id: 'att-1', version: 3, locked: false, phase: 'J1', indicators: list, report: { kpiRows: [] } } as unknown as FullAttempt;
	render(KpiGapTable, { context: new Map([[WORKSPACE_KEY, ws]]) });
}

/** The input of the last mutation sent. */
const sent = () => api.mutate.mock.calls.at(-1)![1].input;

describe('KpiGapTable', () => {
	beforeEach(() => {
		api.mutate.mockReset().mockReturnValue(new Promise(() => {}));
	});

	it("sends a scenario indicator's id, without a label, so the API gives its verdict", async () => {
		renderTable();
		const user = userEvent.setup();
		const pick = screen.getByRole('combobox', { name: /^Indicateur/ });
		expect([...(pick as HTMLSelectElement).options].map((o) => o.text)).toEqual([
			'Notoriété assistée (%)',
			'Coût par contact (€)',
			'Autre indicateur (texte libre)'
		]);
		await user.selectOptions(pick, 'cpl');
		expect((pick as HTMLSelectElement).value).toBe('cpl');
		// A chosen indicator needs no name.
		expect(screen.queryByRole('textbox', { name: /Nom de l'indicateur/ })).toBeNull();
		await user.type(screen.getByRole('textbox', { name: /^Résultat/ }), '12,5');
		await user.type(screen.getByRole('textbox', { name: /^Cible/ }), '10');
		await user.click(screen.getByRole('button', { name: 'Ajouter la ligne' }));
		expect(sent()).toMatchObject({ attemptId: 'att-1', kpiId: 'cpl', result: 12.5, target: 10, unit: '' });
		expect(sent()).not.toHaveProperty('label');
	});

	it('« Autre indicateur » asks for a name and sends it as free text', async () => {
		renderTable();
		const user = userEvent.setup();
		await user.selectOptions(screen.getByRole('combobox', { name: /^Indicateur/ }), 'Autre indicateur (texte libre)');
		await user.type(screen.getByRole('textbox', { name: /^Résultat/ }), '1');
		await user.type(screen.getByRole('textbox', { name: /^Cible/ }), '2');
		await user.click(screen.getByRole('button', { name: 'Ajouter la ligne' }));
		expect(api.mutate).not.toHaveBeenCalled();
		const name = screen.getByRole('textbox', { name: /^Nom de l'indicateur/ });
		expect(name).toHaveAccessibleDescription(/Nommez l'indicateur\./);
		await user.type(name, 'Taux de conversion');
		await user.click(screen.getByRole('button', { name: 'Ajouter la ligne' }));
		expect(sent()).toMatchObject({ label: 'Taux de conversion', result: 1, target: 2 });
		expect(sent()).not.toHaveProperty('kpiId');
	});

	it('without a list from the scenario, the indicator is typed', () => {
		renderTable([]);
		expect(screen.queryByRole('combobox')).toBeNull();
		expect(screen.getByRole('textbox', { name: /^Indicateur/ })).toBeInTheDocument();
	});
});
