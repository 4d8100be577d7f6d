/**
 * Setup of the jury's browser tests through the real API: the demo's jury
 * account (printed by `cellule serve --demo`, kept in the demo's credentials
 * file), its locked attempts once the simulated cohort has submitted, a
 * second jury member created and assigned by the demo's staff, and a long
 * attempt for the replay's latency check.
 */
import { request, type APIRequestContext } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Demo {
	staffEmail: string;
	staffPassword: string;
	juryEmail: string;
	juryPassword: string;
	candidates: { name: string; code: string }[];
}

export async function demo(): Promise<Demo> {
	const dir = process.env.E2E_DATA_DIR;
	if (!dir) throw new Error('E2E_DATA_DIR is not set: run through playwright.config.ts');
	const path = join(dir, 'demo-credentials.json');
	for (let i = 0; i < 300 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
	return JSON.parse(readFileSync(path, 'utf8')) as Demo;
}

export interface GqlError {
	message: string;
	extensions?: { code?: string };
}

export async function raw<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
	const res = await api.post('/graphql', { data: { query, variables } });
	return (await res.json()) as { data?: T; errors?: GqlError[] };
}

export async function gql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
	const body = await raw<T>(api, query, variables);
	if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
	return body.data as T;
}

export async function signIn(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
	const api = await request.newContext({ baseURL });
	await gql(api, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){user{id}}}', { e: email, p: password });
	return api;
}

export interface JuryCandidate {
	attemptId: string;
	examId: string;
	candidateId: string;
	displayName: string;
	oralSlot: string;
	status: string;
}

const CANDIDATES = '{juryCandidates{attemptId examId candidateId displayName oralSlot status}}';

/** The demo jury's candidates once at least `min` of them are locked (the simulated cohort submits after the server starts). */
export async function lockedCandidates(jury: APIRequestContext, min = 2): Promise<JuryCandidate[]> {
	const deadline = Date.now() + 180_000;
	for (;;) {
		const { juryCandidates } = await gql<{ juryCandidates: JuryCandidate[] }>(jury, CANDIDATES);
		const locked = juryCandidates.filter((c) => c.status !== 'WRITING');
		if (locked.length >= min) return locked;
		if (Date.now() > deadline) throw new Error(`only ${locked.length} locked demo attempts after 3 minutes`);
		await new Promise((r) => setTimeout(r, 1000));
	}
}

/** Staff creates another jury account and assigns it to the candidate; returns its credentials. */
export async function secondJury(staff: APIRequestContext, c: JuryCandidate): Promise<{ email: string; password: string }> {
	const email = `jury2-${Date.now()}@test.cellule`;
	const password = 'mot-de-passe-jury-2';
	await gql(staff, 'mutation($i:AddUserInput!){addUser(input:$i){id}}', {
		i: { role: 'JURY', email, displayName: 'Second membre du jury', password }
	});
	const { users } = await gql<{ users: { id: string; email: string }[] }>(staff, '{users(role:JURY){id email}}');
	const id = users.find((u) => u.email === email)?.id;
	if (!id) throw new Error('the new jury account is not listed');
	await gql(staff, 'mutation($i:AssignJuryInput!){assignJury(input:$i){id}}', {
		i: { examId: c.examId, juryId: id, candidateId: c.candidateId, oralSlot: c.oralSlot }
	});
	return { email, password };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HOUR = 3_600_000;

/**
 * A practice session with one candidate who writes `events` events (cause
 * edits, as the debounced editor sends them, and KPI rows), opens J2 early,
 * writes three conclusions and submits; the demo jury is assigned to them.
 * Returns the attempt id and its length.
 */
export async function longAttempt(baseURL: string, staff: APIRequestContext, juryId: string, events: number) {
	const now = Date.now();
	const { scheduleExam } = await gql<{ scheduleExam: { id: string } }>(staff, 'mutation($i:ScheduleExamInput!){scheduleExam(input:$i){id}}', {
		i: {
			scenarioId: 'vitalia',
			title: 'Session longue (mesure du rejeu)',
			mode: 'PRACTICE',
			schedule: {
				j1Start: iso(now - HOUR),
				j1End: iso(now + 6 * HOUR),
				j2Start: iso(now + 24 * HOUR),
				j2End: iso(now + 31 * HOUR),
				j3Start: iso(now + 48 * HOUR),
				j3End: iso(now + 57 * HOUR)
			}
		}
	});
	const examId = scheduleExam.id;
	const { enrolCandidate } = await gql<{ enrolCandidate: { candidateId: string; attemptId: string; accessCode: string } }>(
		staff,
		'mutation($i:EnrolCandidateInput!){enrolCandidate(input:$i){candidateId attemptId accessCode}}',
		{ i: { examId, displayName: 'Candidat au long parcours', email: `long-${now}@test.cellule` } }
	);
	await gql(staff, 'mutation($i:AssignJuryInput!){assignJury(input:$i){id}}', {
		i: { examId, juryId, candidateId: enrolCandidate.candidateId, oralSlot: iso(now + 50 * HOUR) }
	});
	const cand = await request.newContext({ baseURL });
	await gql(cand, 'mutation($c:String!){loginWithCode(code:$c){user{id}}}', { c: enrolCandidate.accessCode });
	const attemptId = enrolCandidate.attemptId;
	const { addCause } = await gql<{ addCause: { id: string } }>(cand, 'mutation($i:CauseInput!){addCause(input:$i){id}}', {
		i: { attemptId, text: 'Le tunnel de souscription perd les leads' }
	});
	let version = 0;
	for (let i = 0; version < events - 5; i++) {
		const r = await gql<{ editCause: { version: number } }>(cand, 'mutation($i:CauseInput!){editCause(input:$i){version}}', {
			i: { attemptId, id: addCause.id, text: `Le tunnel de souscription perd les leads (version ${i})` }
		});
		version = r.editCause.version;
	}
	for (const text of ['Réparer le tunnel', 'Former les conseillers', 'Cibler les indépendants']) {
		await gql(cand, 'mutation($i:ConclusionInput!){writeConclusion(input:$i){id}}', { i: { attemptId, text } });
	}
	await gql(cand, 'mutation($i:AttemptRefInput!){openJ2Early(input:$i){version}}', { i: { attemptId } });
	const { submitReport } = await gql<{ submitReport: { version: number } }>(cand, 'mutation($i:AttemptRefInput!){submitReport(input:$i){version}}', {
		i: { attemptId }
	});
	await cand.dispose();
	return { attemptId, length: submitReport.version };
}
