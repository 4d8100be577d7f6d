import { join } from 'node:path';
import { expect, focused, screenshotDir, seriousViolations, test } from './fixtures';

const pages = [
	{ name: 'accueil', path: '/', heading: 'Bienvenue', title: 'Accueil — La cellule de crise' },
	{ name: 'connexion', path: '/connexion', heading: 'Connexion', title: 'Connexion — La cellule de crise' },
	{ name: 'composants', path: '/composants', heading: 'Composants', title: 'Composants — La cellule de crise' },
	{
		name: 'page-introuvable',
		path: '/nulle-part',
		heading: 'Page introuvable',
		title: 'Page introuvable — La cellule de crise',
		// SvelteKit's router logs the unknown route; that one is expected.
		expectedError: /^\w+: Not found: \/nulle-part/
	}
];

test.describe('every page', () => {
	for (const p of pages) {
		test(`${p.name}: French landmarks, title and heading, no CSP violation`, async ({ page }) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !p.expectedError?.test(msg.text())) errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			const response = await page.goto(p.path);
			expect(response?.status()).toBe(200);
			expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
			await expect(page).toHaveTitle(p.title);
			await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
			await expect(page.getByRole('banner')).toContainText('La cellule de crise');
			await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('contentinfo')).toBeVisible();
			// The hashed bootstrap script ran under the header's policy (the app mounted).
			expect(errors).toEqual([]);
		});

		test(`${p.name}: no serious or critical axe violation`, async ({ page }) => {
			await page.goto(p.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: join(screenshotDir, `${p.name}.png`), fullPage: true });
		});

		test(`${p.name}: usable at 320 px wide (200 % zoom), no horizontal scrolling`, async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(p.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: join(screenshotDir, `${p.name}-320px.png`), fullPage: true });
		});
	}
});

test.describe('keyboard only', () => {
	test('the skip link comes first, shows itself and moves focus to the content', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Aller au contenu' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.screenshot({ path: join(screenshotDir, 'accueil-lien-evitement.png') });
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: "Se connecter avec mon code d'accès" })).toBeFocused();
	});

	test('the shell is reached in reading order, with a visible focus ring', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const order: string[] = [];
		for (let i = 0; i < 5; i++) {
			await page.keyboard.press('Tab');
			order.push(await focused(page));
			const outline = await page.evaluate(() => {
				const style = getComputedStyle(document.activeElement as Element);
				return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
			});
			expect(outline.style).not.toBe('none');
			expect(outline.width).toBeGreaterThanOrEqual(2);
		}
		expect(order).toEqual([
			'Aller au contenu',
			'La cellule de crise',
			'Accueil',
			'Connexion',
			"Se connecter avec mon code d'accès"
		]);
	});

	test('the login page is reached and filled with the keyboard; a wrong code is refused with a clear message', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Connexion' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/connexion$/);
		await expect(page).toHaveTitle('Connexion — La cellule de crise');
		await expect(page.getByRole('link', { name: 'Connexion' })).toHaveAttribute('aria-current', 'page');

		// From the top of the new page: skip link, then the field.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const code = page.getByRole('textbox', { name: "Code d'accès (obligatoire)" });
		await expect(code).toBeFocused();
		await expect(code).toHaveAccessibleDescription('Le code figure sur votre convocation (lettres et chiffres).');

		// Empty: said next to the field, nothing sent.
		await page.keyboard.press('Enter');
		await expect(code).toHaveAttribute('aria-invalid', 'true');
		await expect(code).toHaveAccessibleDescription(/Saisissez votre code d'accès\./);

		// A code that does not exist: the API's French refusal, shown with the field; the text stays.
		await page.keyboard.type('AB12-CD34-EF56-GH78');
		await page.keyboard.press('Enter');
		await expect(code).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('.field .error')).not.toBeEmpty();
		await expect(page).toHaveURL(/\/connexion(#contenu)?$/);
		await expect(code).toHaveValue('AB12-CD34-EF56-GH78');
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: join(screenshotDir, 'connexion-code-refuse.png'), fullPage: true });
	});

	test('without a session, the workspace sends to the login page', async ({ page }) => {
		await page.goto('/epreuve');
		await expect(page).toHaveURL(/\/connexion$/);
	});
});

test.describe('server', () => {
	test('a deep link is answered with the app, a missing asset with 404', async ({ page, request }) => {
		await page.goto('/connexion');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
		const missing = await request.get('/_app/immutable/entry/absent.js');
		expect(missing.status()).toBe(404);
	});

	test('motion is reduced when the user asks for it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/connexion');
		const duration = await page
			.getByRole('button', { name: 'Se connecter' })
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(parseFloat(duration)).toBeLessThan(0.001);
	});
});
