import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { badUserInput, DomainError } from '../../graphql/errors.js';
import type { Cell } from './swedish-values.js';
import { DEFAULT_BUDGET, prepareWorkbookZip, ZipRefusal, type InflateBudget, type PreparedWorkbook } from './xlsx-zip.js';

/** The largest file accepted, decoded (the contract's 20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Data rows read from one file at most, over all sheets: a cap on work, far above any municipality's data. */
export const MAX_ROWS = 200_000;

export const CONTENT_FIELD = 'input.contentBase64';

export interface RawRow {
  /** 1-based line (CSV) or row number (XLSX), as the user's program shows it. */
  row: number;
  cells: Cell[];
}

export interface RawSheet {
  /** The worksheet's name; null for CSV. */
  name: string | null;
  rows: RawRow[];
}

export interface ReadFile {
  format: 'CSV' | 'XLSX';
  /** CSV only: the encoding found and the separator used. */
  encoding?: 'UTF-8' | 'UTF-8 med BOM' | 'Windows-1252' | 'UTF-16';
  separator?: string;
  sheets: RawSheet[];
}

/** Decodes the base64 content and refuses what is too large or is not valid base64, naming the field. */
export function decodeContent(contentBase64: string): Buffer {
  // Base64 is 4/3 of the bytes: refuse before decoding anything far too large.
  if (contentBase64.length > Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4) {
    throw badUserInput(CONTENT_FIELD, 'Filen är större än 20 MB. Dela upp den i mindre filer.');
  }
  const compact = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) throw badUserInput(CONTENT_FIELD, 'Filens innehåll är inte base64-kodat.');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw badUserInput(CONTENT_FIELD, 'Filen är större än 20 MB. Dela upp den i mindre filer.');
  if (bytes.length === 0) throw badUserInput(CONTENT_FIELD, 'Filen är tom.');
  return bytes;
}

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isOle = (bytes: Buffer) => bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/**
 * A text cell as exported, read back: the exports put a single quote in front of a text beginning with a formula's
 * first character (table-file.writer.ts), and that quote is taken off again, so that an exported file imports back
 * unchanged. Only then: any other text keeps its quote.
 */
export function withoutExportQuote(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const tooManyRows = (maxRows: number) =>
  badUserInput(CONTENT_FIELD, `Filen har fler än ${maxRows.toLocaleString('sv-SE')} rader. Dela upp den i mindre filer.`);

/**
 * Reads a CSV or XLSX file into sheets of raw rows; a file that is not what its name says is refused, and so is one
 * over the row cap or (XLSX) one that inflates beyond the budget.
 */
export async function readImportFile(fileName: string, bytes: Buffer, maxRows = MAX_ROWS, limits: XlsxLimits = {}): Promise<ReadFile> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (isOle(bytes) || extension === 'xls') {
    throw badUserInput(CONTENT_FIELD, 'Gamla Excel-filer (.xls) läses inte. Spara filen som Excel-arbetsbok (.xlsx) eller CSV.');
  }
  if (extension === 'xlsx') {
    if (!isZip(bytes)) throw badUserInput(CONTENT_FIELD, `${fileName} är ingen Excel-arbetsbok (.xlsx): innehållet är något annat.`);
    return readXlsx(fileName, bytes, maxRows, { budget: limits.budget ?? DEFAULT_BUDGET, maxCells: limits.maxCells ?? MAX_CELLS });
  }
  if (extension === 'csv' || extension === 'txt') {
    if (isZip(bytes)) throw badUserInput(CONTENT_FIELD, `${fileName} heter .${extension} men är en Excel-arbetsbok. Byt filändelse till .xlsx.`);
    return readCsv(fileName, bytes, maxRows);
  }
  throw badUserInput('input.fileName', 'Filen ska vara en CSV-fil (.csv) eller en Excel-arbetsbok (.xlsx).');
}

