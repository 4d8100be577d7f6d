import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type Locator, type Page } from '@playwright/test';
import { expect, screenshotDir, seriousViolations, tabTo, test } from './fixtures';
import { demo, raw } from './jury-setup';
import { repoRoot } from './server.mjs';

// The staff's console against the real `cellule serve --demo`: the demo's
// staff account signs in, creates a session, imports candidates from a CSV
// (a malformed file first: every bad line reported, nothing imported),
// grants extra time with a reason (shown in the change log), watches the
// live monitor while `cellule simulate` runs the imported candidates, reads
// the analytics and downloads the XLSX export. A jury member or a candidate
// reaches no staff screen and no staff query. Axe on every page and state.
test.describe.configure({ mode: 'serial' });

async function shot(page: Page, name: string) {
	await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function noSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

/** Follows a link of a navigation with the keyboard. */
async function navTo(page: Page, nav: string, name: string) {
	const link = page.getByRole('navigation', { name: nav }).getByRole('link', { name, exact: true });
	const atTop = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
	await tabTo(page, link, { back: !atTop, max: 600 });
	await page.keyboard.press('Enter');
	await expect(link).toHaveAttribute('aria-current', 'page');
}

/** Activates a control reached with the keyboard. */
async function press(page: Page, target: Locator, key = 'Enter') {
	const atTop = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
	const before = atTop
		? 0
		: await target.evaluate((el) => el.compareDocumentPosition(document.activeElement ?? document.body) & Node.DOCUMENT_POSITION_FOLLOWING);
	await tabTo(page, target, { back: before !== 0, max: 600 });
	await page.keyboard.press(key);
}

const CANDIDATES = [
	['Camille Durand', 'camille.durand@e2e.test', '0'],
	['Yanis Morel', 'yanis.morel@e2e.test', '33'],
	['Léa Fournier', 'lea.fournier@e2e.test', ''],
	['Hugo Petit', 'hugo.petit@e2e.test', '25']
];

let examId = '';
let codes: string[] = [];

test('staff: sign in, create a session, import candidates, extra time, live monitor during a simulation, analytics and XLSX export', async ({ page, baseURL }) => {
	test.setTimeout(420_000);
	const d = await demo();

	// Sign in (the e-mail and password form shared with the jury).
	await page.goto('/equipe');
	await expect(page).toHaveURL(/\/jury\/connexion$/);
	await tabTo(page, page.getByRole('textbox', { name: 'Adresse électronique' }));
	await page.keyboard.type(d.staffEmail);
	await tabTo(page, page.getByLabel('Mot de passe'));
	await page.keyboard.type(d.staffPassword);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/equipe$/);
	await expect(page.getByRole('heading', { level: 1, name: "Sessions d'examen" })).toBeVisible();
	// The demo's two sessions are the staff's own.
	await expect(page.getByRole('link', { name: /Vitalia — session de démonstration/ })).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'staff-sessions');

	// Create a session: the scenario picker shows the lint status; J1 opens at the current hour by default.
	await navTo(page, "Espace de l'équipe", 'Nouvelle session');
	await expect(page.getByRole('heading', { level: 1, name: "Nouvelle session d'examen" })).toBeVisible();
	await expect(page.getByText('Vérifié').first()).toBeVisible();
	// Pick « Vitalia » with the keyboard: Tab to the group's checked radio, then arrows.
	const vitalia = page.getByRole('radio', { name: /\(vitalia/ });
	await tabTo(page, page.getByRole('group', { name: 'Scénario' }).getByRole('radio', { checked: true }));
	for (let i = 0; i < 5 && !(await vitalia.isChecked()); i++) await page.keyboard.press('ArrowDown');
	await expect(vitalia).toBeChecked();
	const title = page.getByRole('textbox', { name: 'Titre de la session' });
	await tabTo(page, title);
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Session E2E — équipe');
	await noSeriousViolations(page);
	await shot(page, 'staff-new-session');
	await press(page, page.getByRole('button', { name: 'Créer la session' }));
	await expect(page.getByRole('heading', { level: 1, name: 'Session E2E — équipe' })).toBeVisible();
	examId = page.url().split('/').pop()!;
	expect(examId).not.toBe('nouvelle');
	await noSeriousViolations(page);

	// Import: a malformed file first — each bad line reported, nothing importable as is.
	await navTo(page, 'Pages de la session', 'Importer des candidats');
	await noSeriousViolations(page);
	const bad = 'nom;email;temps_supplementaire\nAna;ana@e2e.test;0\nBen;pas-une-adresse;\nChloé;ANA@e2e.test;\nDan;dan@e2e.test;250\n';
	await page.getByLabel('Fichier des candidats (CSV)').setInputFiles({ name: 'mauvais.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	await expect(page.getByText('Ligne 3, colonne « email » : Adresse e-mail invalide.')).toBeVisible();
	await expect(page.getByText('Ligne 4, colonne « email » : Adresse en double : déjà présente ligne 2.')).toBeVisible();
	await expect(page.getByText(/Ligne 5, colonne « temps_supplementaire »/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Importer le candidat' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Importer seulement la ligne valide' })).toBeEnabled();
	await noSeriousViolations(page);
	await shot(page, 'staff-import-errors');

	// Then the corrected file, imported whole.
	const good = 'nom;email;temps_supplementaire\n' + CANDIDATES.map((c) => c.join(';')).join('\n') + '\n';
	await page.getByLabel('Fichier des candidats (CSV)').setInputFiles({ name: 'candidats.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
	const importAll = page.getByRole('button', { name: `Importer les ${CANDIDATES.length} candidats` });
	await expect(importAll).toBeEnabled();
	await press(page, importAll);
	await expect(page.getByRole('heading', { level: 2, name: `${CANDIDATES.length} candidats importés` })).toBeFocused();
	const codeCells = page.getByRole('table', { name: "Codes d'accès des candidats importés" }).locator('code');
	await expect(codeCells).toHaveCount(CANDIDATES.length);
	codes = await codeCells.allTextContents();
	expect(codes.every((c) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(c))).toBe(true);
	await noSeriousViolations(page);
	await shot(page, 'staff-import-codes');
	// The printable list, built from the one answer.
	const [codesFile] = await Promise.all([page.waitForEvent('download'), press(page, page.getByRole('button', { name: 'Télécharger les codes (CSV)' }))]);
	expect(codesFile.suggestedFilename()).toBe(`codes-acces-${examId}.csv`);
	const csv = readFileSync(await codesFile.path(), 'utf8');
	for (const c of codes) expect(csv).toContain(c);
	expect(csv).toContain('Yanis Morel');

	// Extra time for one candidate, with its reason.
	await navTo(page, 'Pages de la session', 'Candidats et calendrier');
	await expect(page.getByRole('table', { name: /Candidats inscrits/ })).toBeVisible();
	await press(page, page.getByRole('button', { name: 'Temps supplémentaire de Léa Fournier' }));
	const dialog = page.getByRole('dialog', { name: /Temps supplémentaire — Léa Fournier/ });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('textbox', { name: 'Temps supplémentaire (%)' })).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('50');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter'); // submit without a reason: refused, the reason is required
	await expect(dialog.getByText('Indiquez le motif')).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'staff-extra-time-dialog');
	await tabTo(page, dialog.getByRole('textbox', { name: 'Motif' }));
	await page.keyboard.type('Tiers-temps MDPH');
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	const lea = page.getByRole('row', { name: /Léa Fournier/ });
	await expect(lea.getByRole('cell', { name: '50 %' })).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'staff-session');

	await navTo(page, 'Pages de la session', 'Journal des modifications');
	const entry = page.getByRole('row', { name: /Temps supplémentaire/ });
	await expect(entry).toContainText('Léa Fournier : 50 % de temps supplémentaire');
	await expect(entry).toContainText('Tiers-temps MDPH');
	await noSeriousViolations(page);
	await shot(page, 'staff-change-log');

	// The live monitor, while `cellule simulate` runs the imported candidates.
	await navTo(page, 'Pages de la session', 'Suivi en direct');
	await expect(page.getByTestId('questions')).toHaveText('0');
	await noSeriousViolations(page);
	const dir = mkdtempSync(join(tmpdir(), 'cellule-codes-'));
	const codesPath = join(dir, 'codes.txt');
	writeFileSync(codesPath, codes.join('\n') + '\n');
	const sim = spawn(
		'go',
		['run', './cmd/cellule', 'simulate', '--addr', baseURL!, '--codes', codesPath, '--candidates', String(codes.length), '--stage', 's1', '--questions', '1', '--concurrency', '2', '--seed', '7', '--think', '300ms'],
		{ cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let simOut = '';
	sim.stdout.on('data', (b) => (simOut += b));
	sim.stderr.on('data', (b) => (simOut += b));
	const simDone = new Promise<number>((r) => sim.on('exit', (code) => r(code ?? -1)));
	// Updated by the subscription, without reloading the page.
	await expect.poll(async () => Number(await page.getByTestId('questions').textContent()), { timeout: 240_000 }).toBeGreaterThan(0);
	await expect.poll(async () => Number(await page.getByTestId('online').textContent()), { timeout: 60_000 }).toBeGreaterThan(0);
	await noSeriousViolations(page);
	await shot(page, 'staff-monitor-live');
	expect(await simDone, simOut).toBe(0);
	const asked = Number(/questions (\d+)/.exec(simOut)?.[1]);
	await expect.poll(async () => Number(await page.getByTestId('questions').textContent()), { timeout: 20_000 }).toBe(asked);

	// Analytics of the session and the XLSX export.
	await navTo(page, 'Pages de la session', 'Analyse des questions');
	await expect(page.getByRole('heading', { level: 2, name: `La cohorte (${CANDIDATES.length} candidats)` })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Agents' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Candidats' }).getByRole('row')).toHaveCount(CANDIDATES.length + 1);
	await expect(page.getByRole('status').filter({ hasText: `${asked} questions` })).toBeVisible();
	// Charts drawn (lazy-loaded library), each with its data table.
	await expect(page.locator('figure canvas').first()).toBeVisible();
	await expect.poll(() => page.locator('figure canvas').first().evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
	const sortFacts = page.getByRole('table', { name: 'Agents' }).getByRole('button', { name: /Questions/ });
	await press(page, sortFacts);
	await expect(page.getByRole('table', { name: 'Agents' }).getByRole('columnheader', { name: /Questions/ })).toHaveAttribute('aria-sort', 'ascending');
	await press(page, page.getByText('Données du graphique « Découverte des faits par agent »'));
	await noSeriousViolations(page);
	await shot(page, 'staff-analytics');
	const [xlsx] = await Promise.all([
		page.waitForEvent('download'),
		press(page, page.getByRole('link', { name: 'XLSX — Questions et indicateurs' }))
	]);
	expect(xlsx.suggestedFilename()).toMatch(/^cellule-session-e2e-equipe-questions-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const book = readFileSync(await xlsx.path());
	expect(book.subarray(0, 2).toString()).toBe('PK');
	expect(book.length).toBeGreaterThan(4000);
});

test("staff: the demo's simulated cohort shows in the analytics of the printed staff account", async ({ page }) => {
	const d = await demo();
	await page.goto('/jury/connexion');
	await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(d.staffEmail);
	await page.getByLabel('Mot de passe').fill(d.staffPassword);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/equipe$/);
	await press(page, page.getByRole('link', { name: 'Vitalia — entraînement (démonstration)' }));
	await navTo(page, 'Pages de la session', 'Analyse des questions');
	// The practice session holds six simulated candidates, four of whom submitted.
	await expect(page.getByRole('heading', { level: 2, name: 'La cohorte (6 candidats)' })).toBeVisible();
	const facts = page.getByRole('table', { name: 'Faits du scénario' });
	await expect(facts.getByRole('row').nth(1)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^\d+ questions ;/ })).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'staff-demo-analytics');
});

