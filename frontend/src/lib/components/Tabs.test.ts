import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TabsHarness from '../../testing/TabsHarness.svelte';

function tab(name: string) {
	return screen.getByRole('tab', { name });
}

describe('Tabs', () => {
	it('follows the ARIA tabs pattern: a named tablist, tabs controlling labelled panels', () => {
		render(TabsHarness);
		expect(screen.getByRole('tablist', { name: 'Agents' })).toBeInTheDocument();
		expect(screen.getAllByRole('tab')).toHaveLength(3);
		const selected = tab('Data');
		expect(selected).toHaveAttribute('aria-selected', 'true');
		const panel = screen.getByRole('tabpanel', { name: 'Data' });
		expect(selected).toHaveAttribute('aria-controls', panel.id);
		expect(panel).toHaveTextContent('Salle Data');
	});

	it('offers a single tab stop: only the selected tab is in the tab order', () => {
		render(TabsHarness);
		expect(tab('Data')).toHaveAttribute('tabindex', '0');
		expect(tab('CRM')).toHaveAttribute('tabindex', '-1');
		expect(tab('Création')).toHaveAttribute('tabindex', '-1');
	});

	it('moves and selects with the arrow keys, wrapping at both ends', async () => {
		const user = userEvent.setup();
		render(TabsHarness);
		await user.tab();
		expect(tab('Data')).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(tab('CRM')).toHaveFocus();
		expect(tab('CRM')).toHaveAttribute('aria-selected', 'true');
		expect(tab('Data')).toHaveAttribute('aria-selected', 'false');
		expect(screen.getByRole('tabpanel', { name: 'CRM' })).toBeVisible();
		await user.keyboard('{ArrowRight}{ArrowRight}');
		expect(tab('Data')).toHaveFocus();
		await user.keyboard('{ArrowLeft}');
		expect(tab('Création')).toHaveFocus();
		expect(tab('Création')).toHaveAttribute('aria-selected', 'true');
	});

	it('goes to the first and last tab with Home and End', async () => {
		const user = userEvent.setup();
		render(TabsHarness);
		await user.tab();
		await user.keyboard('{End}');
		expect(tab('Création')).toHaveFocus();
		expect(tab('Création')).toHaveAttribute('aria-selected', 'true');
		await user.keyboard('{Home}');
		expect(tab('Data')).toHaveFocus();
	});

	it('hides the panels of the other tabs', async () => {
		const user = userEvent.setup();
		render(TabsHarness);
		expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
		await user.click(tab('CRM'));
		expect(screen.getByRole('tabpanel', { name: 'CRM' })).toBeVisible();
		expect(screen.queryByRole('tabpanel', { name: 'Data' })).not.toBeInTheDocument();
	});

	it('keeps what was typed in a panel when switching away and back', async () => {
		const user = userEvent.setup();
		render(TabsHarness);
		await user.type(screen.getByRole('textbox', { name: 'Question à Data' }), 'Quel taux de clic ?');
		await user.click(tab('CRM'));
		await user.click(tab('Data'));
		expect(screen.getByRole('textbox', { name: 'Question à Data' })).toHaveValue('Quel taux de clic ?');
	});

	it('Tab from the tab list goes to the panel, not to the next tab', async () => {
		const user = userEvent.setup();
		render(TabsHarness);
		await user.tab();
		await user.tab();
		expect(screen.getByRole('tabpanel', { name: 'Data' })).toHaveFocus();
	});
});