// ---------------------------------------------------------------------------------------------------------- CSV

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what Excel for Windows saves as "CSV"). */
export function decodeText(fileName: string, bytes: Buffer): { text: string; encoding: NonNullable<ReadFile['encoding']> } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 med BOM' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(bytes, bytes[0] === 0xff ? 'utf16le' : 'utf16be'), encoding: 'UTF-16' };
  }
  if (bytes.includes(0)) throw badUserInput(CONTENT_FIELD, `${fileName} är ingen textfil (CSV): den innehåller binära data.`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: every byte is a character in Windows-1252, the encoding Swedish Windows programs write.
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The separator of the first line: semicolon (Swedish Excel), comma or tab, whichever occurs most outside quotes. */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((separator) => [separator, unquoted.split(separator).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

function readCsv(fileName: string, bytes: Buffer, maxRows: number): ReadFile {
  const { text, encoding } = decodeText(fileName, bytes);
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, info: true, trim: false, to: maxRows + 2 }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badUserInput(CONTENT_FIELD, `${fileName} kunde inte läsas som CSV${line ? ` (rad ${line})` : ''}: kontrollera citattecknen.`);
  }
  // The header row and one more than allowed: reading stops there, so a huge file costs no more than the cap.
  if (records.length > maxRows + 1) throw tooManyRows(maxRows);
  const rows = records.map(({ record, info }) => ({ row: info.lines, cells: record.map((value): Cell => withoutExportQuote(value)) }));
  return { format: 'CSV', encoding, separator, sheets: [{ name: null, rows }] };
}

// --------------------------------------------------------------------------------------------------------- XLSX

/** An exceljs cell value as a plain value: rich text joined, formulas by their cached result, hyperlinks by text. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plainCell((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/**
 * Cells read at most, counted as each row's length up to its last cell (styled empty cells too): exceljs spends
 * steps and memory on every column up to a row's last, and a row of 40 bytes can name column XFD (16 384 cells).
 */
export const MAX_CELLS = 10_000_000;

export interface XlsxLimits {
  /** The inflation budget (default DEFAULT_BUDGET). */
  budget?: InflateBudget;
  /** The cell cap (default MAX_CELLS). */
  maxCells?: number;
}

const MB = 1024 * 1024;

/** The budget's refusal in the user's words. */
function zipRefused(fileName: string, refusal: ZipRefusal) {
  const limit = refusal.limit ?? 0;
  switch (refusal.reason) {
    case 'total':
      return badUserInput(CONTENT_FIELD, `${fileName} packas upp till mer än ${limit / MB} MB och läses inte. Dela upp den i mindre filer.`);
    case 'cached':
      return badUserInput(CONTENT_FIELD, `${fileName}: arbetsbokens texter och format packas upp till mer än ${limit / MB} MB och läses inte. Dela upp den i mindre filer.`);
    case 'ratio':
      return badUserInput(
        CONTENT_FIELD,
        `${fileName} packas upp till mer än ${limit} gånger sin egen storlek och läses inte: så packar inget kalkylprogram en arbetsbok. Spara om den i Excel eller dela upp den och försök igen.`,
      );
    case 'unsupported':
      return badUserInput(CONTENT_FIELD, `${fileName} är packad på ett sätt som inte läses (krypterad, zip64 eller en annan komprimering). Spara om den som Excel-arbetsbok (.xlsx) och försök igen.`);
    case 'broken':
      return brokenWorkbook(fileName);
  }
}

const brokenWorkbook = (fileName: string) => badUserInput(CONTENT_FIELD, `${fileName} kunde inte öppnas som Excel-arbetsbok: filen är trasig eller ofullständig.`);

/** What WorkbookReader keeps of the workbook once it has read it (untyped in exceljs 4.4.0, pinned). */
interface ReaderInternals {
  model?: { sheets?: { name?: string; id?: number; rId?: string }[] };
  workbookRels?: { Id?: string; Target?: string }[];
  properties?: { model?: { date1904?: boolean } };
}

/**
 * Each worksheet part's place and name as exceljs's in-memory reader gives them: the sheets of xl/workbook.xml in
 * their order, each found through its relationship; a part no sheet names is not read.
 */
function sheetPlaces(internals: ReaderInternals): Map<string, { order: number; name: string }> {
  const rels = new Map((internals.workbookRels ?? []).map((rel) => [rel.Id, rel]));
  const places = new Map<string, { order: number; name: string }>();
  (internals.model?.sheets ?? []).forEach((sheet, order) => {
    const target = rels.get(sheet.rId)?.Target;
    if (typeof target !== 'string') return;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!places.has(path)) places.set(path, { order, name: (sheet.name ?? `sheet${sheet.id}`).slice(0, 31) });
  });
  return places;
}

