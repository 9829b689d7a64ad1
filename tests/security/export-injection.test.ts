/**
 * CSV injection (OWASP): data a user wrote through the API, formula-looking on purpose, comes out of every export
 * and template, CSV and XLSX, as text that no spreadsheet evaluates: no cell begins with = + - @ tab or CR unless a
 * quote stands in front, and numbers (negative ones too) are still numbers. Real HTTP, real PostgreSQL.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_TABLES } from '../../api/src/modules/imports/export.service.js';
import { KIND_SLUGS } from '../../api/src/modules/imports/import.enums.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
let budgetYear: number;

const DANGEROUS = /^[=+\-@\t\r]/;

/** What the test writes into the data: one formula-looking text for every dangerous first character. */
const NOTES = ['=HYPERLINK("http://x","klicka")', '+46 8 123 45 67', '-5 % mot budget', '@SUM(A1)', '\t=1+1', '\r=1+1'];
const UNIT_NAMES = ['=HYPERLINK("http://x","klicka")', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '+Plusskolan'];
const AREA = '=1+1';
const SCENARIO_NAME = '=cmd|\' /C calc\'!A0';

interface CsvField {
  value: string;
  quoted: boolean;
}

/** The fields of a CSV as the exports write it (semicolons, double quotes, CRLF), with whether each was quoted. */
function parseCsv(text: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else value += c;
    } else if (c === '"' && value === '') {
      inQuotes = true;
      quoted = true;
    } else if (c === ';' || c === '\r') {
      row.push({ value, quoted });
      value = '';
      quoted = false;
      if (c === '\r') {
        if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
        i++;
        rows.push(row);
        row = [];
      }
    } else value += c;
  }
  if (inQuotes || value !== '') throw new Error('the CSV ends inside a field or without CRLF');
  return rows;
}

const toCsvLine = (fields: string[]) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(';');

const get = (url: string) => fetch(`${t.baseUrl}${url}`, { headers: { ...strategist.headers, 'sec-fetch-site': 'same-origin' } });

async function download(url: string): Promise<Buffer> {
  const response = await get(url);
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Every file the API writes: each export table, the scenario comparison and every template, with its URL stem. */
function files(): string[] {
  const scenario = Buffer.from(JSON.stringify(scenarioInput())).toString('base64url');
  return [
    ...EXPORT_TABLES.map((table) => `/export/${table}`),
    `/export/budgetrader?year=${budgetYear + 3}`,
    `/export/scenariojamforelse?scenario=${scenario}`,
    ...Object.values(KIND_SLUGS).map((slug) => `/templates/${slug}`),
  ];
}

const withFormat = (stem: string, format: 'csv' | 'xlsx') => {
  const [path, query] = stem.split('?');
  return `${path}.${format}${query ? `?${query}` : ''}`;
};

let postId: string;
const scenarioInput = () => ({ name: SCENARIO_NAME, baseYear: budgetYear, horizonYears: 2, levers: [{ changePostFte: { postId, deltaFte: -1, fromYear: budgetYear + 1 } }] });

beforeAll(async () => {
  t = await startTestApp();
  strategist = await signIn(t, DEMO_USERS.strategist);
  const { data } = await strategist.gql<{ municipality: { budgetYear: number } }>('{ municipality { budgetYear } }');
  budgetYear = data!.municipality.budgetYear;
  const sql = <T>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);
  postId = (await sql<{ id: string }>("SELECT id FROM support_post WHERE title = 'IT-pedagog, pedagogiskt IT-stöd'"))[0]!.id;

  // School units renamed through an import of the units' own export: names and an area that look like formulas.
  const units = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download('/export/skolenheter.csv')).replace(/^\ufeff/, ''));
  const [header, ...rows] = units.map((row) => row.map((field) => field.value));
  UNIT_NAMES.forEach((name, i) => (rows[i]![1] = name));
  rows[UNIT_NAMES.length]![3] = AREA;
  const csv = [header!, ...rows].map(toCsvLine).join('\r\n');
  const imported = await strategist.gql<{ commitImport: { committed: boolean; errorCount: number } }>(
    'mutation($input: ImportFileInput!) { commitImport(input: $input) { committed errorCount } }',
    { input: { kind: 'SCHOOL_UNITS', fileName: 'skolenheter.csv', contentBase64: Buffer.from(csv).toString('base64') } },
  );
  if (!imported.data?.commitImport.committed) throw new Error(`the units' import: ${JSON.stringify(imported)}`);

  // Budget lines with formula-looking notes: for the budget year (the default of every export) and three years on.
  const unitIds = await sql<{ id: string }>("SELECT u.id FROM school_unit u JOIN municipality m ON m.id = u.municipality_id WHERE m.code = '9901' ORDER BY u.code LIMIT 6");
  for (const [year, schoolUnitId] of [
    [budgetYear, null],
    [budgetYear + 3, unitIds[0]!.id],
  ] as const) {
    for (const [i, note] of NOTES.entries()) {
      const category = ['PERSONNEL', 'DEVICES', 'LICENCES_SYSTEMS', 'COMPETENCE_DEVELOPMENT', 'INFRASTRUCTURE', 'SUPPORT'][i];
      const created = await strategist.gql('mutation($input: BudgetLineInput!) { createBudgetLine(input: $input) { id note } }', {
        input: { year, category, kind: 'FORECAST', amountSek: 1500 * (i + 1), note, schoolUnitId: year === budgetYear ? unitIds[i]!.id : schoolUnitId },
      });
      if (created.errors) throw new Error(`${year} ${category}: ${JSON.stringify(created.errors)}`);
    }
  }
}, 120_000);
afterAll(() => t?.close());

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets;
}

