import { formatDecimal, formatFte } from '../../format';

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±');

/** A change with its sign always written (`+1,1`, `−0,17`, `±0`), rounded to the given decimals. */
export const signed = (x: number, digits = 2) => `${sign(x)}${formatDecimal(Math.round(Math.abs(x) * 10 ** digits) / 10 ** digits)}`;

/** A change in FTE with its sign (`−1,0`, `+0,25`, `±0,0`). */
export const signedFte = (x: number) => `${sign(x)}${formatFte(Math.abs(x))}`;
