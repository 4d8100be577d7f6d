import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SortableTable from './SortableTable.svelte';

type Row = { id: string; name: string; rate: number | null };

const rows: Row[] = [
	{ id: 'a', name: 'Élodie', rate: 0.5 },
	{ id: 'b', name: 'bruno', rate: null },
	{ id: 'c', name: 'Anna', rate: 0.9 }
];
const columns = [
	{ key: 'name', label: 'Nom', rowHeader: true },
	{ key: 'rate', label: 'Taux', numeric: true, format: (r: Row) => (r.rate === null ? '—' : `${r.rate * 100} %`), value: (r: Row) => r.rate }
];

function names() {
	return screen.getAllByRole('rowheader').map((c) => c.textContent);
}

describe('SortableTable', () => {
	it('has a caption and sorts with header buttons, saying the order in aria-sort (French collation, undefined last)', async () => {
		const user = userEvent.setup();
		render(SortableTable<Row>, { caption: 'Candidats', columns, rows, rowKey: (r: Row) => r.id });
		expect(screen.getByRole('table', { name: 'Candidats' })).toBeInTheDocument();
		expect(names()).toEqual(['Élodie', 'bruno', 'Anna']);

		const nameHeader = screen.getByRole('columnheader', { name: /Nom/ });
		expect(nameHeader).not.toHaveAttribute('aria-sort');
		await user.click(within(nameHeader).getByRole('button'));
		expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
		expect(names()).toEqual(['Anna', 'bruno', 'Élodie']);
		await user.click(within(nameHeader).getByRole('button'));
		expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
		expect(names()).toEqual(['Élodie', 'bruno', 'Anna']);

		const rateHeader = screen.getByRole('columnheader', { name: /Taux/ });
		await user.click(within(rateHeader).getByRole('button'));
		expect(rateHeader).toHaveAttribute('aria-sort', 'ascending');
		expect(nameHeader).not.toHaveAttribute('aria-sort');
		expect(names()).toEqual(['Élodie', 'Anna', 'bruno']);
		await user.click(within(rateHeader).getByRole('button'));
		expect(names()).toEqual(['Anna', 'Élodie', 'bruno']);
	});

	it('filters on every column and says how many rows are shown', async () => {
		const user = userEvent.setup();
		render(SortableTable<Row>, { caption: 'Candidats', columns, rows, rowKey: (r: Row) => r.id, filterable: true });
		const filter = screen.getByRole('searchbox', { name: 'Filtrer « Candidats »' });
		await user.type(filter, '90 %');
		expect(names()).toEqual(['Anna']);
		expect(screen.getByRole('status')).toHaveTextContent('1 sur 3');
		await user.clear(filter);
		await user.type(filter, 'zzz');
		expect(screen.getByRole('cell', { name: 'Aucune ligne.' })).toBeInTheDocument();
	});
});
