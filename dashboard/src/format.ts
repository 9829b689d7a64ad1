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

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwoDecimals = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A share 0–1 as a Swedish percentage with one decimal: `23,8 %`. */
export function formatShare(share: number): string {
  return `${oneDecimal.format(share * 100)} %`;
}

/** A value already in percent: `0,7 %`. */
export function formatPercent(percent: number): string {
  return `${oneDecimal.format(percent)} %`;
}

/** A plain decimal with at most two decimals and a decimal comma: `2 166,7`, `0,31`. */
export function formatDecimal(value: number): string {
  return upToTwoDecimals.format(value);
}

/** Kronor as tkr with an explicit sign, for changes and deviations: `+196 tkr`, `−25 tkr`. */
export function formatSignedTkr(sek: number): string {
  const text = formatTkr(Math.abs(sek));
  const rounded = Math.round(sek / 1000);
  return rounded === 0 ? text : `${rounded > 0 ? '+' : '−'}${text}`;
}

/** Whole kronor with thousands separators: `3 456 kr`. */
export function formatKr(sek: number): string {
  return `${integer.format(Math.round(sek))} kr`;
}

/** A missing figure, shown the same way everywhere. */
export const MISSING = '–';
