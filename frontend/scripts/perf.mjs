// Performance check (reported, not asserted): starts the real server
// (e2e/server.mjs: `cellule serve --demo` on a temporary data directory),
// and in Debian's Chromium measures
//   - for the public pages and the candidate's workspace, cold (empty cache):
//     the JavaScript of the first load as sent over the wire (compressed) and
//     the time to interactive (navigation start → performance mark set when
//     the page is usable: 'cellule:interactive' for the shell,
//     'cellule:workspace-ready' once the attempt is shown);
//   - the first agent chunk on screen after « Envoyer »: the measure
//     'cellule:first-chunk' (Workspace.ask: click → first chunk rendered and
//     painted), over several questions.
// Usage (in frontend/): npm run build && npm run perf [-- runs]
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions, startServer } from '../e2e/server.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const PAGES = ['/', '/connexion'];

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function waitMark(page, name) {
	return page.evaluate(async (name) => {
		for (let i = 0; i < 250 && performance.getEntriesByName(name).length === 0; i++) {
			await new Promise((r) => setTimeout(r, 20));
		}
		const mark = performance.getEntriesByName(name)[0];
		const nav = performance.getEntriesByType('navigation')[0];
		return { interactive: mark?.startTime ?? NaN, domContentLoaded: nav.domContentLoadedEventEnd };
	}, name);
}

async function measure(context, url, mark) {
	const page = await context.newPage();
	const scripts = [];
	page.on('requestfinished', async (request) => {
		if (request.resourceType() !== 'script' && !request.url().endsWith('.js')) return;
		const response = await request.response();
		const sizes = await request.sizes();
		scripts.push({ url: request.url(), encoding: response?.headers()['content-encoding'] ?? 'identity', bytes: sizes.responseBodySize });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const tti = await waitMark(page, mark);
	await page.close();
	const unique = new Map(scripts.map((s) => [s.url, s]));
	return {
		jsBytes: [...unique.values()].reduce((n, s) => n + s.bytes, 0),
		files: unique.size,
		encodings: [...new Set([...unique.values()].map((s) => s.encoding))],
		...tti
	};
}

function summarise(runs) {
	return {
		runs: runs.length,
		jsFiles: runs[0].files,
		jsEncodings: runs[0].encodings,
		jsCompressedKB: +(runs[0].jsBytes / 1024).toFixed(1),
		timeToInteractiveMs: +median(runs.map((r) => r.interactive)).toFixed(0),
		timeToInteractiveMaxMs: +Math.max(...runs.map((r) => r.interactive)).toFixed(0),
		domContentLoadedMs: +median(runs.map((r) => r.domContentLoaded)).toFixed(0)
	};
}

async function demoCode(dataDir) {
	const path = join(dataDir, 'demo-credentials.json');
	for (let i = 0; i < 300 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
	return JSON.parse(readFileSync(path, 'utf8')).candidates[0].code;
}

const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);
const report = {};
try {
	for (const path of PAGES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			// A new context each run: empty cache, like a candidate's first visit.
			const context = await browser.newContext();
			runs.push(await measure(context, server.baseURL + path, 'cellule:interactive'));
			await context.close();
		}
		report[path] = summarise(runs);
	}

	// The workspace of a demo candidate (J1 open now), signed in through the API.
	const code = await demoCode(server.dataDir);
	const runs = [];
	let attemptId;
	for (let i = 0; i < RUNS; i++) {
		const context = await browser.newContext({ baseURL: server.baseURL });
		const login = await context.request.post('/graphql', {
			data: { query: 'mutation($c:String!){loginWithCode(code:$c){user{id}}}', variables: { c: code } }
		});
		if (!login.ok()) throw new Error(`login: ${login.status()}`);
		if (!attemptId) {
			const res = await context.request.post('/graphql', { data: { query: '{myAttempts{id}}' } });
			attemptId = (await res.json()).data.myAttempts[0].id;
		}
		runs.push(await measure(context, `${server.baseURL}/epreuve/${attemptId}/agents`, 'cellule:workspace-ready'));
		await context.close();
	}
	report['/epreuve/<id>/agents'] = summarise(runs);

	// First chunk on screen after sending, over several questions to the open agents.
	const context = await browser.newContext({ baseURL: server.baseURL });
	await context.request.post('/graphql', {
		data: { query: 'mutation($c:String!){loginWithCode(code:$c){user{id}}}', variables: { c: code } }
	});
	const page = await context.newPage();
	await page.goto(`/epreuve/${attemptId}/agents`);
	const chunks = [];
	const questions = [
		'Quel est le taux de conversion par rapport à la cible ?',
		'Combien de souscriptions la campagne a-t-elle générées ?',
		'Quelle part de l’audience était dans la cible ?',
		'Quel était le budget média de la campagne ?',
		'Que disent les conseillers en agence ?',
		'Quelle est la notoriété assistée chez les 25-35 ans ?',
		'Combien de visites sur la page de l’offre ?'
	];
	for (let i = 0; i < RUNS; i++) {
		const panel = page.getByRole('tabpanel');
		const before = await page.evaluate(() => performance.getEntriesByName('cellule:first-chunk').length);
		await panel.getByRole('textbox', { name: /^Votre question à / }).fill(questions[i % questions.length]);
		await panel.getByRole('button', { name: 'Envoyer la question' }).click();
		await page.waitForFunction((n) => performance.getEntriesByName('cellule:first-chunk').length > n, before, { timeout: 15_000 });
		chunks.push(await page.evaluate(() => performance.getEntriesByName('cellule:first-chunk').at(-1).duration));
		await page.getByRole('button', { name: 'Envoyer la question' }).waitFor({ state: 'visible' });
		await page.waitForFunction(() => !document.querySelector('[data-testid="streaming-answer"]'));
	}
	await context.close();
	report.firstChunkOnScreen = {
		runs: chunks.length,
		medianMs: +median(chunks).toFixed(0),
		maxMs: +Math.max(...chunks).toFixed(0)
	};
} finally {
	await browser.close();
	await server.stop();
}

for (const [path, r] of Object.entries(report)) {
	if (path === 'firstChunkOnScreen') {
		console.log(`first agent chunk on screen after sending: median ${r.medianMs} ms, max ${r.maxMs} ms over ${r.runs} questions`);
		continue;
	}
	console.log(
		`${path}: first-load JS ${r.jsCompressedKB} KB compressed (${r.jsFiles} files, ${r.jsEncodings.join('/')}); ` +
			`time to interactive median ${r.timeToInteractiveMs} ms, max ${r.timeToInteractiveMaxMs} ms over ${r.runs} cold loads ` +
			`(DOMContentLoaded ${r.domContentLoadedMs} ms)`
	);
}
console.log(JSON.stringify(report));
