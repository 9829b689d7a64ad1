import { describe, expect, it } from 'vitest';
import { formatFte, formatInteger, formatTkr, plainSpaces } from './format';

describe('Swedish formatting', () => {
  it.each([
    [3_253_064, '3 253 tkr'],
    [747_278, '747 tkr'],
    [499, '0 tkr'],
    [500, '1 tkr'],
    [-1_234_567, '−1 235 tkr'],
  ])('shows %i kronor as %s', (sek, text) => {
    expect(plainSpaces(formatTkr(sek))).toBe(text);
  });

  it('writes thousands with a space and FTE with a decimal comma', () => {
    expect(plainSpaces(formatInteger(9100))).toBe('9 100');
    expect(formatFte(4.2)).toBe('4,2');
    expect(formatFte(1)).toBe('1,0');
    expect(formatFte(0.25)).toBe('0,25');
  });
});
