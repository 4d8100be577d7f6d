/**
 * The candidate's workspace for one attempt: the attempt as the server last
 * described it, kept fresh by the attemptUpdates subscription (another tab,
 * the deadline, an answer recorded), and the agents' answers streaming in.
 *
 * Every report edit is a mutation whose answer carries the attempt after it
 * (read-your-writes); a state is only applied when its version is not older
 * than the one shown, so a slow answer never rolls the screen back.
 */
import { getContext, setContext, tick } from 'svelte';
import { announce } from './announcer.svelte';
import { ApiError, mutate, newId, onReconnect, query, subscribe } from './gql/client';
import {
	AnswerChunksDocument,
	AskQuestionDocument,
	AttemptDocument,
	AttemptUpdatesDocument,
	RetryQuestionDocument,
	type AttemptQuery,
	type AttemptStateFragment,
	type TypedDocumentString
} from './gql/generated/graphql';

export type FullAttempt = AttemptQuery['attempt'];
export type Question = FullAttempt['questions'][number];

/** What every attempt mutation answers. */
export interface AttemptChange {
	id: string;
	version: number;
	attempt: AttemptStateFragment;
}

/** Performance entry measured from « Envoyer » to the first chunk of the answer drawn. */
export const FIRST_CHUNK_MEASURE = 'cellule:first-chunk';

/** Delay that folds a burst of attemptUpdates (one per event) into one refetch. */
const REFRESH_DEBOUNCE_MS = 150;

export class Workspace {
	attempt = $state<FullAttempt | null>(null);
	/** Why the attempt could not be loaded (French), if so. */
	loadError = $state('');
	/** The answer so far of each question being answered, by question id. */
	streams = $state<Record<string, string>>({});

	readonly id: string;
	#answerSubs = new Map<string, () => void>();
	#stops: (() => void)[] = [];
	#refreshTimer: ReturnType<typeof setTimeout> | undefined;
	#phaseTimer: ReturnType<typeof setTimeout> | undefined;
	#refreshing: Promise<void> | null = null;

	constructor(id: string) {
		this.id = id;
	}

	/** Loads the attempt; rejects with an ApiError (UNAUTHENTICATED, NOT_FOUND…). */
	async load(): Promise<void> {
		const data = await query(AttemptDocument, { id: this.id });
		this.#replace(data.attempt);
	}

