/**
 * Files travel on their own route (POST /import/<kind>), GraphQL bodies stay under 1 MB: the route gives exactly
 * previewImport's and commitImport's report, only to a signed-in analyst, and refuses what a hostile page or client
 * would send.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let analyst: Client;
let viewer: Client;
beforeAll(async () => {
  t = await startTestApp();
  [analyst, viewer] = await Promise.all([signIn(t, DEMO_USERS.strategist), signIn(t, DEMO_USERS.politician)]);
});
afterAll(() => t?.close());

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'seeds', 'fixtures', name));
const CSV = 'budgetrader-2028-bom.csv';

const upload = (body: Buffer | string, query: string, headers: Record<string, string>, kind = 'budgetrader') =>
  fetch(`${t.baseUrl}/import/${kind}?${query}`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });

const REPORT = 'kind rows creates updates unchanged skipped committed errors { sheet row column message }';

describe('POST /import/<kind>', () => {
  it('previews exactly as previewImport does, and commits all or nothing as commitImport does', async () => {
    const viaGraphql = await analyst.gql<{ previewImport: Record<string, unknown> }>(`mutation($input: ImportFileInput!) { previewImport(input: $input) { ${REPORT} } }`, {
      input: { kind: 'BUDGET_LINES', fileName: CSV, contentBase64: fixture(CSV).toString('base64') },
    });
    const preview = await upload(fixture(CSV), `fileName=${CSV}&mode=preview`, analyst.headers);
    expect(preview.status).toBe(200);
    const report = (await preview.json()) as Record<string, unknown>;
    expect(report).toMatchObject(viaGraphql.data!.previewImport);
    expect(report.committed).toBe(false);

    const committed = (await (await upload(fixture(CSV), `fileName=${CSV}&mode=commit`, analyst.headers)).json()) as Record<string, number | boolean>;
    expect(committed).toMatchObject({ committed: true, creates: report.creates });
    const again = (await (await upload(fixture(CSV), `fileName=${CSV}&mode=preview`, analyst.headers)).json()) as Record<string, number>;
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: report.rows });
  });

  it('takes a file GraphQL no longer takes (over 1 MB), which previewImport refuses with 413', async () => {
    const [header, row] = fixture(CSV).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const big = Buffer.from([header, ...Array.from({ length: 20_000 }, () => row)].join('\n'), 'utf8');
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const response = await upload(big, 'fileName=stor.csv&mode=preview', analyst.headers);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { rows: number }).rows).toBe(20_000);
    const viaGraphql = await analyst.gql(`mutation($input: ImportFileInput!) { previewImport(input: $input) { rows } }`, {
      input: { kind: 'BUDGET_LINES', fileName: 'stor.csv', contentBase64: big.toString('base64') },
    });
    expect(viaGraphql.status).toBe(413);
  });

  it.each([
    ['without a session', {}, 401],
    ['for a VIEWER', 'viewer', 403],
    ['from another site’s page', 'cross-site', 403],
    ['as text/plain (a type any page may send)', 'text/plain', 415],
  ] as const)('refuses an upload %s', async (_what, how, status) => {
    const headers =
      how === 'viewer' ? viewer.headers
      : how === 'cross-site' ? { ...analyst.headers, 'sec-fetch-site': 'cross-site' }
      : how === 'text/plain' ? { ...analyst.headers, 'content-type': 'text/plain' }
      : {};
    expect((await upload(fixture(CSV), `fileName=${CSV}&mode=commit`, headers)).status).toBe(status);
  });

  it('refuses a body over 20 MB with 413, names a missing mode, an unknown kind is 404', async () => {
    expect((await upload(Buffer.alloc(21 * 1024 * 1024, 0x41), 'fileName=x.csv&mode=preview', analyst.headers)).status).toBe(413);
    const noMode = await upload(fixture(CSV), `fileName=${CSV}`, analyst.headers);
    expect(noMode.status).toBe(400);
    expect(await noMode.json()).toMatchObject({ field: 'mode' });
    expect((await upload(fixture(CSV), `fileName=${CSV}&mode=preview`, analyst.headers, 'hemligt')).status).toBe(404);
    // The server answers on.
    expect((await analyst.gql('{ me { email } }')).data).toEqual({ me: { email: DEMO_USERS.strategist } });
  });
});
