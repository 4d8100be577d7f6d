// Performance check of the first load (reported, not asserted): starts the Go
// server on the built app, loads each page cold in Debian's Chromium several
// times, and prints
//   - the JavaScript of the first load as sent over the wire (compressed), and
//   - the time to interactive: navigation start → the root layout and page
//     mounted (performance mark 'cellule:interactive', set in +layout.svelte).
// Usage (in frontend/): npm run build && npm run perf [-- runs]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, startServer } from '../e2e/server.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const PAGES = ['/', '/connexion'];

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(browser, url) {
	// A new context each run: empty cache, like a candidate's first visit.
	const context = await browser.newContext();
	const page = await context.newPage();
	const scripts = [];
	page.on('requestfinished', async (request) => {
		if (request.resourceType() !== 'script' && !request.url().endsWith('.js')) return;
		const response = await request.response();
		const sizes = await request.sizes();
		scripts.push({
			url: request.url(),
			encoding: response?.headers()['content-encoding'] ?? 'identity',
			bytes: sizes.responseBodySize
		});
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const tti = await page.evaluate(async () => {
		for (let i = 0; i < 100 && performance.getEntriesByName('cellule:interactive').length === 0; i++) {
			await new Promise((r) => setTimeout(r, 20));
		}
		const mark = performance.getEntriesByName('cellule:interactive')[0];
		const nav = performance.getEntriesByType('navigation')[0];
		return { interactive: mark?.startTime ?? NaN, domContentLoaded: nav.domContentLoadedEventEnd };
	});
	await context.close();
	const unique = new Map(scripts.map((s) => [s.url, s]));
	return {
		jsBytes: [...unique.values()].reduce((n, s) => n + s.bytes, 0),
		files: unique.size,
		encodings: [...new Set([...unique.values()].map((s) => s.encoding))],
		...tti
	};
}

const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);
const report = {};
try {
	for (const path of PAGES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.baseURL + path));
		report[path] = {
			runs: RUNS,
			jsFiles: runs[0].files,
			jsEncodings: runs[0].encodings,
			jsCompressedKB: +(runs[0].jsBytes / 1024).toFixed(1),
			timeToInteractiveMs: +median(runs.map((r) => r.interactive)).toFixed(0),
			timeToInteractiveMaxMs: +Math.max(...runs.map((r) => r.interactive)).toFixed(0),
			domContentLoadedMs: +median(runs.map((r) => r.domContentLoaded)).toFixed(0)
		};
	}
} finally {
	await browser.close();
	await server.stop();
}

for (const [path, r] of Object.entries(report)) {
	console.log(
		`${path}: first-load JS ${r.jsCompressedKB} KB compressed (${r.jsFiles} files, ${r.jsEncodings.join('/')}); ` +
			`time to interactive median ${r.timeToInteractiveMs} ms, max ${r.timeToInteractiveMaxMs} ms over ${r.runs} cold loads ` +
			`(DOMContentLoaded ${r.domContentLoadedMs} ms)`
	);
}
console.log(JSON.stringify(report));
