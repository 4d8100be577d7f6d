// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

describe('generated GraphQL types', () => {
	it('match api/*.graphqls and the operations (run `npm run codegen` when this fails)', () => {
		// --check regenerates in memory and exits 1 naming the stale files.
		let output = '';
		try {
			output = execFileSync(resolve(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
				cwd: root,
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (err) {
			const e = err as { stdout?: string; stderr?: string };
			expect.fail(`stale generated types — run npm run codegen\n${e.stdout ?? ''}${e.stderr ?? ''}`);
		}
		expect(output).not.toContain('stale');
	}, 90_000);
});
