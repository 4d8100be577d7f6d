/**
 * The replay's player: which event is shown, playing at a speed, filtered by
 * kind, and the report as it stood at that event (fetched from the server,
 * which folds the history up to there; the latest request wins, recent
 * versions are kept so that stepping back and forth costs nothing).
 */
import { query } from '$lib/gql/client';
import { JuryAttemptAtDocument, type JuryAttemptAtQuery, type TimelineKind } from '$lib/gql/generated/graphql';

export type AttemptAt = JuryAttemptAtQuery['attemptAt'];

export interface TimelineEntry {
	version: number;
	kind: TimelineKind;
	at: string;
	summary: string;
	questionId: string | null;
	agentId: string | null;
	factIds: string[];
}

/** The kinds, in the order the filters list them, with their French labels. */
export const KINDS: { kind: TimelineKind; label: string }[] = [
	{ kind: 'QUESTION', label: 'Questions' },
	{ kind: 'ANSWER', label: 'Réponses' },
	{ kind: 'EVIDENCE', label: 'Preuves' },
	{ kind: 'KPI', label: 'KPI' },
	{ kind: 'CAUSE', label: 'Causes' },
	{ kind: 'CONCLUSION', label: 'Conclusions' },
	{ kind: 'CONCEPT', label: 'Concept' },
	{ kind: 'PLANNING', label: 'Planning' },
	{ kind: 'BUDGET', label: 'Budget' },
	{ kind: 'COMMUNICATION', label: 'Communication' },
	{ kind: 'LINK', label: 'Liens J1→J2' },
	{ kind: 'ORAL_PREP', label: "Préparation de l'oral" },
	{ kind: 'LOCK', label: 'Verrouillage' },
	{ kind: 'SETUP', label: 'Organisation' }
];

/** Events per second at each speed. */
export const SPEEDS = [1, 2, 5, 10] as const;

const CACHE = 64;

export class Player {
	readonly attemptId: string;
	readonly entries: TimelineEntry[];
	version = $state(1);
	playing = $state(false);
	speed = $state<(typeof SPEEDS)[number]>(1);
	kinds = $state<TimelineKind[]>(KINDS.map((k) => k.kind));
	/** The report at `shownVersion` (it lags `version` while a fetch runs). */
	shown = $state<AttemptAt | null>(null);
	shownVersion = $state(0);
	error = $state('');

	#cache = new Map<number, AttemptAt>();
	#wanted = 0;
	#timer: ReturnType<typeof setInterval> | undefined;
	/** performance.now() when the current step was asked for (the latency check reads the measures). */
	#stepStart = 0;

	constructor(attemptId: string, entries: TimelineEntry[], start = entries.length) {
		this.attemptId = attemptId;
		this.entries = entries;
		this.version = Math.max(1, Math.min(start, entries.length));
	}

	get length(): number {
		return this.entries.length;
	}

	get current(): TimelineEntry | undefined {
		return this.entries[this.version - 1];
	}

	visible(e: TimelineEntry): boolean {
		return this.kinds.includes(e.kind);
	}

	/** Moves to version v (clamped) and fetches the report as it stood then. */
	go(v: number): void {
		const next = Math.max(1, Math.min(Math.round(v), this.length));
		this.version = next;
		void this.#load(next);
	}

	/** The next (dir 1) or previous (-1) event of a selected kind, if any. */
	neighbour(dir: 1 | -1): number | null {
		for (let v = this.version + dir; v >= 1 && v <= this.length; v += dir) {
			if (this.visible(this.entries[v - 1])) return v;
		}
		return null;
	}

	step(dir: 1 | -1): void {
		const v = this.neighbour(dir);
		if (v !== null) this.go(v);
	}

	play(): void {
		if (this.playing) return;
		if (this.neighbour(1) === null) this.go(1);
		this.playing = true;
		this.#schedule();
	}

	pause(): void {
		this.playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	setSpeed(s: (typeof SPEEDS)[number]): void {
		this.speed = s;
		if (this.playing) this.#schedule();
	}

	#schedule(): void {
		clearInterval(this.#timer);
		this.#timer = setInterval(() => {
			const v = this.neighbour(1);
			if (v === null) this.pause();
			else this.go(v);
		}, 1000 / this.speed);
	}

	async #load(v: number): Promise<void> {
		this.#wanted = v;
		this.#stepStart = performance.now();
		let a = this.#cache.get(v);
		if (!a) {
			try {
				a = (await query(JuryAttemptAtDocument, { id: this.attemptId, version: v })).attemptAt;
			} catch (err) {
				if (this.#wanted === v) this.error = err instanceof Error ? err.message : String(err);
				return;
			}
			this.#cache.set(v, a);
			if (this.#cache.size > CACHE) this.#cache.delete(this.#cache.keys().next().value as number);
		}
		if (this.#wanted !== v) return; // a later step won
		this.error = '';
		this.shown = a;
		this.shownVersion = v;
		this.#prefetch();
	}

	/** Fetches the neighbours of the shown event in the background: the next step is then drawn at once. */
	async #prefetch(): Promise<void> {
		for (const dir of [1, -1] as const) {
			const v = this.neighbour(dir);
			if (v === null || this.#cache.has(v) || this.#wanted !== this.version) continue;
			try {
				const a = (await query(JuryAttemptAtDocument, { id: this.attemptId, version: v })).attemptAt;
				this.#cache.set(v, a);
				if (this.#cache.size > CACHE) this.#cache.delete(this.#cache.keys().next().value as number);
			} catch {
				// a prefetch may fail quietly: the step itself fetches again
			}
		}
	}

	/** Called once the report at shownVersion is on screen. */
	rendered(): void {
		if (this.#stepStart > 0) {
			performance.measure('cellule:replay-step', { start: this.#stepStart, end: performance.now() });
			this.#stepStart = 0;
		}
	}

	destroy(): void {
		this.pause();
	}
}
