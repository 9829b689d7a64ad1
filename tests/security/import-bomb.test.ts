/**
 * A zip bomb through the import: a valid XLSX of about 1 MB whose worksheet XML inflates to 300 MB, sent to
 * previewImport and commitImport over real HTTP. It is refused with BAD_USER_INPUT on input.contentBase64 and a
 * Swedish reason, nothing is written, and the server answers other signed-in requests meanwhile and afterwards.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../../api/src/modules/imports/xlsx-zip.test-support.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
let db: pg.Client;
/** The bomb stating its inflated size in the zip, and the same bomb claiming 1 KB. */
let bombs: { honest: string; lying: string };

beforeAll(async () => {
  t = await startTestApp();
  strategist = await signIn(t, DEMO_USERS.strategist);
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  bombs = { honest: (await zipBomb(300)).toString('base64'), lying: (await zipBomb(300, { lie: true })).toString('base64') };
}, 120_000);
afterAll(async () => {
  await db?.end();
  await t?.close();
});

const REPORT = 'kind rows errorCount committed';
const send = (operation: 'previewImport' | 'commitImport', contentBase64: string) =>
  strategist.gql<Record<string, { committed: boolean }>>(`mutation($input: ImportFileInput!) { ${operation}(input: $input) { ${REPORT} } }`, {
    input: { kind: 'DEVICE_FLEETS', fileName: 'enhetsbestand.xlsx', contentBase64 },
  });

const municipality = () => strategist.gql<{ municipality: { name: string } }>('{ municipality { name } }');

function expectRefused(response: Awaited<ReturnType<typeof send>>) {
  expect(response.status).toBe(200);
  expect(response.data).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
  expect(response.errors![0]!.message).toMatch(/^enhetsbestand\.xlsx packas upp till mer än 100 gånger sin egen storlek och läses inte: .*Spara om den i Excel/);
}

describe('a zip bomb sent to the import', () => {
  it('is about 1 MB that inflates to 300 MB', () => {
    expect(Buffer.from(bombs.honest, 'base64').length).toBeLessThan(2 * 1024 * 1024);
    expect(Buffer.from(bombs.lying, 'base64').length).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(['honest', 'lying'] as const)('previewImport refuses the %s bomb, and the server answers the next request', async (which) => {
    const started = performance.now();
    const response = await send('previewImport', bombs[which]);
    const elapsed = performance.now() - started;
    expectRefused(response);
    // A generous bound, far above what it takes (milliseconds): the point is that it does not read 300 MB.
    expect(elapsed).toBeLessThan(15_000);
    const next = await municipality();
    expect(next.errors).toBeUndefined();
    expect(next.data!.municipality.name).toBe('Exempelkommun');
  });

  it('commitImport refuses it too and writes nothing, not even to the audit trail', async () => {
    const count = async (table: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
    const before = [await count('device_fleet'), await count('audit_event')];
    expectRefused(await send('commitImport', bombs.lying));
    expect([await count('device_fleet'), await count('audit_event')]).toEqual(before);
  });

  it('six bombs at once: each refused, and signed-in requests answered while they are in flight', async () => {
    const flight = { done: false };
    const answered: string[] = [];
    const reader = (async () => {
      while (!flight.done) {
        const { data, errors } = await municipality();
        expect(errors).toBeUndefined();
        answered.push(data!.municipality.name);
      }
    })();
    const responses = await Promise.all([...Array.from({ length: 3 }, () => send('previewImport', bombs.lying)), ...Array.from({ length: 3 }, () => send('previewImport', bombs.honest))]);
    flight.done = true;
    await reader;
    responses.forEach(expectRefused);
    expect(answered.length).toBeGreaterThan(0);
    expect(new Set(answered)).toEqual(new Set(['Exempelkommun']));
    // And a real workbook is still read as before.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Enhetsbestånd').addRow(['Skolenhetskod', 'År', 'Enhetstyp', 'Användargrupp', 'Antal']);
    const ok = await send('previewImport', Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'));
    expect(ok.errors).toBeUndefined();
  });
});
