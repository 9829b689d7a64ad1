import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
let db: pg.Client;

beforeAll(async () => {
  t = await startTestApp();
  strategist = await signIn(t, DEMO_USERS.strategist);
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'seeds', 'fixtures', name)).toString('base64');

const REPORT = `kind rows creates updates unchanged skipped committed errorCount format
  errors { sheet row column message }
  rowResults { sheet row action key message }`;
const PREVIEW = `mutation Preview($input: ImportFileInput!) { previewImport(input: $input) { ${REPORT} } }`;
const COMMIT = `mutation Commit($input: ImportFileInput!) { commitImport(input: $input) { ${REPORT} } }`;

interface Report {
  kind: string;
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  skipped: number;
  committed: boolean;
  errorCount: number;
  format: string;
  errors: { sheet: string | null; row: number; column: string | null; message: string }[];
  rowResults: { sheet: string | null; row: number; action: string; key: string; message: string | null }[];
}

async function run(client: Client, operation: 'preview' | 'commit', kind: string, fileName: string, extra: Record<string, unknown> = {}) {
  const input = { kind, fileName, contentBase64: fixture(fileName), ...extra };
  const response = await client.gql<{ previewImport?: Report; commitImport?: Report }>(operation === 'preview' ? PREVIEW : COMMIT, { input });
  return { ...response, report: (response.data?.previewImport ?? response.data?.commitImport) as Report };
}

const counts = (r: Report) => ({ rows: r.rows, creates: r.creates, updates: r.updates, unchanged: r.unchanged, skipped: r.skipped, errorCount: r.errorCount });

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql, params);
  return Number(rows[0]!.n);
}

const exempel = async () => (await db.query<{ id: string }>("SELECT id FROM municipality WHERE code = '9901'")).rows[0]!.id;

