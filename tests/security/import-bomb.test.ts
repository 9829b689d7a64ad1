/**
 * A zip bomb through the import: a valid XLSX of about 1 MB whose worksheet XML inflates to 300 MB, uploaded to
 * POST /import/<kind> (preview and commit: the route of files over GraphQL's 1 MB) over real HTTP. It is refused
 * (400, field `file`, a Swedish reason), nothing is written, and the server answers other signed-in requests
 * meanwhile and afterwards.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../../api/src/modules/imports/xlsx-zip.test-support.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
let db: pg.Client;
/** The bomb stating its inflated size in the zip, and the same bomb claiming 1 KB. */
let bombs: { honest: Buffer; lying: Buffer };

beforeAll(async () => {
  t = await startTestApp();
  strategist = await signIn(t, DEMO_USERS.strategist);
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  bombs = { honest: await zipBomb(300), lying: await zipBomb(300, { lie: true }) };
}, 120_000);
afterAll(async () => {
  await db?.end();
  await t?.close();
});

interface Answer {
  status: number;
  body: { committed?: boolean; rows?: number; message?: string; field?: string };
}
const send = async (mode: 'preview' | 'commit', bytes: Buffer): Promise<Answer> => {
  const response = await fetch(`${t.baseUrl}/import/enhetsbestand?fileName=enhetsbestand.xlsx&mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...strategist.headers },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
};

const municipality = () => strategist.gql<{ municipality: { name: string } }>('{ municipality { name } }');

function expectRefused(response: Answer) {
  expect(response.status).toBe(400);
  expect(response.body.field).toBe('file');
  expect(response.body.message).toMatch(/^enhetsbestand\.xlsx packas upp till mer än 100 gånger sin egen storlek och läses inte: .*Spara om den i Excel/);
}

describe('a zip bomb sent to the import', () => {
  it('is about 1 MB that inflates to 300 MB', () => {
    expect(bombs.honest.length).toBeLessThan(2 * 1024 * 1024);
    expect(bombs.lying.length).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(['honest', 'lying'] as const)('a preview refuses the %s bomb, and the server answers the next request', async (which) => {
    const started = performance.now();
    const response = await send('preview', bombs[which]);
    const elapsed = performance.now() - started;
    expectRefused(response);
    // A generous bound, far above what it takes (milliseconds): the point is that it does not read 300 MB.
    expect(elapsed).toBeLessThan(15_000);
    const next = await municipality();
    expect(next.errors).toBeUndefined();
    expect(next.data!.municipality.name).toBe('Exempelkommun');
  });

  it('a commit refuses it too and writes nothing, not even to the audit trail', async () => {
    const count = async (table: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
    const before = [await count('device_fleet'), await count('audit_event')];
    expectRefused(await send('commit', bombs.lying));
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
    const responses = await Promise.all([...Array.from({ length: 3 }, () => send('preview', bombs.lying)), ...Array.from({ length: 3 }, () => send('preview', bombs.honest))]);
    flight.done = true;
    await reader;
    responses.forEach(expectRefused);
    expect(answered.length).toBeGreaterThan(0);
    expect(new Set(answered)).toEqual(new Set(['Exempelkommun']));
    // And a real workbook is still read as before.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Enhetsbestånd').addRow(['Skolenhetskod', 'År', 'Enhetstyp', 'Användargrupp', 'Antal']);
    const ok = await send('preview', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(ok.status).toBe(200);
    expect(ok.body.committed).toBe(false);
  });
});
