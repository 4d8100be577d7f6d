/**
 * Time left in an exam day, as shown and as spoken. Pure functions: DayBar
 * ticks, these compute.
 */

const MINUTE = 60_000;

/** Minutes before the end at which the time left is announced to screen readers. */
export const ANNOUNCE_THRESHOLDS_MIN = [30, 10, 5, 1] as const;

/** Milliseconds left before deadline + the candidate's extra minutes, never negative. */
export function remainingMs(deadline: Date | string | number, extraMinutes: number, now: number): number {
	const end = new Date(deadline).getTime() + extraMinutes * MINUTE;
	return Math.max(0, end - now);
}

function parts(ms: number) {
	const total = Math.floor(ms / 1000);
	return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ticking display: « 1 h 05 min 09 s », « 4 min 30 s ». */
export function formatClock(ms: number): string {
	const { h, m, s } = parts(ms);
	if (h > 0) return `${h} h ${pad(m)} min ${pad(s)} s`;
	return `${m} min ${pad(s)} s`;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n > 1 ? 's' : ''}`;
}

/**
 * The time left in words, to the minute (rounded down, so it never promises
 * more time than there is): « 1 heure et 5 minutes », « moins d'une minute ».
 */
export function spokenRemaining(ms: number): string {
	if (ms <= 0) return 'temps écoulé';
	const { h, m } = parts(ms);
	if (h === 0 && m === 0) return "moins d'une minute";
	if (h === 0) return plural(m, 'minute');
	if (m === 0) return plural(h, 'heure');
	return `${plural(h, 'heure')} et ${plural(m, 'minute')}`;
}

/** An ISO 8601 duration for <time datetime>: PT1H5M9S. */
export function isoDuration(ms: number): string {
	const { h, m, s } = parts(ms);
	return `PT${h}H${m}M${s}S`;
}

/**
 * The sentence to announce when the time left went from `before` to `after`
 * (milliseconds), or null. If several thresholds were crossed at once (a tab
 * asleep), only the latest is announced.
 */
export function thresholdAnnouncement(before: number, after: number): string | null {
	if (before > 0 && after <= 0) return 'Le temps est écoulé.';
	let crossed: number | null = null;
	for (const t of ANNOUNCE_THRESHOLDS_MIN) {
		if (before > t * MINUTE && after <= t * MINUTE) crossed = t;
	}
	return crossed === null ? null : `Il reste ${plural(crossed, 'minute')}.`;
}
