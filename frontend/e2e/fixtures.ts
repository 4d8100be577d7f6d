import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

/** Screenshots of every page, for people to look at (gitignored). */
export const screenshotDir = join(repoRoot, 'artifacts', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export const test = base.extend({
	// Set by global-setup.ts once the server listens.
	baseURL: async ({}, use) => {
		const url = process.env.E2E_BASE_URL;
		if (!url) throw new Error('E2E_BASE_URL is not set: run through playwright.config.ts');
		await use(url);
	}
});

export { expect };

/** Axe violations of impact serious or critical on the page as it is now (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The visible text of the focused element, or its id. */
export async function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return '<body>';
		return (el.textContent?.trim() || el.getAttribute('aria-label') || `#${el.id}`).replace(/\s+/g, ' ');
	});
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus: the element is
 * reached with the keyboard alone, in the page's tab order. Fails if it is
 * not reachable within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 150, back = false } = {}): Promise<void> {
	await target.waitFor({ state: 'visible' });
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`not reachable with the keyboard in ${max} presses: ${target}`);
}

/** Follows a link of the workspace navigation with the keyboard. */
export async function goWithKeyboard(page: Page, name: string): Promise<void> {
	const link = page.getByRole('navigation', { name: "Espace de l'épreuve" }).getByRole('link', { name, exact: true });
	// After a navigation the focus is on <body> and the navigation is near the top: go forward; otherwise back up.
	const atTop = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
	await tabTo(page, link, { back: !atTop, max: 400 });
	await page.keyboard.press('Enter');
	await expect(link).toHaveAttribute('aria-current', 'page');
}

/** Signs in with an access code through the login page; resolves on the workspace. */
export async function loginWithCode(page: Page, code: string, attemptId: string): Promise<void> {
	await page.goto('/connexion');
	await page.getByRole('textbox', { name: /Code d'accès/ }).fill(code);
	await page.getByRole('button', { name: 'Se connecter' }).press('Enter');
	await expect(page).toHaveURL(new RegExp(`/epreuve/${attemptId}$`));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
