import { join } from 'node:path';
import { newCandidate } from './exam';
import { expect, loginWithCode, screenshotDir, seriousViolations, test } from './fixtures';

const CAUSE = 'query($id:ID!){attempt(id:$id){report{causes{id text}}}}';

test('a network cut while typing loses nothing: the text is kept, sent on reconnection, and survives a closed tab', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const cand = await newCandidate(baseURL!);
	try {
		await loginWithCode(page, cand.code, cand.attemptId);
		await page.goto(`/epreuve/${cand.attemptId}/s1`);
		await page.getByRole('textbox', { name: 'Nouvelle cause' }).fill('Cible trop large.');
		await page.getByRole('button', { name: 'Ajouter la cause' }).press('Enter');
		const field = page.getByRole('textbox', { name: 'Texte de la cause n° 1' });
		await expect(field).toHaveValue('Cible trop large.');

		// Offline while typing.
		await context.setOffline(true);
		await field.focus();
		await page.keyboard.press('End');
		await page.keyboard.type(' Données Data à l’appui.');
		await expect(page.locator('.save-status[data-state="offline"]')).toContainText('Hors ligne — vos modifications seront envoyées à la reconnexion', { timeout: 10_000 });
		await expect(page.getByRole('status').filter({ hasText: /^Hors ligne : ce que vous saisissez/ })).toBeVisible();
		// Kept on this device too.
		const drafts = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('cellule:draft:')));
		expect(drafts.map(([, v]) => v)).toContain('Cible trop large. Données Data à l’appui.');
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: join(screenshotDir, 's1-hors-ligne.png'), fullPage: true });

		// Back online: sent without any action of the candidate.
		await context.setOffline(false);
		await expect(page.locator('.save-status[data-state="saved"]').first()).toBeVisible({ timeout: 15_000 });
		await expect
			.poll(async () => (await cand.asCandidate<{ attempt: { report: { causes: { text: string }[] } } }>(CAUSE, { id: cand.attemptId })).data?.attempt.report.causes[0].text)
			.toBe('Cible trop large. Données Data à l’appui.');

		// Offline again, type, and the tab is closed before the connection returns.
		await context.setOffline(true);
		await field.focus();
		await page.keyboard.press('End');
		await page.keyboard.type(' Écrit avant de fermer l’onglet.');
		await expect(page.locator('.save-status[data-state="offline"]')).toContainText('Hors ligne — vos modifications seront envoyées à la reconnexion', { timeout: 10_000 });
		await page.close();
		await context.setOffline(false);

		const again = await context.newPage();
		await again.goto(`/epreuve/${cand.attemptId}/s1`);
		const reopened = again.getByRole('textbox', { name: 'Texte de la cause n° 1' });
		await expect(reopened).toHaveValue('Cible trop large. Données Data à l’appui. Écrit avant de fermer l’onglet.');
		await expect
			.poll(async () => (await cand.asCandidate<{ attempt: { report: { causes: { text: string }[] } } }>(CAUSE, { id: cand.attemptId })).data?.attempt.report.causes[0].text)
			.toBe('Cible trop large. Données Data à l’appui. Écrit avant de fermer l’onglet.');
		await expect
			.poll(() => again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cellule:draft:')).length))
			.toBe(0);
	} finally {
		await cand.dispose();
	}
});

test('two tabs of one candidate stay in sync', async ({ context, baseURL }) => {
	test.setTimeout(120_000);
	const cand = await newCandidate(baseURL!);
	try {
		const a = await context.newPage();
		await loginWithCode(a, cand.code, cand.attemptId);
		const b = await context.newPage();
		await b.goto(`/epreuve/${cand.attemptId}/s1`);
		await a.goto(`/epreuve/${cand.attemptId}/s1`);
		await expect(b.getByRole('heading', { level: 1 })).toHaveText('S1 — Analyse de performance');

		// A new cause in tab A appears in tab B.
		await a.getByRole('textbox', { name: 'Nouvelle cause' }).fill('Parcours de souscription trop long.');
		await a.getByRole('button', { name: 'Ajouter la cause' }).press('Enter');
		await expect(b.getByRole('textbox', { name: 'Texte de la cause n° 1' })).toHaveValue('Parcours de souscription trop long.');
		await expect(b.getByTestId('checklist')).not.toContainText('Aucune cause identifiée');

		// Text typed in A (autosaved) reaches B.
		const inA = a.getByRole('textbox', { name: 'Texte de la cause n° 1' });
		await inA.focus();
		await a.keyboard.press('End');
		await a.keyboard.type(' Sept écrans.');
		await expect(b.getByRole('textbox', { name: 'Texte de la cause n° 1' })).toHaveValue('Parcours de souscription trop long. Sept écrans.');

		// A second cause, added in A.
		await a.getByRole('textbox', { name: 'Nouvelle cause' }).fill('Conseillers non formés.');
		await a.getByRole('button', { name: 'Ajouter la cause' }).press('Enter');
		// Reordered by dragging in B (the page in front: a native drag needs the focused window,
		// and both cards on screen since a drag does not scroll the page): A follows.
		await expect(b.getByRole('textbox', { name: 'Texte de la cause n° 2' })).toHaveValue('Conseillers non formés.');
		await b.setViewportSize({ width: 1280, height: 2000 });
		await b.getByRole('heading', { name: 'Cause n° 2' }).dragTo(b.getByRole('heading', { name: 'Cause n° 1' }));
		await expect(b.getByRole('textbox', { name: 'Texte de la cause n° 1' })).toHaveValue('Conseillers non formés.');
		await expect(a.getByRole('textbox', { name: 'Texte de la cause n° 1' })).toHaveValue('Conseillers non formés.');
		await expect(a.getByRole('textbox', { name: 'Texte de la cause n° 2' })).toHaveValue('Parcours de souscription trop long. Sept écrans.');

		// What B is typing is never overwritten by A's updates.
		const conclB = b.getByRole('textbox', { name: 'Nouvelle conclusion' });
		await conclB.fill('Raccourcir le parcours');
		await a.getByRole('textbox', { name: 'Nouvelle conclusion' }).fill('Former les conseillers.');
		await a.getByRole('button', { name: 'Ajouter la conclusion' }).press('Enter');
		await expect(b.getByRole('textbox', { name: 'Conclusion 1' })).toHaveValue('Former les conseillers.');
		await expect(conclB).toHaveValue('Raccourcir le parcours');

		// A question asked in A: B sees it and its answer.
		await a.goto(`/epreuve/${cand.attemptId}/agents`);
		await b.goto(`/epreuve/${cand.attemptId}/agents`);
		const panelA = a.getByRole('tabpanel');
		const agent = (await a.getByRole('tab', { selected: true }).textContent())!.trim();
		await panelA.getByRole('textbox', { name: /^Votre question à / }).fill('Quel est le taux de conversion ?');
		await panelA.getByRole('button', { name: 'Envoyer la question' }).press('Enter');
		const inB = b.getByRole('tabpanel', { name: agent }).getByTestId('exchange').last();
		await expect(inB).toContainText('Quel est le taux de conversion ?');
		await expect(inB.locator('.answer-text')).not.toBeEmpty({ timeout: 15_000 });
		expect(await inB.locator('.answer-text').textContent()).toBe(
			await panelA.getByTestId('exchange').last().locator('.answer-text').textContent()
		);
		await b.screenshot({ path: join(screenshotDir, 'agents-second-onglet.png'), fullPage: true });
	} finally {
		await cand.dispose();
	}
});

