import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BudgetMeter from './BudgetMeter.svelte';
import Checklist from './Checklist.svelte';
import { layout } from './GanttChart.svelte';
import { priceSentences } from './QuotedPrices.svelte';

const money = (euros: number, text: string) => ({ euros, text });

describe('BudgetMeter', () => {
	it('within the envelope: the share and what is left, in words', () => {
		render(BudgetMeter, { total: money(30000, '30 000 €'), envelope: money(45000, '45 000 €'), overrun: money(0, '0 €') });
		const meter = screen.getByTestId('budget-meter');
		expect(meter).toHaveTextContent('Total : 30 000 € sur une enveloppe de 45 000 € (67 %).');
		expect(meter.textContent?.replace(/\s/g, ' ')).toContain('Reste : 15 000 €.');
		expect(meter).not.toHaveTextContent('Dépassement');
	});

	it('over the envelope: the overrun is said in text, not only by colour', () => {
		render(BudgetMeter, { total: money(48200, '48 200 €'), envelope: money(45000, '45 000 €'), overrun: money(3200, '3 200 €') });
		expect(screen.getByTestId('budget-meter')).toHaveTextContent('Dépassement de 3 200 €.');
		expect(screen.getByTestId('budget-meter').querySelector('rect.fill')).toHaveAttribute('width', '100');
	});
});

describe('Checklist', () => {
	it('groups what is missing by section, with the count in its heading', () => {
		render(Checklist, {
			items: [
				{ code: 'kpi_empty', section: 'S1', message: 'Le tableau des écarts KPI est vide' },
				{ code: 'budget_over', section: 'S2', message: "Budget au-dessus de l'enveloppe de 3 200 €" },
				{ code: 'c21', section: 'oral', message: 'C21 non préparée' }
			]
		});
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent("Ce qu'il manque (3)");
		expect(screen.getByRole('heading', { name: 'S2 — projet' })).toBeInTheDocument();
		expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
			'Le tableau des écarts KPI est vide',
			"Budget au-dessus de l'enveloppe de 3 200 €",
			'C21 non préparée'
		]);
	});

	it('says when nothing is missing', () => {
		render(Checklist, { items: [] });
		expect(screen.getByRole('heading')).toHaveTextContent('Rien ne manque');
	});
});

describe('Gantt layout', () => {
	it('orders milestones by date and starts each bar at its earliest dependency', () => {
		const { rows } = layout([
			{ id: 'b', title: 'Invitations', date: '2027-01-14', owner: 'Agence', dependsOn: ['a'] },
			{ id: 'a', title: 'Lieu réservé', date: '2027-01-10', owner: 'Cheffe', dependsOn: [] },
			{ id: 'c', title: 'Événement', date: '2027-01-28', owner: 'Cheffe', dependsOn: ['a', 'b'] }
		]);
		expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(rows[0]).toMatchObject({ x: 0, from: 0 });
		expect(rows[1].from).toBe(0);
		expect(rows[1].x).toBeCloseTo(4 / 18);
		expect(rows[2]).toMatchObject({ x: 1, from: 0 });
	});

	it('a single milestone or one on a single day does not divide by zero', () => {
		const { rows } = layout([{ id: 'a', title: 'Seul', date: '2027-01-10', owner: 'x', dependsOn: ['absent'] }]);
		expect(rows[0]).toMatchObject({ x: 0, from: 0 });
	});
});

describe('prices quoted by the suppliers', () => {
	it('keeps the sentences of an answer that state an amount in euros', () => {
		expect(
			priceSentences(
				"L'auditorium est libre le 28 janvier. La journée coûte 14 500 € HT, régie comprise. Le traiteur est imposé : 38 € par personne. Nous demandons un acompte."
			)
		).toEqual(['La journée coûte 14 500 € HT, régie comprise.', 'Le traiteur est imposé : 38 € par personne.']);
		expect(priceSentences('Le devis est de 1 200 euros.')).toEqual(['Le devis est de 1 200 euros.']);
		expect(priceSentences('Aucun prix ici, 28 janvier.')).toEqual([]);
	});
});
