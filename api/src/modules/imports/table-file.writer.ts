import ExcelJS from 'exceljs';

/**
 * Writes a table as a file a Swedish user's Excel opens right: CSV with semicolons, decimal comma and a UTF-8 BOM
 * (without the BOM Excel guesses Windows-1252 and breaks å, ä, ö), or XLSX with real numeric cells and a header row.
 *
 * No text cell comes out as a formula (CSV injection, OWASP): a text that begins with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a single quote in front, in both formats, so that a note `=HYPERLINK("http://…")` is shown
 * as text and stays text when the user edits the cell. Numbers of numeric columns are written as numbers, a
 * negative one too (-1500 is a number, not a formula); a text that merely looks negative ("-5 %") is text.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'money' | 'percent';

export interface TableColumn<T> {
  header: string;
  type: ColumnType;
  value: (row: T) => string | number | null | undefined;
}

export interface TableFile<T> {
  /** The worksheet's name (at most 31 characters). */
  sheet: string;
  columns: TableColumn<T>[];
  rows: T[];
}

/** The first characters with which Excel, LibreOffice and Google Sheets start a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a spreadsheet shows it and never evaluates it: `'` in front of a formula's first character. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as written: nothing, a number (numeric columns only) or a text already neutralised. */
type OutCell = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; value: string; neutralised: boolean };

const EMPTY: OutCell = { kind: 'empty' };
/** A plain number as text, as a numeric column may be handed one ("1500", "-12.5"); anything else stays text. */
const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function outCell(value: string | number | null | undefined, type: ColumnType): OutCell {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (type !== 'text') {
    const number = typeof value === 'number' ? value : NUMERIC_TEXT.test(value.trim()) ? Number(value.trim()) : null;
    // NaN or Infinity is no number a spreadsheet can hold: the cell is left empty rather than written broken.
    if (number !== null) return Number.isFinite(number) ? { kind: 'number', value: number } : EMPTY;
  }
  const text = String(value);
  const neutralised = neutraliseText(text);
  return { kind: 'text', value: neutralised, neutralised: neutralised !== text };
}

const BOM = '\ufeff';

function csvField(cell: OutCell): string {
  if (cell.kind === 'empty') return '';
  // No thousands separators: Excel would read "1 234" as text. The decimal comma is what sv-SE Excel expects.
  if (cell.kind === 'number') return String(cell.value).replace('.', ',');
  const text = cell.value;
  // A neutralised text is always quoted, as OWASP advises, so that no program splits it before reading the quote.
  return cell.neutralised || /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(table: TableFile<T>): Buffer {
  const lines = [table.columns.map((c) => csvField(outCell(c.header, 'text'))).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(outCell(c.value(row), c.type))).join(';'));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: '@',
  integer: '0',
  decimal: '0.0##',
  money: '#,##0',
  percent: '0.0',
};

/** exceljs writes a string as a string cell (never a formula: only `{ formula }` values are); the quote is for Excel's editing. */
function xlsxValue(cell: OutCell): string | number | null {
  return cell.kind === 'empty' ? null : cell.value;
}

export async function toXlsx<T>(table: TableFile<T>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Likvärd';
  const worksheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = table.columns.map((c) => ({
    header: neutraliseText(c.header),
    width: Math.max(12, Math.min(40, c.header.length + 4)),
    style: { numFmt: NUMBER_FORMATS[c.type] },
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of table.rows) worksheet.addRow(table.columns.map((c) => xlsxValue(outCell(c.value(row), c.type))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