/** exceljs's test for a date format, which decides whether a number is a date. */
const isDateFormat = (format: string | undefined) => !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/**
 * A cell of the streaming reader as the in-memory reader gives it: the streaming one reads a formula's cached
 * result always as a number (not as a date when the cell is formatted as one) and an empty or error result as NaN.
 */
function streamedCell(value: ExcelJS.CellValue, row: ExcelJS.Row, column: number, date1904: boolean): Cell {
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'number') {
      if (Number.isNaN(result)) return null;
      return isDateFormat(row.getCell(column).numFmt) ? excelToDate(result, date1904) : result;
    }
  }
  const cell = plainCell(value);
  return typeof cell === 'string' ? withoutExportQuote(cell) : cell;
}

/**
 * Reads the workbook streaming: the zip is checked against the inflation budget first (xlsx-zip.ts), then exceljs's
 * WorkbookReader parses one worksheet row at a time, and reading stops at the row cap. Kept in memory: the shared
 * strings and styles (within the budget) and the rows read, never a worksheet's XML.
 */
async function readXlsx(fileName: string, bytes: Buffer, maxRows: number, { budget, maxCells }: Required<XlsxLimits>): Promise<ReadFile> {
  let prepared: PreparedWorkbook;
  try {
    prepared = await prepareWorkbookZip(bytes, budget);
  } catch (error) {
    if (error instanceof ZipRefusal) throw zipRefused(fileName, error);
    throw error;
  }
  // Styles are read: they say which numbers are dates.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(prepared.stream, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  const internals = reader as unknown as ReaderInternals;
  let places: ReturnType<typeof sheetPlaces> | undefined;
  const found: { order: number; sheet: RawSheet }[] = [];
  let total = 0;
  let cells = 0;
  let index = 0;
  try {
    for await (const worksheet of reader) {
      const path = prepared.worksheetPaths[index++];
      // The relationships and the workbook come first in the prepared zip: read by the first worksheet.
      places ??= sheetPlaces(internals);
      const place = path === undefined ? undefined : places.get(path);
      if (!place) continue;
      const date1904 = internals.properties?.model?.date1904 === true;
      const rows: RawRow[] = [];
      for await (const row of worksheet) {
        // Counted for every row, empty or not, before anything walks its cells.
        cells += row.cellCount;
        if (cells > maxCells) throw badUserInput(CONTENT_FIELD, `${fileName} har fler än ${maxCells.toLocaleString('sv-SE')} celler. Dela upp den i mindre filer.`);
        if (!row.hasValues) continue;
        // Every sheet may have a header row and a few title rows above it.
        if (++total > maxRows + 20) throw tooManyRows(maxRows);
        // row.values is 1-based (index 0 unused) and sparse.
        const values = Array.isArray(row.values) ? row.values : [];
        const rowCells = Array.from(values.slice(1), (value, i) => streamedCell(value ?? null, row, i + 1, date1904));
        if (rowCells.some((cell) => cell !== null && cell !== '')) rows.push({ row: row.number, cells: rowCells });
      }
      found.push({ order: place.order, sheet: { name: place.name, rows } });
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw brokenWorkbook(fileName);
  } finally {
    // Stops the zip stream when reading ended early (the row cap): nothing more is inflated.
    prepared.stream.destroy();
  }
  const sheets = found.sort((a, b) => a.order - b.order).map((f) => f.sheet);
  if (sheets.length === 0) throw badUserInput(CONTENT_FIELD, `${fileName} har inga kalkylblad.`);
  return { format: 'XLSX', sheets };
}
