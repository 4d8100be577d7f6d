// Starts the Go server that serves the built app, on a free loopback port with
// a temporary data directory, for the browser tests (global-setup.ts) and the
// performance check (scripts/perf.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The server under test: the real `cellule serve` (GraphQL API, embedded store,
 * offline agents, the SPA embedded from frontend/build) with its demo seed, on
 * an empty temporary data directory. The tests act as staff through the API
 * (credentials from the demo's demo-credentials.json) to create their own
 * exam sessions and candidates.
 */
const serverCommand = (addr, dataDir) => ['go', 'run', './cmd/cellule', 'serve', '--demo', '--addr', addr, '--data', dataDir];

function freePort() {
	return new Promise((resolvePort, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolvePort(port));
		});
	});
}

async function waitHealthy(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server not healthy at ${url} after ${timeoutMs} ms`);
}

/** Starts the server; resolves to its base URL, its data directory and a stop function. */
export async function startServer() {
	const port = await freePort();
	const addr = `127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'cellule-e2e-'));
	const [cmd, ...args] = serverCommand(addr, dataDir);
	// A process group of its own, so that stopping it also stops the binary `go run` built.
	const child = spawn(cmd, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
	const baseURL = `http://${addr}`;
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
		}
		rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		// The first run compiles the server: allow for it on a 2-core machine.
		await waitHealthy(`${baseURL}/healthz`, child, 180_000);
	} catch (err) {
		await stop();
		throw err;
	}
	return { baseURL, dataDir, stop };
}

/** Debian's Chromium, never a downloaded browser. */
export const chromiumLaunchOptions = {
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
