/** Small helpers of the jury's screens. */
import type { JuryCandidateStatus } from '$lib/gql/generated/graphql';

/** French label of where a candidate stands. */
export const STATUS_LABEL: Record<JuryCandidateStatus, string> = {
	WRITING: 'En cours de rédaction',
	LOCKED: 'Rapport verrouillé',
	EVALUATED: 'Évalué'
};

/** The URL of the printable report (served by the Go server, not GraphQL). */
export function pdfHref(attemptId: string): string {
	return `/api/attempts/${encodeURIComponent(attemptId)}/rapport.pdf`;
}

/** « 14:30 » in the browser's time zone. */
export function formatTime(iso: string): string {
	return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** « 09:05:12 », for timeline entries. */
export function formatTimeSeconds(iso: string): string {
	return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
}
