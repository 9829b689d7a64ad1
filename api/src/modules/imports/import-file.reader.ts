import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { badUserInput } from '../../graphql/errors.js';
import type { Cell } from './swedish-values.js';

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

const tooManyRows = (maxRows: number) =>
  badUserInput(CONTENT_FIELD, `Filen har fler än ${maxRows.toLocaleString('sv-SE')} rader. Dela upp den i mindre filer.`);

/** Reads a CSV or XLSX file into sheets of raw rows; a file that is not what its name says is refused. */
export async function readImportFile(fileName: string, bytes: Buffer, maxRows = MAX_ROWS): Promise<ReadFile> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (isOle(bytes) || extension === 'xls') {
    throw badUserInput(CONTENT_FIELD, 'Gamla Excel-filer (.xls) läses inte. Spara filen som Excel-arbetsbok (.xlsx) eller CSV.');
  }
  if (extension === 'xlsx') {
    if (!isZip(bytes)) throw badUserInput(CONTENT_FIELD, `${fileName} är ingen Excel-arbetsbok (.xlsx): innehållet är något annat.`);
    return readXlsx(fileName, bytes, maxRows);
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
  const rows = records.map(({ record, info }) => ({ row: info.lines, cells: record.map((value): Cell => value) }));
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

async function readXlsx(fileName: string, bytes: Buffer, maxRows: number): Promise<ReadFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it wants.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badUserInput(CONTENT_FIELD, `${fileName} kunde inte öppnas som Excel-arbetsbok: filen är trasig eller ofullständig.`);
  }
  let total = 0;
  const sheets: RawSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (++total > maxRows + 20) return;
      // row.values is 1-based (index 0 unused).
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = Array.from(values, (value) => plainCell(value ?? null));
      if (cells.some((cell) => cell !== null && cell !== '')) rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  }
  // Every sheet may have a header row and a few title rows above it.
  if (total > maxRows + 20) throw tooManyRows(maxRows);
  if (sheets.length === 0) throw badUserInput(CONTENT_FIELD, `${fileName} har inga kalkylblad.`);
  return { format: 'XLSX', sheets };
}
