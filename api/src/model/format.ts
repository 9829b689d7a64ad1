/**
 * Swedish formatting for the explanations the risk rules write: decimal comma, a no-break space between digit
 * groups and before the unit, the minus sign (−), money in tkr (thousands of kronor) as municipal budgets show it.
 * Intl's sv-SE locale does exactly this; the formatters are built once.
 */
const NBSP = '\u00a0';
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

/** `1234.5` → `1 234,5` (at most `decimals` decimals). */
export function formatNumber(value: number, decimals = 1): string {
  return formatter(decimals).format(value);
}

/** Whole SEK → `1 234 tkr` (thousands, rounded to whole tkr). */
export function formatTkr(amountSek: number): string {
  return `${formatter(0).format(Math.round(amountSek / 1000))}${NBSP}tkr`;
}

/** `0.853` → `85 %`. */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatter(decimals).format(share * 100)}${NBSP}%`;
}

export function formatHours(hours: number, decimals = 1): string {
  return `${formatNumber(hours, decimals)}${NBSP}h`;
}