test('every workspace page is usable at 320 px wide (200 % zoom) and passes axe', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const cand = await newCandidate(baseURL!, 'PRACTICE');
	try {
		await loginWithCode(page, cand.code, cand.attemptId);
		// Practice mode: the candidate may open J2 early, from the exam page.
		await page.getByRole('button', { name: 'Passer au J2 maintenant' }).press('Enter');
		await expect(page.getByRole('region', { name: "Déroulement de l'épreuve" }).getByRole('listitem').filter({ hasText: 'J2' })).toHaveAttribute('aria-current', 'step');
		await expect(page.getByRole('article').getByRole('heading', { name: /Mail de commande/ })).toBeVisible();
		await page.setViewportSize({ width: 320, height: 640 });
		for (const [path, name] of [
			['', 'epreuve'],
			['/agents', 'agents'],
			['/s1', 's1'],
			['/s2', 's2'],
			['/oral', 'oral'],
			['/rendu', 'rendu'],
			['/rapport', 'rapport']
		]) {
			await page.goto(`/epreuve/${cand.attemptId}${path}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${name}: horizontal scrolling at 320 px`).toBeLessThanOrEqual(0);
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: join(screenshotDir, `${name}-320px.png`), fullPage: true });
		}
	} finally {
		await cand.dispose();
	}
});

test('a session ended in another tab loses nothing: the text is kept, said so, and sent once logged in again', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const cand = await newCandidate(baseURL!);
	try {
		await loginWithCode(page, cand.code, cand.attemptId);
		await page.goto(`/epreuve/${cand.attemptId}/s1`);
		await page.getByRole('textbox', { name: 'Nouvelle cause' }).fill('Cible trop large.');
		await page.getByRole('button', { name: 'Ajouter la cause' }).press('Enter');
		const field = page.getByRole('textbox', { name: 'Texte de la cause n° 1' });
		await expect(field).toHaveValue('Cible trop large.');

		// Another tab of the same browser logs out: the session (a shared cookie) ends.
		const other = await context.newPage();
		await other.goto(`/epreuve/${cand.attemptId}`);
		await other.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(other).toHaveURL(/\/connexion$/);

		// The first tab keeps typing: refused as signed out, kept, and said so.
		await field.focus();
		await page.keyboard.press('End');
		await page.keyboard.type(' Écrit après la déconnexion.');
		const status = page.locator('.save-status[data-state="signed-out"]');
		await expect(status).toContainText('Session terminée — votre texte est gardé sur cet appareil', { timeout: 10_000 });
		await expect(status.getByRole('link', { name: 'Se reconnecter' })).toHaveAttribute('href', '/connexion');
		const drafts = await page.evaluate(() => Object.values(localStorage));
		expect(drafts).toContain('Cible trop large. Écrit après la déconnexion.');
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: join(screenshotDir, 's1-session-terminee.png'), fullPage: true });

		// Logged in again in the other tab: the first tab's next retry sends the text.
		await loginWithCode(other, cand.code, cand.attemptId);
		await expect
			.poll(async () => (await cand.asCandidate<{ attempt: { report: { causes: { text: string }[] } } }>(CAUSE, { id: cand.attemptId })).data?.attempt.report.causes[0].text, {
				timeout: 30_000
			})
			.toBe('Cible trop large. Écrit après la déconnexion.');
		await expect(page.locator('.save-status[data-state="saved"]').first()).toBeVisible({ timeout: 15_000 });
	} finally {
		await cand.dispose();
	}
});