describe('budget lines from the finance system (UTF-8 with BOM, semicolons, no-break-space thousands)', () => {
  it('previews five new lines and writes nothing', async () => {
    const before = await scalar('SELECT count(*) AS n FROM budget_line WHERE year = 2028');
    const { report, errors } = await run(strategist, 'preview', 'BUDGET_LINES', 'budgetrader-2028-bom.csv');
    expect(errors).toBeUndefined();
    expect(counts(report)).toEqual({ rows: 5, creates: 5, updates: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    expect(report.committed).toBe(false);
    expect(report.format).toBe('CSV, UTF-8 med BOM, semikolon');
    expect(report.rowResults.map((r) => r.key)).toContain('Central enhet 2028 Budget Personal');
    expect(await scalar('SELECT count(*) AS n FROM budget_line WHERE year = 2028')).toBe(before);
  });

  it('commits exactly what the preview said, with whole kronor, and records the import in the audit trail', async () => {
    const preview = (await run(strategist, 'preview', 'BUDGET_LINES', 'budgetrader-2028-bom.csv')).report;
    const { report } = await run(strategist, 'commit', 'BUDGET_LINES', 'budgetrader-2028-bom.csv');
    expect(report.rowResults).toEqual(preview.rowResults);
    expect(counts(report)).toEqual({ rows: 5, creates: 5, updates: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    expect(report.committed).toBe(true);
    const { rows } = await db.query<{ amount_sek: string; school_unit_id: string | null; category: string }>(
      'SELECT amount_sek, school_unit_id, category FROM budget_line WHERE year = 2028 ORDER BY amount_sek',
    );
    expect(rows.map((r) => Number(r.amount_sek))).toEqual([85_000, 412_800, 1_086_000, 1_250_000, 3_400_000]);
    expect(rows.filter((r) => r.school_unit_id === null).map((r) => r.category).sort()).toEqual(['LICENCES_SYSTEMS', 'PERSONNEL']);
    expect(await scalar("SELECT count(*) AS n FROM audit_event WHERE entity = 'Import' AND entity_id = 'BUDGET_LINES' AND actor = $1", [DEMO_USERS.strategist])).toBe(1);
    expect(await scalar("SELECT count(*) AS n FROM audit_event WHERE entity = 'BudgetLine' AND action = 'CREATE'")).toBeGreaterThanOrEqual(5);
  });

  it('changes nothing the second time: every row unchanged', async () => {
    const { report } = await run(strategist, 'commit', 'BUDGET_LINES', 'budgetrader-2028-bom.csv');
    expect(counts(report)).toEqual({ rows: 5, creates: 0, updates: 0, unchanged: 5, skipped: 0, errorCount: 0 });
    expect(report.rowResults.every((r) => r.action === 'UNCHANGED')).toBe(true);
    expect(await scalar('SELECT count(*) AS n FROM budget_line WHERE year = 2028')).toBe(5);
  });

  it('refuses the whole file when one row is bad: committed false, nothing written, every error named', async () => {
    const before = await scalar('SELECT count(*) AS n FROM budget_line');
    const audit = await scalar('SELECT count(*) AS n FROM audit_event');
    const { report, errors } = await run(strategist, 'commit', 'BUDGET_LINES', 'budgetrader-med-fel.csv');
    expect(errors).toBeUndefined();
    expect(report.committed).toBe(false);
    expect(report.rows).toBe(6);
    const byRow = Object.fromEntries(report.errors.map((e) => [e.row, `${e.column ?? ''}: ${e.message}`]));
    expect(byRow[3]).toMatch(/^Belopp \(kr\): "tolvtusen" är inget tal/);
    expect(byRow[4]).toMatch(/Skolenheten 99999999 finns inte i din kommun/);
    expect(byRow[5]).toMatch(/^Kategori: Okänt kostnadsslag "Resor"/);
    expect(byRow[6]).toMatch(/Dubblett: .* rad 2/);
    expect(byRow[7]).toMatch(/negativt/);
    expect(report.rowResults.filter((r) => r.action === 'ERROR').map((r) => r.row).sort()).toEqual([3, 4, 5, 6, 7]);
    expect(await scalar('SELECT count(*) AS n FROM budget_line')).toBe(before);
    expect(await scalar('SELECT count(*) AS n FROM audit_event')).toBe(audit);
  });
});

describe('other kinds and encodings', () => {
  it('reads Windows-1252 school units with å, ä and ö: two new, one the same as before', async () => {
    const { report } = await run(strategist, 'commit', 'SCHOOL_UNITS', 'skolenheter-windows-1252.csv');
    expect(report.format).toBe('CSV, Windows-1252, semikolon');
    expect(counts(report)).toEqual({ rows: 3, creates: 2, updates: 0, unchanged: 1, skipped: 0, errorCount: 0 });
    const { rows } = await db.query<{ name: string; school_forms: string[] }>("SELECT name, school_forms FROM school_unit WHERE code = '72310547'");
    expect(rows[0]).toEqual({ name: 'Åkerängens skola', school_forms: ['FORSKOLEKLASS', 'GRUNDSKOLA_F_3', 'FRITIDSHEM'] });
    expect((await run(strategist, 'commit', 'SCHOOL_UNITS', 'skolenheter-windows-1252.csv')).report.unchanged).toBe(3);
  });

  it('reads comma-separated facts with quoted decimal commas and loose headers', async () => {
    const { report } = await run(strategist, 'commit', 'SCHOOL_FACTS', 'skolfakta-2028-komma.csv');
    expect(report.format).toBe('CSV, UTF-8, komma');
    expect(counts(report)).toEqual({ rows: 2, creates: 2, updates: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    const { rows } = await db.query<{ pupils: number; teachers_fte: string; socioeconomic_index: string }>(
      "SELECT f.pupils, f.teachers_fte, f.socioeconomic_index FROM school_year_fact f JOIN school_unit u ON u.id = f.school_unit_id WHERE u.code = '72310458' AND f.year = 2028",
    );
    expect(rows[0]).toEqual({ pupils: 550, teachers_fte: '42.30', socioeconomic_index: '1.050' });
    expect((await run(strategist, 'commit', 'SCHOOL_FACTS', 'skolfakta-2028-komma.csv')).report.unchanged).toBe(2);
  });

  it('reads device fleets from XLSX with numeric cells', async () => {
    const { report } = await run(strategist, 'commit', 'DEVICE_FLEETS', 'enhetsbestand-2028.xlsx');
    expect(report.format).toBe('XLSX, 1 blad');
    expect(counts(report)).toEqual({ rows: 3, creates: 3, updates: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    expect(report.rowResults[0]!.sheet).toBe('Enhetsbestånd');
    expect(await scalar('SELECT sum(device_count) AS n FROM device_fleet WHERE year = 2028')).toBe(936);
    expect((await run(strategist, 'commit', 'DEVICE_FLEETS', 'enhetsbestand-2028.xlsx')).report.unchanged).toBe(3);
  });

  it('reads Kolada-style indicator values, taking the total and skipping the rows per gender', async () => {
    const { report } = await run(strategist, 'commit', 'INDICATOR_VALUES', 'nyckeltal-kolada.csv');
    expect(counts(report)).toEqual({ rows: 5, creates: 3, updates: 0, unchanged: 0, skipped: 2, errorCount: 0 });
    expect(await scalar("SELECT value AS n FROM indicator_value v JOIN school_unit u ON u.id = v.school_unit_id WHERE u.code = '83356115' AND v.year = 2028 AND v.indicator_id = 'N15419'")).toBe(81.4);
  });

  it('reads LIKA self-assessments as four indicator values per school', async () => {
    const { report } = await run(strategist, 'commit', 'LIKA_ASSESSMENTS', 'lika-2028.xlsx');
    expect(counts(report)).toEqual({ rows: 2, creates: 2, updates: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    expect(await scalar("SELECT count(*) AS n FROM indicator_value WHERE year = 2028 AND indicator_id LIKE 'LIKV_LIKA_%'")).toBe(8);
    expect((await run(strategist, 'commit', 'LIKA_ASSESSMENTS', 'lika-2028.xlsx')).report.unchanged).toBe(2);
  });
});

describe('Skolenhetsregistret (XLSX as Skolverket publishes it)', () => {
  it('takes in the caller’s own units and skips every other municipality’s', async () => {
    const { report, errors } = await run(strategist, 'preview', 'SCHOOL_REGISTER', 'skolenhetsregistret-2025.xlsx');
    expect(errors).toBeUndefined();
    expect(report.errorCount).toBe(0);
    // 6 + 2 + 1 + 2 + 1 data rows; 5 of other municipalities.
    expect(report.rows).toBe(12);
    expect(report.skipped).toBe(5);
    const skippedCodes = report.rowResults.filter((r) => r.action === 'SKIP').map((r) => r.key).sort();
    expect(skippedCodes).toEqual(['12345678', '23456789', '34567890', '45678901', '55120025']);
    expect(report.rowResults.find((r) => r.key.startsWith('72310555'))!.action).toBe('CREATE');
  });

  it('commits units, school forms and pupils per grade band for the year the file states, then changes nothing', async () => {
    const { report } = await run(strategist, 'commit', 'SCHOOL_REGISTER', 'skolenhetsregistret-2025.xlsx');
    expect(report.committed).toBe(true);
    const { rows } = await db.query<{ name: string; school_forms: string[]; pupils: number; pupils_f_3: number }>(
      "SELECT u.name, u.school_forms, f.pupils, f.pupils_f_3 FROM school_unit u JOIN school_year_fact f ON f.school_unit_id = u.id AND f.year = 2025 WHERE u.code = '72310555'",
    );
    expect(rows[0]).toEqual({ name: 'Nya Ekskolan F–3', school_forms: ['FORSKOLEKLASS', 'GRUNDSKOLA_F_3'], pupils: 160, pupils_f_3: 160 });
    expect((await db.query("SELECT school_forms FROM school_unit WHERE code = '72310539'")).rows[0]).toEqual({ school_forms: ['ANPASSAD_GRUNDSKOLA'] });
    // Centrumskolan: förskoleklass counted once although two sheets list it; fritidshem pupils not counted again.
    const centrum = await db.query<{ pupils_f_3: number; pupils_4_6: number; school_forms: string[] }>(
      "SELECT f.pupils_f_3, f.pupils_4_6, u.school_forms FROM school_unit u JOIN school_year_fact f ON f.school_unit_id = u.id AND f.year = 2025 WHERE u.code = '72310458'",
    );
    expect({ ...centrum.rows[0], school_forms: centrum.rows[0]!.school_forms.sort() }).toEqual({
      pupils_f_3: 312,
      pupils_4_6: 234,
      school_forms: ['FORSKOLEKLASS', 'FRITIDSHEM', 'GRUNDSKOLA_4_6', 'GRUNDSKOLA_F_3'],
    });
    expect(await scalar("SELECT count(*) AS n FROM school_unit WHERE code IN ('12345678', '23456789', '55120025') AND municipality_id = $1", [await exempel()])).toBe(0);
    const again = (await run(strategist, 'commit', 'SCHOOL_REGISTER', 'skolenhetsregistret-2025.xlsx')).report;
    expect(again.creates + again.updates).toBe(0);
    expect(again.unchanged).toBe(7);
  });

  it('imports Grannby’s own unit for Grannby’s analyst and never writes into Exempelkommun', async () => {
    const grannby = await signIn(t, DEMO_USERS.grannbyStrategist);
    const exempelUnits = await scalar('SELECT count(*) AS n FROM school_unit WHERE municipality_id = $1', [await exempel()]);
    const { report } = await run(grannby, 'commit', 'SCHOOL_REGISTER', 'skolenhetsregistret-2025.xlsx');
    expect(report.skipped).toBe(11);
    expect(report.rowResults.find((r) => r.action !== 'SKIP')!.key).toContain('55120025');
    expect(await scalar('SELECT count(*) AS n FROM school_unit WHERE municipality_id = $1', [await exempel()])).toBe(exempelUnits);
    // Exempelkommun's unit codes are unknown to Grannby: its budget file is all errors, nothing written.
    const budget = await run(grannby, 'commit', 'BUDGET_LINES', 'skolfakta-2028-komma.csv');
    expect(budget.report.committed).toBe(false);
    const facts = await run(grannby, 'commit', 'SCHOOL_FACTS', 'skolfakta-2028-komma.csv');
    expect(facts.report.committed).toBe(false);
    expect(facts.report.errors.map((e) => e.message).join()).toMatch(/72310458 finns inte i din kommun/);
  });

  it('takes the year the user gives over the one the file states', async () => {
    const { report } = await run(strategist, 'preview', 'SCHOOL_REGISTER', 'skolenhetsregistret-2025.xlsx', { year: 2024 });
    expect(report.errorCount).toBe(0);
    expect(report.rowResults.find((r) => r.key.startsWith('83356115'))!.message).toMatch(/elever 7–9: \d+ → 753/);
  });

  it('asks for the year when neither the file nor the user states it', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Grundskola');
    sheet.addRow(['KOMMUN', 'SKOLENHETSKOD', 'NAMN', 'ÅR7', 'ELEVER ÅR7']);
    sheet.addRow(['9901', '83356115', 'Hagaskolan 7–9', 'J', 250]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const { data } = await strategist.gql<{ previewImport: Report }>(PREVIEW, { input: { kind: 'SCHOOL_REGISTER', fileName: 'register.xlsx', contentBase64 } });
    expect(data!.previewImport.errors).toEqual([{ sheet: 'Grundskola', row: 2, column: null, message: 'Filen anger inte vilket år elevantalen gäller: välj år och försök igen.' }]);
    const withYear = await strategist.gql<{ previewImport: Report }>(PREVIEW, { input: { kind: 'SCHOOL_REGISTER', fileName: 'register.xlsx', contentBase64, year: 2025 } });
    expect(withYear.data!.previewImport.errorCount).toBe(0);
  });
});

describe('refused files and roles', () => {
  it.each([
    ['trasig.xlsx', /trasig eller ofullständig/],
    ['inte-excel.xlsx', /ingen Excel-arbetsbok/],
    ['fel-kodning-utf16.csv', /ingen textfil/],
  ])('refuses %s with BAD_USER_INPUT on input.contentBase64', async (name, message) => {
    const { errors } = await run(strategist, 'preview', 'DEVICE_FLEETS', name);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
    expect(errors![0]!.message).toMatch(message);
  });

  it('refuses a file in a GraphQL body over 1 MB with 413: larger files go to POST /import/<kind> (tests/security/upload.test.ts)', async () => {
    const big = Buffer.alloc(1_000_000, 0x41).toString('base64');
    const { status } = await strategist.gql(PREVIEW, { input: { kind: 'BUDGET_LINES', fileName: 'stor.csv', contentBase64: big } });
    expect(status).toBe(413);
  });

  it('reads Skolenhetsregistret only as a workbook', async () => {
    const { errors } = await run(strategist, 'preview', 'SCHOOL_REGISTER', 'budgetrader-2028-bom.csv');
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
  });

  it('refuses a file of another type by its name', async () => {
    const { errors } = await strategist.gql(PREVIEW, { input: { kind: 'BUDGET_LINES', fileName: 'budget.pdf', contentBase64: 'JVBERi0=' } });
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
  });

  it('names a missing column in the header row', async () => {
    const content = Buffer.from('Skolenhetskod;År;Kategori\n72310458;2028;Personal\n').toString('base64');
    const { data } = await strategist.gql<{ previewImport: Report }>(PREVIEW, { input: { kind: 'BUDGET_LINES', fileName: 'kort.csv', contentBase64: content } });
    expect(data!.previewImport.errors.map((e) => `${e.row} ${e.column}`)).toEqual(['1 Typ', '1 Belopp (kr)']);
  });

  it('lets a VIEWER neither preview nor commit', async () => {
    const politician = await signIn(t, DEMO_USERS.politician);
    for (const operation of ['preview', 'commit'] as const) {
      const { errors } = await run(politician, operation, 'BUDGET_LINES', 'budgetrader-2028-bom.csv');
      expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('templates and exports', () => {
  const get = (url: string, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}${url}`, { headers });

  it.each(['skolenheter', 'skolfakta', 'budgetrader', 'enhetsbestand', 'nyckeltal', 'lika'])(
    'serves the %s template as CSV whose example row previews without errors',
    async (slug) => {
      const response = await get(`/templates/${slug}.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const kind = { skolenheter: 'SCHOOL_UNITS', skolfakta: 'SCHOOL_FACTS', budgetrader: 'BUDGET_LINES', enhetsbestand: 'DEVICE_FLEETS', nyckeltal: 'INDICATOR_VALUES', lika: 'LIKA_ASSESSMENTS' }[slug]!;
      const { data } = await strategist.gql<{ previewImport: Report }>(PREVIEW, { input: { kind, fileName: `${slug}.csv`, contentBase64: bytes.toString('base64') } });
      expect(data!.previewImport.errors).toEqual([]);
      expect(data!.previewImport.rows).toBe(1);
    },
  );

  it('serves XLSX templates, the register’s too, with numeric example cells', async () => {
    const ExcelJS = (await import('exceljs')).default;
    for (const slug of ['budgetrader', 'skolenhetsregistret']) {
      const response = await get(`/templates/${slug}.xlsx`);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.getRow(2).values).toContain(slug === 'budgetrader' ? 1_234_567 : 78);
    }
    expect((await get('/templates/okand.csv')).status).toBe(404);
  });

  it('exports budget lines as CSV for Excel: BOM, semicolons, the caller’s municipality only', async () => {
    const response = await get('/export/budgetrader.csv?year=2028', strategist.headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="budgetrader-9901-2028.csv"');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\ufeffSkolenhetskod;Skolenhetens namn;År;Kategori;Typ;Belopp (kr);Anteckning');
    expect(lines).toHaveLength(6);
    expect(lines).toContain(';Central enhet;2028;Personal;Budget;3400000;CMiT, fem tjänster');
  });

  it('exports what imports back unchanged (the headers are the template’s)', async () => {
    for (const [table, kind] of [['budgetrader', 'BUDGET_LINES'], ['enhetsbestand', 'DEVICE_FLEETS'], ['skolfakta', 'SCHOOL_FACTS'], ['skolenheter', 'SCHOOL_UNITS'], ['nyckeltal', 'INDICATOR_VALUES']] as const) {
      const bytes = Buffer.from(await (await get(`/export/${table}.csv?year=2026`, strategist.headers)).arrayBuffer());
      const { data } = await strategist.gql<{ previewImport: Report }>(PREVIEW, { input: { kind, fileName: `${table}.csv`, contentBase64: bytes.toString('base64') } });
      const report = data!.previewImport;
      expect({ table, errors: report.errorCount, changes: report.creates + report.updates }).toEqual({ table, errors: 0, changes: 0 });
      expect(report.unchanged).toBeGreaterThan(0);
    }
  });

  it('exports XLSX with a bold header row and real numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const response = await get('/export/kostnader-per-agare.xlsx?year=2026', strategist.headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Ägare');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // The central unit first, then 20 school units (and those the imports above added with costs).
    expect(sheet.getRow(2).getCell(2).value).toBe('Central enhet');
    expect(typeof sheet.getRow(2).getCell(3).value).toBe('number');
    for (const table of ['enhetstackning', 'utbytesvagor', 'skolenheter', 'nyckeltal']) {
      expect((await get(`/export/${table}.xlsx`, strategist.headers)).status).toBe(200);
    }
  });

  it('exports a scenario comparison, base against scenario per year, with the figures evaluateScenario gives', async () => {
    const postId = (await db.query<{ id: string }>("SELECT id FROM support_post WHERE title = 'IT-pedagog, pedagogiskt IT-stöd'")).rows[0]!.id;
    const input = { name: 'Minska CMiT med en tjänst', baseYear: 2026, horizonYears: 3, levers: [{ changePostFte: { postId, deltaFte: -1, fromYear: 2027 } }] };
    const { data } = await strategist.gql<{ evaluateScenario: { series: { year: number; netSavingSek: number }[] } }>(
      'query($input: ScenarioInput!) { evaluateScenario(input: $input) { series { year netSavingSek } } }',
      { input },
    );
    const scenario = Buffer.from(JSON.stringify(input)).toString('base64url');
    const response = await get(`/export/scenariojamforelse.csv?scenario=${scenario}`, strategist.headers);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Scenarionamn;År;Mått;Enhet;Bas;Scenario;Skillnad (scenario − bas)');
    for (const { year, netSavingSek } of data!.evaluateScenario.series) {
      expect(lines).toContain(`Minska CMiT med en tjänst;${year};Nettobesparing;kr;0;${netSavingSek};${netSavingSek}`);
    }
    expect((await get(`/export/scenariojamforelse.xlsx?scenario=${scenario}`, strategist.headers)).status).toBe(200);
    const bad = await get('/export/scenariojamforelse.csv?scenario=inte-json', strategist.headers);
    expect(bad.status).toBe(400);
    expect((await get(`/export/scenariojamforelse.csv?scenario=${scenario}`)).status).toBe(401);
  });

  it('shows Grannby’s analyst Grannby’s units only', async () => {
    const grannby = await signIn(t, DEMO_USERS.grannbyStrategist);
    const text = await (await get('/export/skolenheter.csv', grannby.headers)).text();
    const codes = text.trimEnd().split('\r\n').slice(1).map((line) => line.split(';')[0]);
    expect(codes.length).toBeGreaterThanOrEqual(5);
    expect(codes.every((c) => c!.startsWith('5512'))).toBe(true);
  });

  it('answers 401 without a session, 403 to another site, 404 for an unknown table, 400 for a bad year', async () => {
    expect((await get('/export/budgetrader.csv')).status).toBe(401);
    expect((await get('/export/budgetrader.csv', { cookie: 'likvard_session=forfalskad' })).status).toBe(401);
    expect((await get('/export/budgetrader.csv', { ...strategist.headers, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get('/export/losenord.csv', strategist.headers)).status).toBe(404);
    expect((await get('/export/budgetrader.csv?year=abc', strategist.headers)).status).toBe(400);
    // Reading is every role's: a politician downloads too.
    expect((await get('/export/kostnader-per-agare.csv', (await signIn(t, DEMO_USERS.politician)).headers)).status).toBe(200);
  });
});
