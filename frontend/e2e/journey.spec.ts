import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newCandidate, type Candidate } from './exam';
import { expect, goWithKeyboard, screenshotDir, seriousViolations, tabTo, test } from './fixtures';

// One candidate's two days, with the keyboard only: every control is reached
// with Tab / Shift+Tab (tabTo) and used with Enter, Space, arrows and typing.
test.describe.configure({ mode: 'serial' });

async function shot(page: Page, name: string) {
	await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function noSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

async function selectTab(page: Page, agentTab: string) {
	const tab = page.getByRole('tab', { name: agentTab, exact: true });
	// The tab list has one tab stop; arrows move between agents.
	const tablist = page.getByRole('tablist', { name: 'Salles des agents' });
	await tabTo(page, tablist.getByRole('tab', { selected: true }));
	for (let i = 0; i < 8 && !(await tab.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('ArrowRight');
	}
	await expect(tab).toHaveAttribute('aria-selected', 'true');
	return page.getByRole('tabpanel', { name: agentTab, exact: true });
}

async function ask(page: Page, agentTab: string, question: string) {
	const panel = await selectTab(page, agentTab);
	const box = panel.getByRole('textbox', { name: /^Votre question à / });
	await tabTo(page, box);
	await page.keyboard.type(question);
	await tabTo(page, panel.getByRole('button', { name: 'Envoyer la question' }));
	await page.keyboard.press('Enter');
	const last = panel.getByTestId('exchange').last();
	await expect(last).toContainText(question);
	await expect(last.locator('.answer-text')).not.toBeEmpty({ timeout: 15_000 });
	return { panel, last };
}

test('a candidate goes through J1 and J2 with the keyboard only, submits, and every edit is refused after', async ({
	page,
	baseURL
}) => {
	test.setTimeout(240_000);
	const cand: Candidate = await newCandidate(baseURL!);
	// No script error and no CSP violation anywhere in the journey.
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	try {
		// Hold the end of each answer (its last chunk and the completion of its
		// subscription) until released, to see and scan the answer streaming.
		let holding = true;
		const heldIds = new Set<string>();
		const held: (() => void)[] = [];
		await page.routeWebSocket(/\/graphql$/, (ws) => {
			const server = ws.connectToServer();
			ws.onMessage((m) => server.send(m));
			server.onMessage((m) => {
				if (holding && typeof m === 'string') {
					const msg = JSON.parse(m) as { id?: string };
					if (m.includes('"answerChunks"') && m.includes('"done":true') && msg.id) heldIds.add(msg.id);
					if (msg.id && heldIds.has(msg.id)) {
						held.push(() => ws.send(m));
						return;
					}
				}
				ws.send(m);
			});
		});

		// Login with the access code.
		await page.goto('/connexion');
		const code = page.getByRole('textbox', { name: /Code d'accès/ });
		await tabTo(page, code);
		await page.keyboard.type(cand.code);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/epreuve/${cand.attemptId}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const bar = page.getByRole('region', { name: "Déroulement de l'épreuve" });
		await expect(bar.getByRole('listitem').filter({ hasText: 'J1' })).toHaveAttribute('aria-current', 'step');
		await expect(bar.getByTestId('spoken-time-left')).toHaveText(/^Temps restant : (5|6) heures/);
		await expect(page.getByRole('heading', { name: 'Le brief' })).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 'epreuve-brief-j1');

		// J1: the three team agents; the suppliers are closed and say why.
		await goWithKeyboard(page, 'Agents');
		await expect(page.getByRole('heading', { level: 1, name: 'Les agents' })).toBeVisible();
		const availability = page.getByRole('list').filter({ hasText: 'Prestataire' }).first();
		await expect(availability).toContainText('fermé');
		await noSeriousViolations(page);
		await shot(page, 'agents-j1');

		const tabs = page.getByRole('tablist', { name: 'Salles des agents' }).getByRole('tab');
		const names = await tabs.allTextContents();
		const team = names.filter((n) => !n.includes('(fermé)')).map((n) => n.trim());
		expect(team).toHaveLength(3);

		// The first question: watch it stream, scan it, then let it finish.
		const first = await selectTab(page, team[0]);
		await tabTo(page, first.getByRole('textbox', { name: /^Votre question à / }));
		await page.keyboard.type('Quel est le taux de conversion de la campagne par rapport à la cible ?');
		await page.keyboard.press('Control+Enter');
		const streaming = first.getByTestId('streaming-answer');
		await expect(streaming).toBeVisible();
		await expect(streaming).not.toHaveText(/^\S+ :\s*▍?$/);
		await expect(streaming).toHaveAttribute('aria-busy', 'true');
		// Nothing of the stream is announced while it comes in.
		await expect(page.locator('[aria-live="polite"]')).not.toContainText('Réponse de');
		await noSeriousViolations(page);
		await shot(page, 'agents-reponse-en-cours');
		const firstChunkMs = await page.evaluate(
			() => performance.getEntriesByName('cellule:first-chunk')[0]?.duration ?? null
		);
		console.log(`first agent chunk on screen after sending: ${firstChunkMs?.toFixed(1)} ms`);
		holding = false;
		for (const release of held.splice(0)) release();
		await expect(first.getByTestId('exchange').last().locator('.answer-text')).not.toBeEmpty();
		// The finished answer is announced once, whole.
		await expect(page.locator('[aria-live="polite"]')).toContainText(`Réponse de ${team[0]}`);

		// Pin it as evidence.
		const pin = first.getByRole('button', { name: /^Épingler comme preuve/ });
		await tabTo(page, pin);
		await expect(pin).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Enter');
		await expect(pin).toHaveAttribute('aria-pressed', 'true');
		await expect(first.getByText('Épinglée comme preuve')).toBeVisible();

		await ask(page, team[1], 'Quels points de friction les clients remontent-ils sur le terrain ?');
		await ask(page, team[2], 'Quelles contraintes budgétaires ont encadré la campagne ?');
		await shot(page, 'agents-conversation');

		// S1: KPI gap table, causes, conclusions.
		await goWithKeyboard(page, 'S1 Diagnostic');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('S1 — Analyse de performance');
		// A scenario indicator, chosen from the list: the API gives its verdict.
		const pick = page.getByRole('combobox', { name: /^Indicateur/ });
		await tabTo(page, pick);
		await page.keyboard.press('Home'); // the first of the scenario's indicators
		const picked = (await pick.locator('option:checked').textContent())!.replace(/ \(.*\)$/, '');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('textbox', { name: /^Résultat/ })).toBeFocused();
		await page.keyboard.type('10');
		await page.keyboard.press('Tab');
		await page.keyboard.type('20');
		await tabTo(page, page.getByRole('button', { name: 'Ajouter la ligne' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('row', { name: picked })).toContainText(/objectif (manqué|atteint)/);
		// Any other indicator, as free text.
		await expect(pick).toBeFocused();
		await tabTo(page, page.getByRole('textbox', { name: /^Nom de l'indicateur/ }));
		await page.keyboard.type('Taux de conversion');
		await page.keyboard.press('Tab');
		await page.keyboard.type('1,2');
		await page.keyboard.press('Tab');
		await page.keyboard.type('2,5');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('textbox', { name: 'Unité' })).toBeFocused();
		await page.keyboard.type('%');
		await tabTo(page, page.getByRole('button', { name: 'Ajouter la ligne' }));
		await page.keyboard.press('Enter');
		const kpi = page.getByRole('row', { name: /Taux de conversion/ });
		// The gap is the API's: result − target, in points for a percentage.
		await expect(kpi).toContainText('1,2 %');
		await expect(kpi).toContainText('−1,3');

		for (const text of ['Ciblage trop large : la moitié du budget hors cible.', 'Argumentaire commercial absent en agence.']) {
			await tabTo(page, page.getByRole('textbox', { name: 'Nouvelle cause' }));
			await page.keyboard.type(text);
			await tabTo(page, page.getByRole('button', { name: 'Ajouter la cause' }));
			await page.keyboard.press('Enter');
			await expect(page.getByRole('textbox', { name: /^Texte de la cause/ }).last()).toHaveValue(text);
		}
		// Reorder by keyboard: the second cause goes up; focus stays on its button.
		await tabTo(page, page.getByRole('button', { name: 'Monter la cause n° 2' }), { back: true, max: 300 });
		await page.keyboard.press('Enter');
		await expect(page.getByRole('textbox', { name: 'Texte de la cause n° 1' })).toHaveValue('Argumentaire commercial absent en agence.');
		await expect(page.locator('[aria-live="polite"]')).toHaveText('Cause déplacée au rang 1 sur 2.');
		await expect(page.getByRole('button', { name: 'Descendre la cause n° 1' })).toBeFocused();
		// Evidence from the pinned answer.
		const evidence = page.getByRole('group', { name: 'Preuves de la cause n° 1' }).getByRole('checkbox').first();
		await tabTo(page, evidence, { back: true, max: 300 });
		await page.keyboard.press('Space');
		await expect(evidence).toBeChecked();
		// Autosave of an edited cause.
		const cause2 = page.getByRole('textbox', { name: 'Texte de la cause n° 2' });
		await tabTo(page, cause2);
		await page.keyboard.press('End');
		await page.keyboard.type(' Visible sur les données de reach.');
		await expect(page.locator('.save-status[data-state="saved"]').first()).toBeVisible();

		for (const c of ['Recentrer la cible sur les 25-35 ans.', 'Outiller les conseillers en agence.', 'Mesurer la conversion par canal.']) {
			await tabTo(page, page.getByRole('textbox', { name: 'Nouvelle conclusion' }));
			await page.keyboard.type(c);
			await tabTo(page, page.getByRole('button', { name: 'Ajouter la conclusion' }));
			await page.keyboard.press('Enter');
			await expect(page.getByRole('textbox', { name: /^Conclusion \d/ }).last()).toHaveValue(c);
		}
		await expect(page.getByText('3 conclusions sur 3 à 5 attendues.')).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 's1-diagnostic');

		// S2 is closed on J1.
		await goWithKeyboard(page, 'S2 Projet');
		await expect(page.getByText(/La section S2 s'ouvre au J2/)).toBeVisible();
		await shot(page, 's2-ferme-j1');

		// Staff opens J2 (adjustSchedule): the open page follows without a reload.
		await cand.openJ2();
		await expect(bar.getByRole('listitem').filter({ hasText: 'J2' })).toHaveAttribute('aria-current', 'step', { timeout: 10_000 });
		await expect(page.getByRole('heading', { name: 'Concept événementiel' })).toBeVisible();

		// The order e-mail on the exam page.
		await goWithKeyboard(page, "L'épreuve");
		await expect(page.getByRole('article').getByRole('heading', { name: /Mail de commande de la direction/ })).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 'epreuve-mail-de-commande-j2');

		// J2: the three suppliers.
		await goWithKeyboard(page, 'Agents');
		const namesJ2 = (await tabs.allTextContents()).map((n) => n.trim());
		const suppliers = namesJ2.filter((n) => !team.includes(n) && !n.includes('(fermé)'));
		expect(suppliers).toHaveLength(3);
		await ask(page, suppliers[0], 'Quel est le tarif de la salle pour une journée et quelles dates sont disponibles ?');
		await ask(page, suppliers[1], 'Quels délais et quels prix pour une invitation imprimée et une vidéo ?');
		await ask(page, suppliers[2], 'Combien coûte le sous-titrage en direct et une boucle magnétique ?');
		await noSeriousViolations(page);
		await shot(page, 'agents-j2');

		// S2: concept, planning, budget, communication, J1→J2 links.
		await goWithKeyboard(page, 'S2 Projet');
		const concept = {
			Format: 'Matinée de relance en agence avec ateliers.',
			Lieu: 'Auditorium accessible de plain-pied.',
			Cibles: 'Conseillers et clients 25-35 ans.',
			'Dispositifs inclusifs': 'Sous-titrage en direct, boucle magnétique, interprète LSF.'
		};
		for (const [label, value] of Object.entries(concept)) {
			await tabTo(page, page.getByRole('textbox', { name: label, exact: true }));
			await page.keyboard.type(value);
		}
		await page.keyboard.press('Tab');
		for (const m of [
			{ title: 'Réservation du lieu', date: '2027-01-10', display: '10 janvier 2027', owner: 'Cheffe de projet' },
			{ title: 'Envoi des invitations', date: '2027-01-14', display: '14 janvier 2027', owner: 'Agence de communication' }
		]) {
			await tabTo(page, page.getByRole('textbox', { name: /^Intitulé du jalon/ }));
			await page.keyboard.type(m.title);
			await page.keyboard.press('Tab');
			const [y, mo, d] = m.date.split('-');
			await page.keyboard.type(`${d}/${mo}/${y}`);
			await tabTo(page, page.getByRole('textbox', { name: /^Responsable/ }));
			await page.keyboard.type(m.owner);
			if (m.title === 'Envoi des invitations') {
				const dep = page.getByRole('group', { name: 'Dépend des jalons' }).getByRole('checkbox', { name: /Réservation du lieu/ });
				await tabTo(page, dep);
				await page.keyboard.press('Space');
			}
			await tabTo(page, page.getByRole('button', { name: 'Ajouter le jalon' }));
			await page.keyboard.press('Enter');
			await expect(page.getByRole('row', { name: new RegExp(m.title) })).toContainText(m.display);
		}
		await expect(page.getByRole('row', { name: /Envoi des invitations/ })).toContainText('Réservation du lieu');
		await expect(page.getByRole('img', { name: /Diagramme de Gantt/ })).toBeVisible();

		await tabTo(page, page.getByRole('textbox', { name: /^Poste/ }));
		await page.keyboard.type('Lieu');
		await tabTo(page, page.getByRole('textbox', { name: 'Prestataire', exact: true }));
		await page.keyboard.type('Lyon Lieux Événements');
		await tabTo(page, page.getByRole('textbox', { name: /^Libellé/ }));
		await page.keyboard.type('Auditorium, une journée');
		await tabTo(page, page.getByRole('textbox', { name: /^Quantité/ }));
		await page.keyboard.press('Control+A');
		await page.keyboard.type('1');
		await tabTo(page, page.getByRole('textbox', { name: /^Prix unitaire/ }));
		await page.keyboard.type('14500');
		await tabTo(page, page.getByRole('button', { name: 'Ajouter la ligne' }));
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('budget-meter')).toContainText(/Total : 14\s500\s€ sur une enveloppe de .* Reste : /);

		await tabTo(page, page.getByRole('textbox', { name: 'Texte du support' }));
		await page.keyboard.type('Invitation : « Élan, on reprend ensemble ». Programme en FALC.');
		const measure = page.getByRole('checkbox', { name: 'Sous-titrage des vidéos et du direct' });
		await tabTo(page, measure);
		await page.keyboard.press('Space');
		await expect(measure).toBeChecked();

		const link = page.getByRole('group', { name: 'Causes du J1 traitées par le concept — format' }).getByRole('checkbox').first();
		await tabTo(page, link);
		await page.keyboard.press('Space');
		await expect(link).toBeChecked();
		await expect(page.locator('.save-status[data-state="saved"]').first()).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 's2-projet');

		// Oral preparation: C21 is the prescribed question.
		await goWithKeyboard(page, 'Préparation orale');
		const c21 = page.getByRole('region', { name: /C21 — Soutenir les équipes commerciales/ });
		await expect(c21).toContainText('« question prescrite »');
		await tabTo(page, c21.getByRole('textbox', { name: 'Vos notes pour C21' }));
		await page.keyboard.type('Kit argumentaire, binômes terrain, point hebdomadaire.');
		await page.keyboard.press('Tab');
		await expect(c21.locator('.save-status[data-state="saved"]')).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 'oral-preparation');

		// The report, read before handing it in, and its print view.
		await goWithKeyboard(page, 'Rendre le rapport');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rendre le rapport');
		await noSeriousViolations(page);
		await shot(page, 'rendu');

		// Submit: the dialog says it is final; Annuler has the focus first.
		await tabTo(page, page.getByRole('button', { name: 'Déposer mon rapport' }));
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Déposer définitivement votre rapport ?' });
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText('définitif');
		await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
		await noSeriousViolations(page);
		await shot(page, 'rendu-confirmation');
		await page.keyboard.press('Tab');
		await expect(dialog.getByRole('button', { name: 'Déposer définitivement' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport déposé');
		await expect(page.getByText(/il ne peut plus être modifié/).first()).toBeVisible();
		await noSeriousViolations(page);
		await shot(page, 'rendu-depose');

		// Locked: no editable control is left on any page.
		for (const name of ['S1 Diagnostic', 'S2 Projet', 'Préparation orale', 'Agents']) {
			await goWithKeyboard(page, name);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const editable = await page
				.locator('main')
				.locator('input:not([readonly]):not([disabled]), textarea:not([readonly]):not([disabled])')
				.count();
			expect(editable, `${name}: editable fields after the lock`).toBe(0);
			await expect(page.getByRole('button', { name: /^(Ajouter|Envoyer|Supprimer|Modifier|Monter|Descendre|Épingler)/ })).toHaveCount(0);
			await noSeriousViolations(page);
			await shot(page, `verrouille-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
		}

		// And the API refuses every edit, with LOCKED.
		const id = cand.attemptId;
		const edits: [string, Record<string, unknown>][] = [
			['mutation($i:KpiRowInput!){addKpiRow(input:$i){id}}', { i: { attemptId: id, label: 'x', result: 1, target: 2 } }],
			['mutation($i:CauseInput!){addCause(input:$i){id}}', { i: { attemptId: id, text: 'x' } }],
			['mutation($i:ConclusionInput!){writeConclusion(input:$i){id}}', { i: { attemptId: id, text: 'x' } }],
			['mutation($i:ConceptFieldInput!){editConceptField(input:$i){id}}', { i: { attemptId: id, field: 'FORMAT', value: 'x' } }],
			['mutation($i:MilestoneInput!){addMilestone(input:$i){id}}', { i: { attemptId: id, title: 'x', date: '2027-01-20', owner: 'x' } }],
			['mutation($i:BudgetLineInput!){addBudgetLine(input:$i){id}}', { i: { attemptId: id, category: 'x', label: 'x', quantity: 1, unitPriceEuros: 1 } }],
			['mutation($i:CommunicationInput!){editCommunicationSupport(input:$i){id}}', { i: { attemptId: id, text: 'x', measures: [] } }],
			['mutation($i:OralPrepNoteInput!){editOralPrepNote(input:$i){id}}', { i: { attemptId: id, competency: 'C21', text: 'x' } }],
			['mutation($i:AskQuestionInput!){askQuestion(input:$i){id}}', { i: { attemptId: id, agentId: 'data', text: 'Encore une question ?' } }],
			['mutation($i:AttemptRefInput!){submitReport(input:$i){id}}', { i: { attemptId: id } }]
		];
		for (const [query, variables] of edits) {
			const res = await cand.asCandidate(query, variables);
			expect(res.errors?.[0]?.extensions?.code, query).toBe('LOCKED');
		}

		// The read-only report and its print view.
		await goWithKeyboard(page, 'Rapport déposé');
		await page.getByRole('link', { name: 'Lire et imprimer mon rapport' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon rapport de mission');
		await expect(page.getByRole('main')).toContainText('Argumentaire commercial absent en agence.');
		await noSeriousViolations(page);
		await shot(page, 'rapport');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Imprimer le rapport' })).toBeHidden();
		await shot(page, 'rapport-impression');
		await page.emulateMedia({ media: 'screen' });
		expect(errors).toEqual([]);
	} finally {
		await cand.dispose();
	}
});