test('staff: the accounts page creates a jury member', async ({ page }) => {
	const d = await demo();
	await page.goto('/jury/connexion');
	await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(d.staffEmail);
	await page.getByLabel('Mot de passe').fill(d.staffPassword);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/equipe$/);
	await navTo(page, "Espace de l'équipe", 'Comptes du jury et de l’équipe');
	await tabTo(page, page.getByRole('textbox', { name: 'Nom affiché' }));
	await page.keyboard.type('Jury E2E');
	await page.keyboard.press('Tab');
	await page.keyboard.type(`jury-e2e-${Date.now()}@e2e.test`);
	await page.keyboard.press('Tab');
	await page.keyboard.type('court');
	await page.keyboard.press('Enter');
	await expect(page.getByText(/10 caractères/).last()).toBeVisible();
	await noSeriousViolations(page);
	await tabTo(page, page.getByLabel('Mot de passe'), { back: true });
	await page.keyboard.press('Control+A');
	await page.keyboard.type('mot-de-passe-e2e');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Compte créé : Jury E2E' })).toBeVisible();
	await expect(page.getByRole('table', { name: /Membres du jury/ })).toContainText('Jury E2E');
	await noSeriousViolations(page);
	await shot(page, 'staff-accounts');
});

test('a jury member or a candidate reaches no staff screen and no staff query', async ({ page, baseURL }) => {
	const d = await demo();
	expect(examId).not.toBe('');
	const queries = [
		['examAnalytics', 'query($id: ID!) { examAnalytics(examId: $id) { examId } }'],
		['examLive', 'query($id: ID!) { examLive(examId: $id) { online } }'],
		['examChangeLog', 'query($id: ID!) { examChangeLog(examId: $id) { kind } }'],
		['examSession', 'query($id: ID!) { examSession(id: $id) { id } }'],
		['scenarios', 'query { scenarios { id } }']
	];
	const jury = await request.newContext({ baseURL });
	await raw(jury, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){user{id}}}', { e: d.juryEmail, p: d.juryPassword });
	const cand = await request.newContext({ baseURL });
	await raw(cand, 'mutation($c:String!){loginWithCode(code:$c){user{id}}}', { c: codes[0] });
	for (const [who, api] of [
		['jury', jury],
		['candidate', cand]
	] as const) {
		for (const [name, q] of queries) {
			const res = await raw(api, q, { id: examId });
			expect(res.errors?.[0]?.extensions?.code, `${who} ${name}`).toBe('FORBIDDEN');
		}
		const exp = await api.get(`/api/exams/${examId}/export/questions.xlsx`);
		expect(exp.status(), `${who} export`).toBe(403);
		const imp = await api.post(`/api/exams/${examId}/candidates/import?mode=preview`, { data: 'nom;email\nX;x@e2e.test\n', headers: { 'Content-Type': 'text/csv' } });
		expect(imp.status(), `${who} import`).toBe(403);
	}
	await jury.dispose();
	await cand.dispose();

	// The screens: a jury member signed in is told the space is not theirs.
	await page.goto('/jury/connexion');
	await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(d.juryEmail);
	await page.getByLabel('Mot de passe').fill(d.juryPassword);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/jury$/);
	for (const path of ['/equipe', `/equipe/${examId}`, `/equipe/${examId}/analyse`, `/equipe/${examId}/suivi`]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: "Accès réservé à l'équipe pédagogique" })).toBeVisible();
		await expect(page.getByRole('table')).toHaveCount(0);
	}
	await noSeriousViolations(page);
	await shot(page, 'staff-refused-jury');

	// A candidate, signed in with their code, likewise.
	await page.context().clearCookies();
	await page.goto('/connexion');
	await page.getByRole('textbox', { name: "Code d'accès" }).fill(codes[1]);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/epreuve/);
	await page.goto(`/equipe/${examId}/import`);
	await expect(page.getByRole('heading', { level: 1, name: "Accès réservé à l'équipe pédagogique" })).toBeVisible();
	await expect(page.getByLabel('Fichier des candidats (CSV)')).toHaveCount(0);
});
