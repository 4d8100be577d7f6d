import { join } from 'node:path';
import { expect, focused, screenshotDir, seriousViolations, test } from './fixtures';

test.describe('components in a real browser (/composants)', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/composants');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Composants');
	});

	test('the page and every component pass axe, and are photographed', async ({ page }) => {
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: join(screenshotDir, 'composants.png'), fullPage: true });
		await page.setViewportSize({ width: 320, height: 640 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: join(screenshotDir, 'composants-320px.png'), fullPage: true });
	});

	test('the confirmation dialog: keyboard open, focus on « Annuler », Tab trapped, Escape closes and focus returns', async ({
		page
	}) => {
		const opener = page.getByRole('button', { name: 'Rendre ma copie' });
		await opener.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Rendre votre copie ?' });
		await expect(dialog).toBeVisible();
		await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
		// The rest of the page is inert while the dialog is open.
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: join(screenshotDir, 'composants-fenetre-confirmation.png') });

		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('Envoyer définitivement');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('Annuler');
		await page.keyboard.press('Shift+Tab');
		expect(await focused(page)).toBe('Envoyer définitivement');

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
		// And it opens again.
		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
	});

	test('the tabs: one tab stop, arrows move and select', async ({ page }) => {
		const first = page.getByRole('tab', { name: 'Data & Performance' });
		await first.focus();
		await page.keyboard.press('ArrowRight');
		const crm = page.getByRole('tab', { name: 'CRM' });
		await expect(crm).toBeFocused();
		await expect(crm).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByRole('tabpanel', { name: 'CRM' })).toHaveText("Salle de l'agent CRM.");
		await page.keyboard.press('Tab');
		await expect(page.getByRole('tabpanel', { name: 'CRM' })).toBeFocused();
	});

	test('the day bar: the time left in words for screen readers, the ticking clock hidden from them', async ({ page }) => {
		const bar = page.getByRole('region', { name: "Déroulement de l'épreuve" });
		await expect(bar.getByRole('listitem').filter({ hasText: 'J1' })).toHaveAttribute('aria-current', 'step');
		await expect(bar.getByTestId('spoken-time-left')).toHaveText(/^Temps restant : (1 heure|59 minutes)/);
		await expect(bar.getByTestId('clock')).toHaveAttribute('aria-hidden', 'true');
		await expect(bar.locator('[aria-live]')).toHaveCount(0);
	});

	test('the live announcer speaks a finished message through the one polite region', async ({ page }) => {
		await page.getByRole('button', { name: 'Annoncer un message' }).click();
		const regions = page.locator('[aria-live="polite"]');
		await expect(regions).toHaveCount(1);
		await expect(regions).toHaveText('Message de démonstration annoncé.');
	});
});
