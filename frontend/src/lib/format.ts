/** French number and date input/output for the report forms. Pure functions. */

/**
 * A number typed the French way (« 1 234,5 », « -3,2 », « 12.5 ») or null when
 * it is not one. Spaces (also non-breaking) group thousands.
 */
export function parseDecimal(input: string): number | null {
	const s = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^[-+−]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
	const n = Number(s.replace('−', '-'));
	return Number.isFinite(n) ? n : null;
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** « 1 234,5 ». */
export function formatNumber(n: number): string {
	return numberFormat.format(n);
}

/** The value to put back in a text field: « 1234,5 » (no grouping, so it parses again). */
export function numberInput(n: number): string {
	return String(n).replace('.', ',');
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short' });

/** « 28 janvier 2027 » for a YYYY-MM-DD date. */
export function formatDay(isoDate: string): string {
	const d = new Date(`${isoDate}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? isoDate : dayFormat.format(d);
}

/** « jeudi 28 janvier 2027 à 17:00 » in the browser's time zone. */
export function formatDateTime(iso: string): string {
	return dateTimeFormat.format(new Date(iso));
}

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** « 30 500 € », « 1 234,50 € »: cents only when there are some, like the API's texts. */
export function formatEuros(euros: number): string {
	const whole = Math.abs(euros - Math.round(euros)) < 0.005;
	return new Intl.NumberFormat('fr-FR', {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: whole ? 0 : 2
	}).format(euros);
}

/**
 * A date typed as « 28/01/2027 » (also « 28-01-2027 », « 28.01.2027 », or
 * ISO « 2027-01-28 ») as YYYY-MM-DD, or null when it is not a calendar date.
 */
export function parseFrenchDate(input: string): string | null {
	const s = input.trim();
	if (isIsoDate(s)) return s;
	const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
	if (!m) return null;
	const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : null;
}

/** « 28/01/2027 » for YYYY-MM-DD (what the date field shows to be edited). */
export function dateInput(isoDate: string): string {
	const [y, m, d] = isoDate.split('-');
	return `${d}/${m}/${y}`;
}
