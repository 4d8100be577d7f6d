import { test as base, expect, type Page } from '@playwright/test';
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
