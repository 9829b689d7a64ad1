import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalUserEmail } from '@likvard/seeds';
import { loadNational, type NationalLoadResult } from '../../api/src/seed/national-seed.js';
import { DEMO_PASSWORD, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let loaded: NationalLoadResult;
beforeAll(async () => {
  t = await startTestApp({ exposeQueryCount: true });
});
afterAll(() => t?.close());

/** The overview as the dashboard asks for it, and the fuller overview of the statement-count test. */
const QUERIES: Record<string, string> = {
  overviewPage: '{ municipality { code name budgetYear supportUnit { name totalFte peopleServed annualCostSek posts { id title fte annualCostSek } } } }',
  overviewFull: `{ municipality { code kpis { costPerPupilSek } costsByYear { year } devices { devices } replacementWaves { dueYear }
    supportUnit { totalFte peopleServed peoplePerFte capacity { hours } posts { title timeSplit { share } } } schoolUnits(first: 20) { nodes { pupils } } } }`,
  schoolProfiles: `{ municipality { code schoolUnits(first: 20) { totalCount nodes { code pupils facts { year pupils } devices { deviceCount }
    costs { category budgetSek } indicatorValues { indicatorId value } goalAchievement { met } } } } }`,
};

async function counts(client: Client): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...client.headers },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
    expect(body.errors).toBeUndefined();
    result[name] = body.extensions!.sqlStatements!;
  }
  return result;
}

describe('a national-shaped data set', () => {
  it('loads with every table filled, and replaces itself when loaded again', async () => {
    const options = { municipalities: 5, schoolUnits: 60, seed: 11, password: DEMO_PASSWORD, scryptLog2N: 14 };
    await loadNational(t.databaseUrl, options);
    loaded = await loadNational(t.databaseUrl, options);
    expect(loaded.municipalities).toBe(5);
    expect(loaded.rows.school_unit).toBe(60);
    expect(loaded.rows.school_year_fact).toBe(300);
    for (const [table, n] of Object.entries(loaded.rows)) expect({ table, filled: n > 0 }).toEqual({ table, filled: true });
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM school_unit`);
      // The demo's 25 units and the national 60, once.
      expect(rows[0]!.n).toBe(25 + 60);
    } finally {
      await db.end();
    }
  });

  it("answers a national municipality's overview with the same SQL statement count as the demo's", async () => {
    const demo = await counts(await signIn(t));
    const national = await signIn(t, nationalUserEmail('1000'));
    const overview = await national.gql<{ municipality: { code: string; supportUnit: { posts: unknown[] } } }>(QUERIES.overviewPage!);
    expect(overview.data?.municipality.code).toBe('1000');
    expect(overview.data?.municipality.supportUnit.posts.length).toBeGreaterThan(0);
    expect(await counts(national)).toEqual(demo);
  });

  it('keeps tenants apart: the national strategist sees only their own units', async () => {
    const national = await signIn(t, nationalUserEmail('1001'));
    const response = await national.gql<{ municipality: { code: string; schoolUnits: { totalCount: number; nodes: { code: string }[] } } }>(
      '{ municipality { code schoolUnits(first: 500) { totalCount nodes { code } } } }',
    );
    expect(response.data?.municipality.code).toBe('1001');
    expect(response.data!.municipality.schoolUnits.totalCount).toBe(response.data!.municipality.schoolUnits.nodes.length);
    expect(response.data!.municipality.schoolUnits.totalCount).toBeLessThan(60);
  });
});
