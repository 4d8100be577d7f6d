import { describe, expect, it } from 'vitest';
import { dateInput, formatDay, formatEuros, formatNumber, isIsoDate, numberInput, parseDecimal, parseFrenchDate } from './format';

describe('parseDecimal', () => {
	it.each([
		['2,5', 2.5],
		['2.5', 2.5],
		['1 150 000', 1150000],
		['1\u202f150\u00a0000', 1150000],
		['-3,2', -3.2],
		['−3,2', -3.2],
		[' 42 ', 42],
		[',5', 0.5],
		['0', 0]
	])('reads %j as %d', (input, expected) => {
		expect(parseDecimal(input)).toBe(expected);
	});

	it.each(['', 'deux', '2,5,1', '1e3', '12 %', '--1', '.', 'Infinity'])('refuses %j', (input) => {
		expect(parseDecimal(input)).toBeNull();
	});
});

describe('French output', () => {
	it('formats numbers with French separators', () => {
		expect(formatNumber(1234.5).replace(/\s/g, ' ')).toBe('1 234,5');
		expect(numberInput(1234.5)).toBe('1234,5');
		expect(parseDecimal(numberInput(-0.25))).toBe(-0.25);
	});

	it('writes a day in words and checks calendar dates', () => {
		expect(formatDay('2027-01-28')).toBe('28 janvier 2027');
		expect(isIsoDate('2027-01-28')).toBe(true);
		expect(isIsoDate('2027-02-30')).toBe(false);
		expect(isIsoDate('28/01/2027')).toBe(false);
	});
});

describe('formatEuros', () => {
	it('shows cents only when there are some', () => {
		expect(formatEuros(30500).replace(/\s/g, ' ')).toBe('30 500 €');
		expect(formatEuros(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €');
		expect(formatEuros(-12).replace(/\s/g, ' ')).toBe('-12 €');
	});
});

describe('parseFrenchDate', () => {
	it.each([
		['28/01/2027', '2027-01-28'],
		['8/1/2027', '2027-01-08'],
		['28.01.2027', '2027-01-28'],
		['2027-01-28', '2027-01-28']
	])('reads %j as %s', (input, expected) => {
		expect(parseFrenchDate(input)).toBe(expected);
		expect(parseFrenchDate(dateInput(expected))).toBe(expected);
	});

	it.each(['31/02/2027', '01/13/2027', '2027/01/28', 'demain', ''])('refuses %j', (input) => {
		expect(parseFrenchDate(input)).toBeNull();
	});
});
