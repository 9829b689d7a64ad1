import { describe, expect, it } from 'vitest';
import { cellText, normaliseHeader, parseDecimal, parseFlag, parseInteger, parseNumber, parseSchoolUnitCode, parseYear } from './swedish-values.js';

describe('parseNumber: the ways Swedish files write numbers', () => {
  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1 234 567', 1_234_567],
    ['1 234,5', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['12,75', 12.75],
    ['12.75', 12.75],
    ['1.234,5', 1234.5],
    ['-12', -12],
    ['\u221212,5', -12.5],
    ['  42  ', 42],
    ['1 234 kr', 1234],
    ['78,5 %', 78.5],
    ['0', 0],
    [1234.5, 1234.5],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([['tolvtusen'], ['12 34'], ['1,2,3'], ['12 tkr'], [''], ['1 2345'], [null]])('refuses %j with a Swedish reason', (input) => {
    expect(parseNumber(input)).toEqual({ ok: false, message: expect.stringMatching(/tal|kronor/) });
  });
});

describe('integers, decimals, flags, years and codes', () => {
  it.each([
    ['12,0', true],
    ['12,5', false],
    ['-1', false],
  ])('parseInteger(%j) ok=%s', (input, ok) => expect(parseInteger(input).ok).toBe(ok));

  it.each([
    ['3,25', 1, 4, 2, true],
    ['3,255', 1, 4, 2, false],
    ['4,5', 1, 4, 2, false],
  ])('parseDecimal(%j, %d–%d, %d decimals) ok=%s', (input, min, max, decimals, ok) => expect(parseDecimal(input, min, max, decimals).ok).toBe(ok));

  it.each([
    ['J', true],
    ['ja', true],
    ['x', true],
    ['1', true],
    ['N', false],
    ['Nej', false],
    ['', false],
    [true, true],
  ])('parseFlag(%j) = %s', (input, value) => expect(parseFlag(input)).toEqual({ ok: true, value }));

  it('refuses a flag that is neither', () => expect(parseFlag('kanske').ok).toBe(false));

  it.each([
    ['2026', 2026],
    [2026, 2026],
    ['2025/26', 2025],
    ['2025-10-01', 2025],
    [new Date(Date.UTC(2024, 5, 1)), 2024],
  ])('parseYear(%j) = %d', (input, year) => expect(parseYear(input)).toEqual({ ok: true, value: year }));

  it.each([['1999'], ['20x6'], ['2101']])('parseYear(%j) refuses', (input) => expect(parseYear(input).ok).toBe(false));

  it.each([
    ['72310458', '72310458'],
    [72310458, '72310458'],
    // Excel drops a leading zero from a code stored as a number.
    [1234567, '01234567'],
    ['7231 0458', '72310458'],
  ])('parseSchoolUnitCode(%j) = %s', (input, code) => expect(parseSchoolUnitCode(input)).toEqual({ ok: true, value: code }));

  it('refuses a code that is not eight digits', () => expect(parseSchoolUnitCode('723104').ok).toBe(false));

  it('shows numbers with a decimal comma and dates as ISO dates', () => {
    expect(cellText(12.5)).toBe('12,5');
    expect(cellText(new Date(Date.UTC(2025, 9, 1)))).toBe('2025-10-01');
  });
});

describe('normaliseHeader: case, whitespace, dashes and punctuation do not matter', () => {
  it.each([
    ['Belopp (kr)', 'beloppkr'],
    ['  BELOPP  (KR) ', 'beloppkr'],
    ['Elever F–3', 'eleverf3'],
    ['elever f-3', 'eleverf3'],
    ['ÅR 7', 'år7'],
    ['Skolenhetskod', 'skolenhetskod'],
    ['1:1', '11'],
  ])('%j → %s', (header, normalised) => expect(normaliseHeader(header)).toBe(normalised));
});
