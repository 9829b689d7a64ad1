/**
 * Money in the model is whole SEK in safe integers. A calculator works in floats inside and rounds once, at its
 * edge, half away from zero (Swedish "avrundning": 0,5 kr → 1 kr, −0,5 kr → −1 kr); totals are then sums of
 * rounded parts, so they equal the sum of their parts exactly.
 */
export function roundSek(amount: number): number {
  if (!Number.isFinite(amount)) throw new RangeError(`Belopp är inte ändligt: ${amount}`);
  const rounded = Math.sign(amount) * Math.round(Math.abs(amount));
  // Math.sign(-0.4) * 0 is -0; money has no negative zero.
  const sek = rounded === 0 ? 0 : rounded;
  if (!Number.isSafeInteger(sek)) throw new RangeError(`Belopp utanför säkert heltalsintervall: ${amount}`);
  return sek;
}

/**
 * Splits a whole-SEK amount over parts in proportion to weights, exactly (largest remainder: each part gets the
 * floor of its share, the leftover kronor go to the largest remainders, ties to the earlier part). Equal split
 * when every weight is 0.
 */
export function allocateSek(amountSek: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sign = amountSek < 0 ? -1 : 1;
  const total = Math.abs(amountSek);
  const weightSum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const shares = weights.map((w) => (weightSum > 0 ? (total * Math.max(0, w)) / weightSum : total / n));
  const parts = shares.map((s) => Math.floor(s));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}

/** Sum of whole-SEK amounts. */
export function sumSek(amounts: Iterable<number>): number {
  let s = 0;
  for (const a of amounts) s += a;
  return s;
}
