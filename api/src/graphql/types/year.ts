import { badUserInput } from '../errors.js';

/** The years the database accepts (a check on every year column says the same). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A year argument, or the fallback (normally the budget year) when absent; out of range → BAD_USER_INPUT. */
export function readYear(year: number | null | undefined, fallback: number, field = 'year'): number {
  if (year == null) return fallback;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badUserInput(field, `${field} måste vara ett årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.`);
  }
  return year;
}
