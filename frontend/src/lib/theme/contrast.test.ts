/**
 * WCAG 2.1 AA contrast of the palette in app.css, checked on the real file so
 * the numbers cannot drift from what ships. 1.4.3: 4.5:1 for text; 1.4.11:
 * 3:1 for focus rings, borders of controls and other meaningful graphics.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A path string, not new URL(): the DOM environment replaces the URL class.
const css = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../app.css'), 'utf8');

function token(name: string): string {
	const m = css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{6})`));
	if (!m) throw new Error(`--color-${name} is not a 6-digit hex colour in app.css`);
	return m[1];
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
function ratio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;

// [foreground, background, minimum]: every pairing the components use.
const pairs: [string, string, number][] = [
	['text', 'bg', TEXT],
	['text', 'surface', TEXT],
	['text-muted', 'bg', TEXT],
	['text-muted', 'surface', TEXT],
	['primary', 'bg', TEXT], // links, secondary buttons, selected tab
	['primary', 'surface', TEXT],
	['primary-hover', 'bg', TEXT],
	['on-primary', 'primary', TEXT], // primary buttons, current day
	['on-primary', 'primary-hover', TEXT],
	['on-primary', 'danger', TEXT],
	['danger', 'bg', TEXT], // error messages
	['danger', 'danger-surface', TEXT],
	['success', 'bg', TEXT], // « Enregistré »
	['warning', 'bg', TEXT], // « Hors ligne … »
	['warning', 'warning-surface', TEXT],
	['on-header', 'header-bg', TEXT],
	['focus', 'bg', UI],
	['focus', 'surface', UI],
	['focus-on-header', 'header-bg', UI],
	['border', 'bg', UI],
	['border', 'surface', UI]
];

describe('palette contrast (WCAG 2.1 AA)', () => {
	it('computes the reference ratio of black on white as 21:1', () => {
		expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
	});

	it.each(pairs)('%s on %s reaches %d:1', (fg, bg, min) => {
		expect(ratio(token(fg), token(bg))).toBeGreaterThanOrEqual(min);
	});
});
