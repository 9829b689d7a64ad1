/**
 * Reading cell values the way Swedish spreadsheets and finance systems write them: decimal comma, space or no-break
 * space as thousands separator, J/N flags. Pure functions; each returns a value or a Swedish reason.
 */

export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A header as compared: letters and digits only, lower case ("Belopp (kr)" → "beloppkr", "ÅR 7–9" → "år79"). */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The cell as trimmed text; numbers in Swedish notation without grouping, dates as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'J' : 'N';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.replace(/[\u00a0\u202f]/g, ' ').trim();
}

export const isBlank = (cell: Cell): boolean => cellText(cell) === '';

// Thousands grouped by space, no-break space, narrow no-break space or (with a decimal comma) a dot.
const SPACES = /[ \u00a0\u202f]/g;
const PLAIN = /^[-+]?\d+(?:[.,]\d+)?$/;
const SPACE_GROUPED = /^[-+]?\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const DOT_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/;

/**
 * A number in Swedish (or plain) notation: `1 234,5`, `1 234` (no-break space), `1234.5`, `−12`, `1.234,50`,
 * with an optional trailing `kr`, `tkr` is refused (say kronor), `%` is dropped (the value stays in percent).
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('Talet är inte ändligt.');
  if (typeof cell !== 'string') return fail('Ett tal behövs här.');
  let text = cell.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (/tkr$/i.test(text)) return fail(`"${cell.trim()}" är i tusental kronor: ange hela kronor.`);
  text = text.replace(/\s*(kr|sek|%)$/i, '').trim();
  if (text === '') return fail('Ett tal behövs här.');
  let normalised: string;
  if (PLAIN.test(text)) normalised = text.replace(',', '.');
  else if (SPACE_GROUPED.test(text)) normalised = text.replace(SPACES, '').replace(',', '.');
  else if (DOT_GROUPED.test(text)) normalised = text.replaceAll('.', '').replace(',', '.');
  else return fail(`"${cell.trim()}" är inget tal (skriv t.ex. 1 234,5).`);
  const value = Number(normalised);
  return Number.isFinite(value) ? ok(value) : fail(`"${cell.trim()}" är inget tal.`);
}

/** A whole number within bounds; `12,0` is 12, `12,5` is refused. */
export function parseInteger(cell: Cell, min = 0, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value)) return fail(`${cellText(cell)} är inget heltal.`);
  if (parsed.value < min || parsed.value > max) return fail(`${cellText(cell)} ska ligga mellan ${min} och ${max}.`);
  return parsed;
}

/** A number within bounds with at most `decimals` decimals. */
export function parseDecimal(cell: Cell, min: number, max: number, decimals: number): Parsed<number> {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return parsed;
  const scale = 10 ** decimals;
  if (Math.abs(Math.round(parsed.value * scale) - parsed.value * scale) > 1e-6) return fail(`${cellText(cell)} har fler än ${decimals} decimaler.`);
  if (parsed.value < min || parsed.value > max) return fail(`${cellText(cell)} ska ligga mellan ${String(min).replace('.', ',')} och ${String(max).replace('.', ',')}.`);
  return ok(Math.round(parsed.value * scale) / scale);
}

const TRUE = new Set(['j', 'ja', 'y', 'yes', 'true', 'sant', '1', 'x']);
const FALSE = new Set(['n', 'nej', 'no', 'false', 'falskt', '0', '']);

/** J/N, Ja/Nej, 1/0, sant/falskt; an empty cell is N. */
export function parseFlag(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).toLowerCase();
  if (TRUE.has(text)) return ok(true);
  if (FALSE.has(text)) return ok(false);
  return fail(`"${cellText(cell)}" är varken J eller N.`);
}

/** A year, also written as a school year (`2025/26` → 2025) or a date (its year). */
export function parseYear(cell: Cell): Parsed<number> {
  if (cell instanceof Date) return ok(cell.getUTCFullYear());
  const text = cellText(cell);
  const schoolYear = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (schoolYear) return parseYear(schoolYear[1]!);
  const date = /^(\d{4})-\d{2}-\d{2}/.exec(text);
  if (date) return parseYear(date[1]!);
  const parsed = parseInteger(cell, 2000, 2100);
  return parsed.ok ? parsed : fail(`"${text}" är inget årtal mellan 2000 och 2100.`);
}

/** An eight-digit school unit code; Excel may have dropped a leading zero or stored it as a number. */
export function parseSchoolUnitCode(cell: Cell): Parsed<string> {
  const text = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : cellText(cell).replace(SPACES, '');
  if (/^\d{7}$/.test(text)) return ok(`0${text}`);
  if (/^\d{8}$/.test(text)) return ok(text);
  return fail(`"${cellText(cell)}" är ingen skolenhetskod (åtta siffror).`);
}

export interface Choices<T extends string> {
  table: Record<string, T>;
  /** The spellings a message offers. */
  display: string;
}

/** Looks a cell up in a table of accepted spellings (compared like headers). */
export function parseChoice<T extends string>(cell: Cell, options: Choices<T>, what: string): Parsed<T> {
  const found = options.table[normaliseHeader(cellText(cell))];
  if (found) return ok(found);
  return fail(`Okänt ${what} "${cellText(cell)}". Giltiga värden: ${options.display}.`);
}

/** Builds a choice table: each value with its spellings (the first one is shown in messages), normalised like headers. */
export function choices<T extends string>(spellings: Record<T, string[]>): Choices<T> {
  const table: Record<string, T> = {};
  for (const [value, names] of Object.entries(spellings) as [T, string[]][]) {
    table[normaliseHeader(value)] = value;
    for (const name of names) table[normaliseHeader(name)] = value;
  }
  const display = (Object.entries(spellings) as [T, string[]][]).map(([value, names]) => names[0] ?? value).join(', ');
  return { table, display };
}