/**
 * Reads every file in both formats and lists what is wrong: a cell that begins a formula, a formula, a number that
 * is not a number, a CSV field that differs from its XLSX cell. Also collects the neutralised texts and negative numbers seen.
 */
async function inspectEveryFile() {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const seen = { csv: new Set<string>(), xlsx: new Set<string>() };
  let negatives = 0;
  let checked = 0;
  for (const stem of files()) {
    const csvUrl = withFormat(stem, 'csv');
    const xlsxUrl = withFormat(stem, 'xlsx');
    const sheets = await readXlsx(await download(xlsxUrl));
    check(sheets.length === 1, `${xlsxUrl}: ${sheets.length} sheets`);
    const xlsx: ExcelJS.Cell[][] = [];
    sheets[0]!.eachRow((row, r) => {
      xlsx[r - 1] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (xlsx[r - 1]![c - 1] = cell));
    });
    check(xlsx.length > 1, `${xlsxUrl}: no data rows`);
    for (const cell of xlsx.flat()) {
      if (!cell || cell.type === ExcelJS.ValueType.Null) continue;
      checked++;
      const where = `${xlsxUrl} ${cell.address} ${JSON.stringify(cell.value)}`;
      // Strings and numbers only: no formula, no rich text, nothing else.
      check(cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Number, `${where}: type ${cell.type}`);
      if (typeof cell.value === 'string') {
        check(!DANGEROUS.test(cell.value), `${where}: begins a formula`);
        if (cell.value.startsWith("'")) seen.xlsx.add(cell.value);
      } else if (typeof cell.value === 'number' && cell.value < 0) negatives++;
    }

    // The register's template is XLSX only.
    if (csvUrl.startsWith('/templates/skolenhetsregistret.csv')) continue;
    const bytes = await download(csvUrl);
    check(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${csvUrl}: no BOM`);
    const csv = parseCsv(bytes.subarray(3).toString('utf8'));
    check(csv.length === xlsx.length, `${csvUrl}: ${csv.length} rows, the XLSX ${xlsx.length}`);
    for (const [r, row] of csv.entries()) {
      for (const [c, field] of row.entries()) {
        const cell = xlsx[r]?.[c];
        const where = `${csvUrl} row ${r + 1} column ${c + 1} ${JSON.stringify(field.value)}`;
        if (!cell || cell.type === ExcelJS.ValueType.Null) check(field.value === '', `${where}: the XLSX cell is empty`);
        else if (typeof cell.value === 'number') {
          // A number of a numeric column, as it is (a minus sign too), unquoted, with a decimal comma.
          check(field.value === String(cell.value).replace('.', ',') && !field.quoted, `${where}: the XLSX has the number ${cell.value}`);
        } else {
          // Text: never the start of a formula; a neutralised one quoted, as OWASP advises. XML reads CR as LF.
          check(!DANGEROUS.test(field.value), `${where}: begins a formula`);
          check(field.value.replace('\r', '\n') === cell.value, `${where}: the XLSX has ${JSON.stringify(cell.value)}`);
          if (field.value.startsWith("'")) {
            check(field.quoted, `${where}: neutralised but not quoted`);
            seen.csv.add(field.value);
          }
        }
      }
    }
  }
  return { problems, seen, negatives, checked };
}

describe('every CSV and XLSX the API writes', () => {
  it('has no cell that begins a formula; numbers, negative ones too, are numbers; CSV and XLSX agree cell by cell', async () => {
    const { problems, seen, negatives, checked } = await inspectEveryFile();
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    // The hostile data went through, and came out neutralised, in both formats.
    for (const text of [...NOTES, ...UNIT_NAMES, AREA, SCENARIO_NAME]) {
      expect(seen.csv, JSON.stringify(text)).toContain(`'${text}`);
      expect(seen.xlsx, JSON.stringify(text)).toContain(`'${text}`.replace('\r', '\n'));
    }
    expect(negatives).toBeGreaterThan(0);
  });

  it('keeps budget amounts numeric next to a neutralised note', async () => {
    const rows = parseCsv((await download(`/export/budgetrader.csv?year=${budgetYear + 3}`)).subarray(3).toString('utf8'));
    expect(rows[0]!.map((f) => f.value)).toEqual(['Skolenhetskod', 'Skolenhetens namn', 'År', 'Kategori', 'Typ', 'Belopp (kr)', 'Anteckning']);
    const line = rows.find((row) => row[6]!.value === `'${NOTES[0]}`)!;
    expect(line.map((f) => [f.value, f.quoted])).toEqual([
      [expect.stringMatching(/^\d{8}$/), false],
      [`'${UNIT_NAMES[0]}`, true],
      [String(budgetYear + 3), false],
      ['Personal', false],
      ['Prognos', false],
      ['1500', false],
      [`'${NOTES[0]}`, true],
    ]);
  });
});

