/**
 * Test setup through the real API, as the exam staff would do it: the demo's
 * staff account (its password is in the demo's credentials file, in the
 * server's temporary data directory) schedules an exam session of its own for
 * each test, enrols a candidate (whose access code the API returns once) and
 * later moves the schedule so that J2 opens — the honest way to reach J2 in
 * a certification session without waiting a day.
 */
import { request, type APIRequestContext } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface DemoFile {
	staffEmail: string;
	staffPassword: string;
	candidates: { name: string; code: string }[];
}

async function demoFile(): Promise<DemoFile> {
	const dir = process.env.E2E_DATA_DIR;
	if (!dir) throw new Error('E2E_DATA_DIR is not set: run through playwright.config.ts');
	const path = join(dir, 'demo-credentials.json');
	for (let i = 0; i < 300 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
	return JSON.parse(readFileSync(path, 'utf8')) as DemoFile;
}

async function gql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
	const res = await api.post('/graphql', { data: { query, variables } });
	const body = await res.json();
	if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
	return body.data as T;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HOUR = 3_600_000;

/** A schedule whose J1 is open now (started an hour ago) and J2 tomorrow. */
function j1Now(now = Date.now()) {
	return {
		j1Start: iso(now - HOUR),
		j1End: iso(now + 6 * HOUR),
		j2Start: iso(now + 24 * HOUR),
		j2End: iso(now + 31 * HOUR),
		j3Start: iso(now + 48 * HOUR),
		j3End: iso(now + 57 * HOUR)
	};
}

/** A schedule whose J1 ended a minute ago and J2 is open now. */
function j2Now(now = Date.now()) {
	return {
		j1Start: iso(now - 8 * HOUR),
		j1End: iso(now - 60_000),
		j2Start: iso(now - 60_000),
		j2End: iso(now + 6 * HOUR),
		j3Start: iso(now + 24 * HOUR),
		j3End: iso(now + 33 * HOUR)
	};
}

export interface Candidate {
	examId: string;
	attemptId: string;
	code: string;
	/** Staff: opens J2 now for the whole session (adjustSchedule through the API). */
	openJ2(): Promise<void>;
	/** Runs a GraphQL document with this candidate's own session (for the refusals after the lock). */
	asCandidate<T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
	dispose(): Promise<void>;
}

let counter = 0;

/** A new exam session (certification or practice) with one candidate, J1 open now. */
export async function newCandidate(baseURL: string, mode: 'CERTIFICATION' | 'PRACTICE' = 'CERTIFICATION', extraTimePct = 0): Promise<Candidate> {
	const demo = await demoFile();
	const staff = await request.newContext({ baseURL });
	await gql(staff, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){user{id}}}', {
		e: demo.staffEmail,
		p: demo.staffPassword
	});
	const n = ++counter;
	const { scheduleExam } = await gql<{ scheduleExam: { id: string } }>(
		staff,
		'mutation($i:ScheduleExamInput!){scheduleExam(input:$i){id}}',
		{ i: { scenarioId: 'vitalia', title: `Session de test ${n}`, mode, schedule: j1Now() } }
	);
	const examId = scheduleExam.id;
	const { enrolCandidate } = await gql<{ enrolCandidate: { attemptId: string; accessCode: string } }>(
		staff,
		'mutation($i:EnrolCandidateInput!){enrolCandidate(input:$i){attemptId accessCode}}',
		{ i: { examId, displayName: `Candidate ${n}`, email: `candidate-${n}-${Date.now()}@test.cellule`, extraTimePct } }
	);
	const candidate = await request.newContext({ baseURL });
	await gql(candidate, 'mutation($c:String!){loginWithCode(code:$c){user{id}}}', { c: enrolCandidate.accessCode });
	return {
		examId,
		attemptId: enrolCandidate.attemptId,
		code: enrolCandidate.accessCode,
		async openJ2() {
			await gql(staff, 'mutation($i:AdjustScheduleInput!){adjustSchedule(input:$i){id}}', {
				i: { examId, schedule: j2Now(), reason: 'Test : ouverture du J2' }
			});
		},
		async asCandidate(query, variables = {}) {
			const res = await candidate.post('/graphql', { data: { query, variables } });
			return res.json();
		},
		async dispose() {
			await staff.dispose();
			await candidate.dispose();
		}
	};
}
