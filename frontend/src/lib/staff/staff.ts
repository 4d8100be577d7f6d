/**
 * Shared helpers of the staff console (/equipe): French labels, number and
 * date formatting, the schedule form's conversions, and the file routes of
 * the server (candidate import, exports) that are plain HTTP, not GraphQL.
 */
import type { ChangeKind, ExamMode, Phase, ScheduleInput } from '$lib/gql/generated/graphql';

export const MODE_LABEL: Record<ExamMode, string> = {
	CERTIFICATION: 'Certification',
	PRACTICE: 'Entraînement'
};

export const PHASE_LABEL: Record<Phase, string> = {
	NOT_STARTED: 'Pas commencé',
	J1: 'J1 en cours',
	BREAK: 'Entre J1 et J2',
	J2: 'J2 en cours',
	CLOSED: 'Terminé'
};

export const CHANGE_LABEL: Record<ChangeKind, string> = {
	SCHEDULED: 'Session créée',
	SCHEDULE_ADJUSTED: 'Calendrier modifié',
	EXTRA_TIME: 'Temps supplémentaire',
	JURY_ASSIGNED: 'Jury attribué',
	JURY_UNASSIGNED: 'Jury retiré'
};

/** French names of the per-candidate metrics (docs/ANALYTICS.md), keyed by the Go field name. */
export const METRIC_LABEL: Record<string, string> = {
	Questions: 'Questions posées',
	FactsEarned: 'Faits obtenus',
	QuestionsPerFact: 'Questions par fait obtenu',
	QuestionsEarningNothing: "Questions n'ayant rien rapporté",
	RedundantQuestions: 'Questions redondantes',
	MeanSpecificity: 'Spécificité moyenne',
	OpenQuestionShare: 'Part de questions ouvertes',
	CriticalCoverage: 'Couverture des faits critiques',
	AgentsNeverAsked: 'Agents jamais interrogés',
	ContradictionsSurfacedCount: 'Contradictions mises au jour',
	TriangulatedTopicsCount: 'Sujets triangulés'
};

/** Metrics that are ratios (0–1), shown as percentages. */
export const RATIO_METRICS = new Set(['CriticalCoverage', 'OpenQuestionShare', 'MeanSpecificity']);

export const IMPORTANCE_LABEL: Record<string, string> = {
	critical: 'Critique',
	useful: 'Utile',
	noise: 'Bruit'
};

const pctFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const numFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** « 42 % » for 0.42. */
export function pct(ratio: number): string {
	return pctFormat.format(ratio);
}

/** « 1,5 ». */
export function num(n: number | null | undefined): string {
	return n === null || n === undefined ? '—' : numFormat.format(n);
}

/** A metric value as staff read it: percentages for ratios. */
export function metricValue(metric: string, v: number): string {
	return RATIO_METRICS.has(metric) ? pct(v) : num(v);
}

/** « 3 min 20 s » for 200 seconds. */
export function duration(seconds: number | null | undefined): string {
	if (seconds === null || seconds === undefined) return '—';
	const s = Math.round(seconds);
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
	return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
}

const dateTimeShort = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium' });

/** « 04/12/2026 09:00 » in the browser's time zone. */
export function shortDateTime(iso: string): string {
	return dateTimeShort.format(new Date(iso));
}

/** « 09:00:12 ». */
export function clockTime(iso: string | Date): string {
	return timeOnly.format(new Date(iso));
}

/** The value of a datetime-local input for an instant (browser's time zone). */
export function toLocalInput(iso: string | Date): string {
	const d = new Date(iso);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The instant (RFC 3339, UTC) of a datetime-local value, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
	const d = new Date(value);
	return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The schedule's six fields, in order, with their French labels. */
export const SCHEDULE_FIELDS: { key: keyof ScheduleInput; label: string }[] = [
	{ key: 'j1Start', label: 'Début de J1' },
	{ key: 'j1End', label: 'Fin de J1' },
	{ key: 'j2Start', label: 'Début de J2' },
	{ key: 'j2End', label: 'Fin de J2 (remise du rapport)' },
	{ key: 'j3Start', label: 'Début des oraux (J3)' },
	{ key: 'j3End', label: 'Fin des oraux (J3)' }
];

/**
 * The default schedule of a new session: J1 opens at the current full hour
 * for the scenario's length, J2 the next day, the orals the day after.
 */
export function defaultSchedule(now: Date, j1Minutes: number, j2Minutes: number): ScheduleInput {
	const h0 = new Date(now);
	h0.setMinutes(0, 0, 0);
	const day = 24 * 3600_000;
	const at = (ms: number) => new Date(h0.getTime() + ms).toISOString();
	return {
		j1Start: at(0),
		j1End: at((j1Minutes || 420) * 60_000),
		j2Start: at(day),
		j2End: at(day + (j2Minutes || 420) * 60_000),
		j3Start: at(2 * day),
		j3End: at(2 * day + 9 * 3600_000)
	};
}

/** A refusal of a staff HTTP route (the same shape as GraphQL's extensions). */
export interface RouteError {
	code: string;
	field?: string;
	message: string;
}

export interface ImportProblem {
	line: number;
	column: string;
	message: string;
}

export interface ImportRow {
	line: number;
	displayName: string;
	email: string;
	extraTimePct: number;
	problems: ImportProblem[];
}

export interface ImportedCandidate {
	line: number;
	displayName: string;
	email: string;
	extraTimePct: number;
	candidateId: string;
	attemptId: string;
	accessCode: string;
}

/** The answer of POST /api/exams/{id}/candidates/import. */
export interface ImportAnswer {
	preview: {
		encoding: string;
		columns: { name: string; email: string; extraTime: string };
		valid: number;
		invalid: number;
		fileProblems: ImportProblem[];
		rows: ImportRow[];
	};
	imported?: ImportedCandidate[];
	failed?: ImportProblem[];
	accessCodesCsv?: string;
	error?: RouteError;
}

/** Sends a CSV file to preview or import; resolves to the answer (a refusal is in `error`). */
export async function sendImport(
	examId: string,
	file: Blob,
	mode: 'preview' | 'import',
	opts: { validOnly?: boolean; commandId?: string } = {}
): Promise<ImportAnswer> {
	const q = new URLSearchParams({ mode });
	if (opts.validOnly) q.set('validOnly', '1');
	if (opts.commandId) q.set('commandId', opts.commandId);
	let res: Response;
	try {
		res = await fetch(`/api/exams/${encodeURIComponent(examId)}/candidates/import?${q}`, {
			method: 'POST',
			body: file,
			credentials: 'same-origin',
			headers: { 'Content-Type': 'text/csv' }
		});
	} catch {
		return emptyAnswer({ code: 'NETWORK', message: 'Le serveur est injoignable : vérifiez votre connexion.' });
	}
	try {
		const body = (await res.json()) as Partial<ImportAnswer>;
		if (!body.preview) return emptyAnswer(body.error ?? { code: 'INTERNAL', message: 'Réponse inattendue du serveur.' });
		return body as ImportAnswer;
	} catch {
		return emptyAnswer({ code: 'INTERNAL', message: `Réponse inattendue du serveur (${res.status}).` });
	}
}

function emptyAnswer(error: RouteError): ImportAnswer {
	return {
		preview: { encoding: '', columns: { name: '', email: '', extraTime: '' }, valid: 0, invalid: 0, fileProblems: [], rows: [] },
		error
	};
}

/** The URL of an export of a session. */
export function exportHref(examId: string, file: string): string {
	return `/api/exams/${encodeURIComponent(examId)}/export/${file}`;
}

/** Offers a text as a file download (the access codes, built from the one import answer). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
