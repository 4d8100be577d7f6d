import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './gql/client';
import type { AttemptStateFragment } from './gql/generated/graphql';
import { canEditS1, canEditS2, j1EndFor, Workspace, type FullAttempt } from './workspace.svelte';

const schedule = {
	j1Start: '2027-01-11T08:00:00Z',
	j1End: '2027-01-11T15:00:00Z',
	j2Start: '2027-01-12T08:00:00Z',
	j2End: '2027-01-12T15:00:00Z',
	j3Start: '2027-01-13T08:00:00Z',
	j3End: '2027-01-13T17:00:00Z'
};

describe('j1EndFor', () => {
	it('extends J1 by the extra time on its length', () => {
		expect(j1EndFor({ schedule, extraTimePct: 0 })).toBe('2027-01-11T15:00:00.000Z');
		// A third of 7 hours = 2 h 20.
		expect(j1EndFor({ schedule, extraTimePct: 33.3333333 })).toMatch(/^2027-01-11T17:19:59|^2027-01-11T17:20:00/);
	});

	it('never past the start of J2', () => {
		expect(j1EndFor({ schedule: { ...schedule, j2Start: '2027-01-11T16:00:00Z' }, extraTimePct: 50 })).toBe(
			'2027-01-11T16:00:00.000Z'
		);
	});
});

describe('what the candidate may edit', () => {
	it.each([
		['J1', false, true, false],
		['J2', false, true, true],
		['J2', true, false, false],
		['BREAK', false, false, false],
		['NOT_STARTED', false, false, false],
		['CLOSED', false, false, false]
	] as const)('phase %s, locked %s: S1 %s, S2 %s', (phase, locked, s1, s2) => {
		expect(canEditS1({ phase, locked })).toBe(s1);
		expect(canEditS2({ phase, locked })).toBe(s2);
	});
});

describe('Workspace.apply', () => {
	function workspaceAt(version: number) {
		const ws = new Workspace('att-1');
		ws.attempt = { id: 'att-1', version, locked: false, phase: 'J1', checklist: [], questions: [] } as unknown as FullAttempt;
		return ws;
	}
	const state = (version: number, locked = false) =>
		({ id: 'att-1', version, locked, phase: locked ? 'CLOSED' : 'J1', checklist: [] }) as unknown as AttemptStateFragment;

	it('applies a newer state a mutation answered', () => {
		const ws = workspaceAt(5);
		ws.apply(state(7, true));
		expect(ws.attempt).toMatchObject({ version: 7, locked: true, phase: 'CLOSED' });
	});

	it('never rolls the screen back to an older state (a slow answer after a newer refresh)', () => {
		const ws = workspaceAt(9);
		ws.apply(state(7, true));
		expect(ws.attempt).toMatchObject({ version: 9, locked: false });
	});
});

describe('API errors', () => {
	it('carry the code, the French message and the field of the first GraphQL error', () => {
		const e = toApiError({
			graphQLErrors: [{ message: 'La cible doit être un nombre.', extensions: { code: 'INVALID_INPUT', field: 'target' } }]
		});
		expect(e).toBeInstanceOf(ApiError);
		expect(e).toMatchObject({ code: 'INVALID_INPUT', message: 'La cible doit être un nombre.', field: 'target', network: false });
	});

	it('a request that got no answer is a network error, to retry', () => {
		const e = toApiError({ networkError: new TypeError('Failed to fetch'), graphQLErrors: [] });
		expect(e.code).toBe('NETWORK');
		expect(e.network).toBe(true);
	});
});
