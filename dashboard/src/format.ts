/** Swedish number formatting for the edge of the app: figures stay numbers (whole SEK) until shown. */

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneOrTwoDecimals = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** Whole kronor as tkr (thousands), the way Swedish municipal budgets show money: `3 254 tkr`. */
export function formatTkr(sek: number): string {
  return `${integer.format(Math.round(sek / 1000))} tkr`;
}

/** Whole numbers with a space between thousands: `9 100`. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Full-time equivalents with a decimal comma: `4,2`, `0,25`. */
export function formatFte(value: number): string {
  return oneOrTwoDecimals.format(value);
}

/** The no-break spaces Intl uses between thousands, as plain spaces (for comparing text in tests). */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