	/** Follows the attempt live until stop(). */
	start(): void {
		this.#stops.push(
			subscribe(
				AttemptUpdatesDocument,
				{ attemptId: this.id },
				({ attemptUpdates: u }) => {
					if (!this.attempt || u.version > this.attempt.version) this.refreshSoon();
				},
				() => this.refreshSoon()
			),
			onReconnect(() => this.refreshSoon())
		);
		const online = () => this.refreshSoon();
		window.addEventListener('online', online);
		this.#stops.push(() => window.removeEventListener('online', online));
	}

	stop(): void {
		for (const s of this.#stops.splice(0)) s();
		for (const s of this.#answerSubs.values()) s();
		this.#answerSubs.clear();
		clearTimeout(this.#refreshTimer);
		clearTimeout(this.#phaseTimer);
	}

	/** Refetches the attempt shortly (several triggers in a row cost one request). */
	refreshSoon(): void {
		clearTimeout(this.#refreshTimer);
		this.#refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
	}

	async refresh(): Promise<void> {
		if (this.#refreshing) return this.#refreshing;
		this.#refreshing = query(AttemptDocument, { id: this.id })
			.then((data) => this.#replace(data.attempt))
			.catch(() => {
				// Offline: the next 'online' or reconnection refreshes.
			})
			.finally(() => (this.#refreshing = null));
		return this.#refreshing;
	}

	#replace(fresh: FullAttempt) {
		if (this.attempt && fresh.version < this.attempt.version) return;
		this.attempt = fresh;
		for (const q of fresh.questions) if (q.streaming || q.status === 'PENDING') this.#follow(q.id);
		this.#schedulePhaseChange();
	}

	/** The phase is derived from the clock: refetch when the next boundary passes. */
	#schedulePhaseChange() {
		clearTimeout(this.#phaseTimer);
		const a = this.attempt;
		if (!a || a.locked) return;
		const now = Date.now();
		const next = [a.schedule.j1Start, j1EndFor(a), a.schedule.j2Start, a.deadline]
			.map((t) => new Date(t).getTime())
			.filter((t) => t > now)
			.sort((x, y) => x - y)[0];
		// setTimeout holds at most ~24.8 days; a boundary further away is re-planned on the next refresh.
		if (next !== undefined && next - now < 2 ** 31 - 1) {
			this.#phaseTimer = setTimeout(() => void this.refresh(), next - now + 500);
		}
	}

	/** Applies the state a mutation answered, unless the screen already shows a newer one. */
	apply(state: AttemptStateFragment): void {
		if (!this.attempt || state.version < this.attempt.version) return;
		Object.assign(this.attempt, state);
		this.#schedulePhaseChange();
	}

	/**
	 * Runs an attempt mutation (attemptId filled in) and applies its result.
	 * A LOCKED or PHASE_CLOSED refusal refreshes the screen, which then shows why.
	 */
	async change<V extends { input: object }>(
		doc: TypedDocumentString<unknown, V>,
		input: Omit<V['input'], 'attemptId'>
	): Promise<AttemptChange> {
		try {
			const data = (await mutate(doc, { input: { ...input, attemptId: this.id } } as never)) as Record<
				string,
				unknown
			>;
			const change = Object.values(data).find((v): v is AttemptChange => !!v && typeof v === 'object');
			if (!change) throw new ApiError('INTERNAL', 'Réponse du serveur incomplète.');
			this.apply(change.attempt);
			return change;
		} catch (err) {
			if (err instanceof ApiError && (err.code === 'LOCKED' || err.code === 'PHASE_CLOSED')) this.refreshSoon();
			throw err;
		}
	}

	/** Asks an agent; the answer streams into `streams` and lands in the question. */
	async ask(agentId: string, text: string): Promise<void> {
		const questionId = newId('q');
		const sentAt = performance.now();
		await this.change(AskQuestionDocument, { agentId, text, questionId, commandId: questionId });
		const a = this.attempt;
		if (a && !a.questions.some((q) => q.id === questionId)) {
			a.questions.push({
				__typename: 'Question',
				id: questionId,
				agentId,
				text,
				day: a.phase === 'J2' ? 'J2' : 'J1',
				askedAt: new Date().toISOString(),
				status: 'PENDING',
				streaming: true,
				failures: 0,
				lastFailure: '',
				pinned: false,
				excerpt: '',
				answer: null
			});
		}
		this.#follow(questionId, sentAt);
	}

	/** Asks again a question whose answer failed. */
	async retry(questionId: string): Promise<void> {
		const q = this.question(questionId);
		if (q) {
			q.status = 'PENDING';
			q.streaming = true;
		}
		await this.change(RetryQuestionDocument, { questionId, commandId: newId('retry') });
		this.#answerSubs.get(questionId)?.();
		this.#answerSubs.delete(questionId);
		this.#follow(questionId, performance.now());
	}

	question(id: string): Question | undefined {
		return this.attempt?.questions.find((q) => q.id === id);
	}

	agentName(id: string): string {
		return this.attempt?.agents.find((a) => a.id === id)?.name ?? id;
	}

	#follow(questionId: string, sentAt?: number) {
		if (this.#answerSubs.has(questionId)) return;
		let next = 0;
		this.streams[questionId] = '';
		const end = () => {
			this.#answerSubs.get(questionId)?.();
			this.#answerSubs.delete(questionId);
			delete this.streams[questionId];
		};
		const stop = subscribe(
			AnswerChunksDocument,
			{ attemptId: this.id, questionId },
			({ answerChunks: c }) => {
				if (!c.done) {
					// A late subscriber is replayed every chunk: never show one twice.
					if (c.seq < next) return;
					next = c.seq + 1;
					this.streams[questionId] = (this.streams[questionId] ?? '') + c.text;
					if (c.seq === 0 && sentAt !== undefined) void measureFirstChunk(sentAt);
					return;
				}
				const q = this.question(questionId);
				if (q) {
					q.streaming = false;
					if (c.answer) {
						q.answer = c.answer;
						q.status = 'ANSWERED';
					} else {
						q.status = 'FAILED';
						q.failures += 1;
						q.lastFailure = c.failure ?? '';
					}
				}
				end();
				const who = this.agentName(q?.agentId ?? '');
				// The one announcement of an answer: when it is complete.
				announce(
					c.answer
						? `Réponse de ${who} : ${c.answer.text}`
						: `${who} n'a pas pu répondre. Vous pouvez reposer la question.`
				);
			},
			() => {
				end();
				this.refreshSoon();
			},
			// Ended without its last message (server restart, lost socket): the recorded state tells.
			() => {
				if (this.#answerSubs.has(questionId)) {
					end();
					this.refreshSoon();
				}
			}
		);
		this.#answerSubs.set(questionId, stop);
	}
}

async function measureFirstChunk(sentAt: number) {
	await tick();
	requestAnimationFrame(() => {
		performance.measure(FIRST_CHUNK_MEASURE, { start: sentAt, end: performance.now() });
	});
}

/** The end of J1 for this candidate: J1 end plus the extra time on J1's length, never past J2's start. */
export function j1EndFor(a: Pick<AttemptStateFragment, 'schedule' | 'extraTimePct'>): string {
	const start = new Date(a.schedule.j1Start).getTime();
	const end = new Date(a.schedule.j1End).getTime();
	const extended = end + ((end - start) * a.extraTimePct) / 100;
	return new Date(Math.min(extended, new Date(a.schedule.j2Start).getTime())).toISOString();
}

/** The context key of the workspace (exported for component tests). */
export const WORKSPACE_KEY = Symbol('workspace');
const KEY = WORKSPACE_KEY;

export function setWorkspace(ws: Workspace): Workspace {
	return setContext(KEY, ws);
}

export function getWorkspace(): Workspace {
	return getContext<Workspace>(KEY);
}

/** The localStorage key of a field's unsent text. */
export function draftKey(attemptId: string, field: string): string {
	return `cellule:draft:${attemptId}:${field}`;
}

/** The editing lock as the candidate sees it: locked, or not in a phase that allows it. */
export function canEditS1(a: Pick<AttemptStateFragment, 'phase' | 'locked'>): boolean {
	return !a.locked && (a.phase === 'J1' || a.phase === 'J2');
}

export function canEditS2(a: Pick<AttemptStateFragment, 'phase' | 'locked'>): boolean {
	return !a.locked && a.phase === 'J2';
}
