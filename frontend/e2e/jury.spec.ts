import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newCandidate } from './exam';
import { expect, screenshotDir, seriousViolations, tabTo, test } from './fixtures';
import { demo, gql, lockedCandidates, longAttempt, secondJury, signIn, type JuryCandidate } from './jury-setup';
import { repoRoot } from './server.mjs';

// The jury's bench against the real `cellule serve --demo`: the demo's jury
// account replays a locked attempt of the simulated cohort, finds when a fact
// was earned, bookmarks it, runs the oral, cannot finalise without C21, then
// finalises; a second jury member never sees the first one's notes; a
// candidate reaches no jury screen and no jury query.
test.describe.configure({ mode: 'serial' });

async function shot(page: Page, name: string) {
	await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function noSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

/** Signs in on the jury's login page with the keyboard. */
async function juryLogin(page: Page, email: string, password: string) {
	await page.goto('/jury/connexion');
	await expect(page.getByRole('heading', { level: 1, name: /Connexion du jury/ })).toBeVisible();
	await noSeriousViolations(page);
	await tabTo(page, page.getByRole('textbox', { name: 'Adresse électronique' }));
	await page.keyboard.type(email);
	await tabTo(page, page.getByLabel('Mot de passe'));
	await page.keyboard.type(password);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/jury$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mes candidats' })).toBeVisible();
}

/** Follows a link of the candidate's bench navigation with the keyboard. */
async function benchTo(page: Page, name: string) {
	const link = page.getByRole('navigation', { name: 'Dossier du candidat' }).getByRole('link', { name, exact: true });
	// The navigation is near the top: go forward from <body>, back from anywhere else.
	const atTop = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
	await tabTo(page, link, { back: !atTop, max: 600 });
	await page.keyboard.press('Enter');
	await expect(link).toHaveAttribute('aria-current', 'page');
}

/** Chooses a radio of a group with the keyboard: Tab to the group's stop, then arrows (each arrow selects). */
async function chooseRadio(page: Page, group: Locator, name: string) {
	const radios = group.getByRole('radio');
	const checked = group.getByRole('radio', { checked: true });
	const stop = (await checked.count()) > 0 ? checked : radios.first();
	const atTop = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
	const before = await stop.evaluate((el) => el.compareDocumentPosition(document.activeElement ?? document.body) & Node.DOCUMENT_POSITION_FOLLOWING);
	await tabTo(page, stop, { back: !atTop && before !== 0, max: 300 });
	const target = group.getByRole('radio', { name, exact: true });
	for (let i = 0; i < 5 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowRight');
	await expect(target).toBeChecked();
}

let target: JuryCandidate;

test('a jury member replays a demo attempt, bookmarks when a fact was earned, runs the oral and finalises only once C21 is assessed', async ({
	page,
	baseURL
}) => {
	test.setTimeout(300_000);
	const d = await demo();
	const juryApi = await signIn(baseURL!, d.juryEmail, d.juryPassword);
	const locked = await lockedCandidates(juryApi);
	target = locked[0];
	await juryApi.dispose();

	await juryLogin(page, d.juryEmail, d.juryPassword);
	const row = page.getByRole('row', { name: new RegExp(target.displayName) });
	await expect(row).toContainText('Rapport verrouillé');
	await expect(page.getByRole('table')).toContainText('En cours de rédaction'); // the certification session still writes
	await noSeriousViolations(page);
	await shot(page, 'jury-home');

	// The locked report, on screen and as a PDF.
	await tabTo(page, row.getByRole('link', { name: 'Rapport' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Rapport verrouillé' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'S1 — Analyse de performance' })).toBeVisible();
	const pdfLink = page.getByRole('link', { name: 'Télécharger le rapport en PDF' });
	const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename=rapport-[a-z0-9-]+\.pdf$/);
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await noSeriousViolations(page);
	await shot(page, 'jury-report');

	// The replay: find when the first fact was earned and go there.
	await benchTo(page, 'Parcours');
	await expect(page.getByRole('heading', { level: 1, name: 'Parcours du candidat' })).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Moment du parcours' });
	await expect(slider).toBeVisible();
	const length = Number(await slider.getAttribute('max'));
	await expect(page.locator('[data-shown-version]')).toHaveAttribute('data-shown-version', String(length));
	await noSeriousViolations(page);
	await shot(page, 'jury-replay');

	const facts = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Obtenue' }) });
	const earnedButton = facts.getByRole('button', { name: /^Aller à l'événement \d+, où/ }).first();
	const earnedAt = Number((await earnedButton.textContent())!.replace(/\D+/g, ''));
	expect(earnedAt).toBeGreaterThan(1);
	await tabTo(page, earnedButton, { max: 400 });
	await page.keyboard.press('Enter');
	await expect(slider).toHaveValue(String(earnedAt));
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^Événement ${earnedAt} sur ${length}, .*Réponse de l'agent`));
	await expect(page.locator('[data-shown-version]')).toHaveAttribute('data-shown-version', String(earnedAt));
	await expect(page.locator('.conversation .current')).toBeVisible(); // the question that earned it, in its conversation

	// Bookmark that moment.
	await tabTo(page, page.getByRole('textbox', { name: 'Note du repère (facultative)' }), { back: true, max: 400 });
	await page.keyboard.type("Origine du chiffre : à creuser à l'oral");
	await tabTo(page, page.getByRole('button', { name: 'Marquer ce moment' }));
	await page.keyboard.press('Enter');
	const bookmarks = page.getByRole('region', { name: 'Mes repères' });
	await expect(bookmarks).toContainText(`Événement ${earnedAt}`);
	await expect(bookmarks).toContainText("Origine du chiffre : à creuser à l'oral");
	await noSeriousViolations(page);
	await shot(page, 'jury-replay-bookmarked');

	// Step and scrub with the keyboard on the slider; then play and pause.
	await tabTo(page, slider, { back: true, max: 400 });
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveValue(String(earnedAt - 1));
	await expect(page.locator('[data-shown-version]')).toHaveAttribute('data-shown-version', String(earnedAt - 1));
	await page.keyboard.press('Home');
	await expect(slider).toHaveValue('1');
	await expect(slider).toHaveAttribute('aria-valuetext', /^Événement 1 sur \d+, .*Épreuve ouverte/);
	await tabTo(page, page.getByRole('button', { name: 'Lecture' }), { back: true });
	await page.keyboard.press('Enter');
	await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(1);
	await page.getByRole('button', { name: 'Pause' }).press('Enter');
	const paused = await slider.inputValue();
	await page.waitForTimeout(1500);
	await expect(slider).toHaveValue(paused);

	// Filters: only the answers; « next » then lands on an answer.
	for (const kind of ['Questions', 'Preuves', 'KPI', 'Causes', 'Conclusions', 'Concept', 'Planning', 'Budget', 'Communication', 'Liens J1→J2', "Préparation de l'oral", 'Verrouillage', 'Organisation']) {
		await page.getByRole('checkbox', { name: kind, exact: true }).uncheck();
	}
	await page.getByRole('button', { name: 'Début' }).press('Enter');
	await page.getByRole('button', { name: 'Événement suivant' }).press('Enter');
	await expect(slider).toHaveAttribute('aria-valuetext', /Réponse de l'agent/);
	await noSeriousViolations(page);

	// The indicators, never a grade, C21 always suggested.
	await benchTo(page, 'Indicateurs');
	const questions = page.getByRole('region', { name: 'Questions suggérées' });
	await expect(questions.getByRole('listitem').first()).toContainText('C21');
	await expect(questions.getByRole('listitem').first()).toContainText('Question prescrite');
	await expect(page.getByRole('heading', { name: 'Tableau des KPI face à la vérité terrain' })).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'jury-indicators');

	// The oral console.
	await benchTo(page, 'Oral');
	await expect(page.getByRole('heading', { level: 1, name: "Console de l'oral" })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^C21 — .*« question prescrite »/ })).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'jury-oral');

	await tabTo(page, page.getByRole('button', { name: 'Démarrer : présentation' }));
	await page.keyboard.press('Enter');
	const presentation = page.getByRole('group', { name: 'Présentation' });
	await expect(presentation).toContainText('En cours');
	await expect(presentation).toContainText(/1[45] min \d\d s restantes/);
	await tabTo(page, page.getByRole('button', { name: 'Démarrer : questions' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('group', { name: 'Questions' })).toContainText('En cours');
	await expect(presentation).toContainText('En pause'); // one segment at a time
	await page.getByRole('button', { name: 'Mettre en pause : questions' }).press('Enter');
	await expect(page.getByRole('group', { name: 'Questions' })).toContainText('En pause');

	const c21Notes = page.getByRole('textbox', { name: 'Notes sur C21' });
	await tabTo(page, c21Notes, { max: 200 });
	await page.keyboard.type('Propose un kit de vente et des binômes terrain ; reste vague sur le suivi.');

	// Finalising before C21 is assessed is refused with a clear message.
	await chooseRadio(page, page.getByRole('group', { name: "Résultat de l'épreuve" }), 'Validé');
	await tabTo(page, page.getByRole('button', { name: "Finaliser l'évaluation" }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('C21 doit être évaluée avant de finaliser');
	await noSeriousViolations(page);
	await shot(page, 'jury-oral-refused');

	// Assess C21 and C18, then finalise.
	const c21 = page.getByRole('group', { name: /^Niveau pour C21/ });
	await chooseRadio(page, c21, 'Acquis');
	const c18 = page.getByRole('group', { name: /^Niveau pour C18/ });
	await chooseRadio(page, c18, 'Maîtrisé');
	await tabTo(page, page.getByRole('button', { name: "Finaliser l'évaluation" }), { max: 200 });
	await page.keyboard.press('Enter');
	await expect(page.getByText('Évaluation finalisée : Validé')).toBeVisible();
	await noSeriousViolations(page);
	await shot(page, 'jury-oral-finalised');

	// Everything the jury did is in their own evaluation, read back from the server.
	const again = await signIn(baseURL!, d.juryEmail, d.juryPassword);
	const { evaluation } = await gql<{ evaluation: { notes: { topic: string; text: string }[]; bookmarks: { version: number; note: string }[]; assessments: { competency: string }[]; finalised: { result: string } | null } }>(
		again,
		'query($a:ID!){evaluation(attemptId:$a){notes{topic text} bookmarks{version note} assessments{competency} finalised{result}}}',
		{ a: target.attemptId }
	);
	expect(evaluation.notes).toContainEqual({ topic: 'C21', text: 'Propose un kit de vente et des binômes terrain ; reste vague sur le suivi.' });
	expect(evaluation.bookmarks).toContainEqual({ version: earnedAt, note: "Origine du chiffre : à creuser à l'oral" });
	expect(evaluation.assessments.map((a) => a.competency)).toEqual(['C18', 'C21']);
	expect(evaluation.finalised?.result).toBe('PASSED');
	await again.dispose();
});

test("another jury member of the same candidate does not see the first one's notes", async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const d = await demo();
	const staff = await signIn(baseURL!, d.staffEmail, d.staffPassword);
	const second = await secondJury(staff, target);
	await staff.dispose();

	const api = await signIn(baseURL!, second.email, second.password);
	const { evaluations } = await gql<{ evaluations: { juryId: string }[] }>(api, 'query($a:ID!){evaluations(attemptId:$a){juryId}}', { a: target.attemptId });
	expect(evaluations).toEqual([]); // the first member finalised, but deliberation waits for every member
	await api.dispose();

	const ctx = await browser.newContext({ baseURL });
	const page = await ctx.newPage();
	await juryLogin(page, second.email, second.password);
	await page.goto(`/jury/${target.attemptId}/oral`);
	await expect(page.getByRole('textbox', { name: 'Notes sur C21' })).toHaveValue('');
	await expect(page.getByRole('region', { name: 'Délibération' })).not.toContainText('kit de vente');
	await expect(page.getByRole('group', { name: /^Niveau pour C21/ }).getByRole('radio', { checked: true })).toHaveCount(0);
	await page.goto(`/jury/${target.attemptId}/parcours`);
	await expect(page.getByRole('region', { name: 'Mes repères' })).toContainText('Aucun repère');
	await noSeriousViolations(page);
	await ctx.close();
});

test('a candidate reaches no jury screen and no jury query', async ({ page, baseURL }) => {
	if (!target) {
		const d = await demo();
		const juryApi = await signIn(baseURL!, d.juryEmail, d.juryPassword);
		target = (await lockedCandidates(juryApi))[0];
		await juryApi.dispose();
	}
	const cand = await newCandidate(baseURL!);
	try {
		const queries: [string, Record<string, unknown>][] = [
			['{juryCandidates{attemptId}}', {}],
			['query($a:ID!){timeline(attemptId:$a){attemptId}}', { a: cand.attemptId }],
			['query($a:ID!){replay(attemptId:$a){length}}', { a: cand.attemptId }],
			['query($a:ID!){indicators(attemptId:$a){attemptId}}', { a: cand.attemptId }],
			// The grid of their own attempt is the exam guide's, theirs to read; another's is not.
			['query($a:ID!){competencyGrid(attemptId:$a){id}}', { a: target.attemptId }],
			['query($a:ID!){evaluations(attemptId:$a){juryId}}', { a: cand.attemptId }],
			['query($a:ID!){attemptAt(id:$a,version:1){id}}', { a: cand.attemptId }],
			['query($a:ID!){replay(attemptId:$a){length}}', { a: target.attemptId }],
			['mutation($i:BookmarkInput!){bookmarkEvent(input:$i){id}}', { i: { attemptId: cand.attemptId, version: 1 } }]
		];
		for (const [q, v] of queries) {
			const body = await cand.asCandidate(q, v);
			expect(body.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
		}

		await page.goto('/connexion');
		await page.getByRole('textbox', { name: /Code d'accès/ }).fill(cand.code);
		await page.getByRole('button', { name: 'Se connecter' }).press('Enter');
		await expect(page).toHaveURL(new RegExp(`/epreuve/${cand.attemptId}$`));
		for (const path of ['/jury', `/jury/${cand.attemptId}`, `/jury/${cand.attemptId}/parcours`, `/jury/${target.attemptId}/oral`, `/jury/${target.attemptId}/indicateurs`]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: 'Accès réservé au jury' })).toBeVisible();
			await expect(page.getByRole('alert')).toContainText('réservé aux membres du jury');
		}
		await noSeriousViolations(page);
		await shot(page, 'jury-refused-candidate');
		const pdf = await page.request.get(`/api/attempts/${target.attemptId}/rapport.pdf`);
		expect(pdf.status()).toBe(403);
	} finally {
		await cand.dispose();
	}
});

test('replay stays smooth on a long attempt: a step or a scrub is drawn within 50 ms', async ({ page, baseURL }) => {
	test.setTimeout(600_000);
	const events = Number(process.env.E2E_REPLAY_EVENTS ?? 5000);
	const d = await demo();
	const staff = await signIn(baseURL!, d.staffEmail, d.staffPassword);
	const juryApi = await signIn(baseURL!, d.juryEmail, d.juryPassword);
	const { me } = await gql<{ me: { id: string } }>(juryApi, '{me{id}}');
	const t0 = Date.now();
	const long = await longAttempt(baseURL!, staff, me.id, events);
	const setupSeconds = (Date.now() - t0) / 1000;
	await staff.dispose();
	await juryApi.dispose();
	expect(long.length).toBeGreaterThanOrEqual(events);

	await juryLogin(page, d.juryEmail, d.juryPassword);
	await page.goto(`/jury/${long.attemptId}/parcours?v=${Math.floor(long.length / 2)}`);
	const slider = page.getByRole('slider', { name: 'Moment du parcours' });
	const shown = page.locator('[data-shown-version]');
	await expect(shown).toHaveAttribute('data-shown-version', String(Math.floor(long.length / 2)), { timeout: 30_000 });
	await slider.focus();

	// Steps (arrows: the neighbours are prefetched) and scrubs (Page Up/Down jump 10 %,
	// Home/End the ends: fetched), each measured from the key to the report drawn.
	const keys = [...Array(20).fill('ArrowRight'), ...Array(10).fill('ArrowLeft'), 'PageUp', 'PageDown', 'PageDown', 'Home', 'End', 'PageDown', 'PageDown', 'PageUp', 'PageDown', 'PageDown'];
	const steps: number[] = [];
	const scrubs: number[] = [];
	for (const key of keys) {
		await page.evaluate(() => performance.clearMeasures('cellule:replay-step'));
		const before = await slider.inputValue();
		await page.keyboard.press(key);
		const v = await slider.inputValue();
		expect(v, `${key} moves the replay`).not.toBe(before);
		await expect(shown).toHaveAttribute('data-shown-version', v);
		const d = await page.waitForFunction(() => performance.getEntriesByName('cellule:replay-step')[0]?.duration, undefined, { timeout: 5000 });
		(key.startsWith('Arrow') ? steps : scrubs).push((await d.jsonValue()) as number);
	}
	const stats = (ms: number[]) => {
		const sorted = [...ms].sort((a, b) => a - b);
		const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
		return { n: ms.length, p50: q(0.5), p95: q(0.95), max: q(1) };
	};
	const all = stats([...steps, ...scrubs]);
	const result = { events: long.length, step: stats(steps), scrub: stats(scrubs), p50: all.p50, p95: all.p95, setupSeconds };
	console.log(`replay on ${result.events} events — step: ${JSON.stringify(result.step)}; scrub: ${JSON.stringify(result.scrub)} (ms; setup ${setupSeconds} s)`);
	writeFileSync(join(repoRoot, 'artifacts', 'jury-replay-latency.json'), JSON.stringify(result, null, 2));
	// A step, the replay's usual move, stays within 50 ms; a scrub (a fetch and a fold of up to 5,000 events) does in the median.
	expect(result.step.p95).toBeLessThanOrEqual(50);
	expect(result.scrub.p50).toBeLessThanOrEqual(50);
	await shot(page, 'jury-replay-long');
});