describe('the numbers next to the hostile texts', () => {
  it('writes the budget lines with numeric year and amount, the note as neutralised text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/export/budgetrader.xlsx?year=${budgetYear + 3}`)) as unknown as ArrayBuffer);
    const rows: ExcelJS.CellValue[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const line = rows.find((row) => row[6] === `'${NOTES[2]}`)!;
    expect(line).toEqual([expect.stringMatching(/^\d{8}$/), `'${UNIT_NAMES[0]}`, budgetYear + 3, 'Licenser och system', 'Prognos', 4500, `'${NOTES[2]}`]);
  });

  it('writes the scenario comparison’s negative differences as numbers', async () => {
    const scenario = Buffer.from(JSON.stringify(scenarioInput())).toString('base64url');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/export/scenariojamforelse.xlsx?scenario=${scenario}`)) as unknown as ArrayBuffer);
    const differences: ExcelJS.CellValue[] = [];
    const names = new Set<ExcelJS.CellValue>();
    workbook.worksheets[0]!.eachRow((row, r) => {
      if (r === 1) return;
      differences.push(row.getCell(7).value);
      names.add(row.getCell(1).value);
    });
    expect(names).toEqual(new Set([`'${SCENARIO_NAME}`]));
    expect(differences.some((d) => typeof d === 'number' && d < 0)).toBe(true);
    expect(differences.every((d) => d === null || typeof d === 'number')).toBe(true);
  });
});

describe('an export imports back unchanged, hostile texts and all', () => {
  it.each(['csv', 'xlsx'] as const)('budget lines as %s', async (format) => {
    const bytes = await download(`/export/budgetrader.${format}?year=${budgetYear + 3}`);
    const { data, errors } = await strategist.gql<{ previewImport: { errorCount: number; creates: number; updates: number; unchanged: number } }>(
      'mutation($input: ImportFileInput!) { previewImport(input: $input) { errorCount creates updates unchanged } }',
      { input: { kind: 'BUDGET_LINES', fileName: `budgetrader.${format}`, contentBase64: bytes.toString('base64') } },
    );
    expect(errors).toBeUndefined();
    // The quote comes off again; only the notes that begin with a tab or a CR differ, as the importer trims every cell.
    expect(data!.previewImport).toEqual({ errorCount: 0, creates: 0, updates: 2, unchanged: NOTES.length - 2 });
  });
});
