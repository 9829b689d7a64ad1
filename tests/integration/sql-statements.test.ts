import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp({ exposeQueryCount: true });
  client = await signIn(t);
});
afterAll(() => t?.close());

/** The main queries, each with a page size; every nested field of every node is asked for. */
const QUERIES: Record<string, string> = {
  schoolProfiles: `query($n: Int) { municipality { schoolUnits(first: $n) { totalCount nodes { code pupils socioeconomicIndex
    facts { year pupils } devices { deviceCount } deviceCoverage { oneToOneCoverage } costs { category budgetSek }
    indicatorValues { indicatorId value } goalAchievement { met trend { year } } } } } }`,
  costsByOwner: `query($n: Int) { municipality { costsByOwner(first: $n) { totalCount nodes { ownerName budgetSek schoolUnit { pupils facts { year } } } } } }`,
  deviceCoverage: `query($n: Int) { municipality { deviceCoverage(first: $n) { totalCount nodes { oneToOneCoverage schoolUnit { pupils socioeconomicIndex } } } } }`,
  goalAchievement: `query($n: Int) { municipality { goalAchievement(year: 2025, first: $n) { totalCount nodes { met trend { year } schoolUnit { pupils } goal { code } } } } }`,
  goals: `query($n: Int) { municipality { goals(first: $n) { totalCount nodes { schoolsMet goal { code targets { year } } } } } }`,
  indicatorComparison: `query($n: Int) { municipality { indicatorComparison(indicatorId: "LIKV_PERSONAL_MODULER", first: $n) { totalCount nodes { rank schoolUnit { pupils } } } } }`,
  schoolComparison: `query($n: Int) { municipality { schoolComparison(first: $n) { totalCount nodes { likaMean schoolUnit { pupils } } } } }`,
  overview: `query($n: Int) { municipality { kpis { costPerPupilSek } costsByYear { year } devices { devices } replacementWaves { dueYear }
    supportUnit { totalFte peopleServed peoplePerFte capacity { hours } posts { title timeSplit { share } } } schoolUnits(first: $n) { nodes { pupils } } } }`,
};

async function statements(query: string, n: number): Promise<number> {
  const response = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...client.headers },
    body: JSON.stringify({ query, variables: { n } }),
  });
  const body = (await response.json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
  expect(body.errors).toBeUndefined();
  return body.extensions!.sqlStatements!;
}

/** 200 more units in Exempelkommun, with facts, devices, costs and indicator values, so every list grows tenfold. */
async function addUnits(count: number): Promise<void> {
  const connection = t.app.orm.em.fork().getConnection();
  await connection.execute(
    `INSERT INTO school_unit (municipality_id, code, name, school_forms, has_local_it_coordinator)
     SELECT m.id, (11000000 + g)::text, 'Extraskolan ' || g, '{GRUNDSKOLA_7_9}', g % 2 = 0
     FROM municipality m, generate_series(1, ?) g WHERE m.code = '9901'`,
    [count],
  );
  const extra = `FROM school_unit u WHERE u.code LIKE '11%'`;
  await connection.execute(`INSERT INTO school_year_fact (school_unit_id, year, municipality_id, pupils, teachers, teachers_fte, school_leaders,
      socioeconomic_index, pupils_7_9) SELECT u.id, y, u.municipality_id, 300, 25, 23, 1, 1.0, 300 ${extra.replace('FROM school_unit u', 'FROM school_unit u, generate_series(2023, 2027) y')}`);
  await connection.execute(`INSERT INTO device_fleet (municipality_id, school_unit_id, year, device_type, user_group, device_count,
      lease_cost_per_month_sek, lease_term_months, lease_start_year, replacement_cycle_years, one_to_one)
      SELECT u.municipality_id, u.id, 2026, 'CHROMEBOOK', 'PUPILS_7_9', 290, 120, 36, 2025, 3, true ${extra}`);
  await connection.execute(`INSERT INTO budget_line (municipality_id, year, school_unit_id, category, kind, amount_sek)
      SELECT u.municipality_id, 2026, u.id, 'DEVICES', 'BUDGET', 417600 ${extra}`);
  await connection.execute(`INSERT INTO indicator_value (school_unit_id, indicator_id, year, municipality_id, value)
      SELECT u.id, i, y, u.municipality_id, 70 ${extra.replace('FROM school_unit u', "FROM school_unit u, (VALUES ('LIKV_PERSONAL_MODULER'), ('N15419')) iv(i), generate_series(2024, 2026) y")}`);
}

describe('SQL statements per request do not grow with rows', () => {
  it('is the same for a page of 5 and of 20 on the demo data, and for 10 and 200 with 200 more units', async () => {
    const counts: Record<string, number[]> = {};
    for (const [name, query] of Object.entries(QUERIES)) counts[name] = [await statements(query, 5), await statements(query, 20)];
    await addUnits(200);
    for (const [name, query] of Object.entries(QUERIES)) counts[name]!.push(await statements(query, 10), await statements(query, 200));
    // Measured before accounts: schoolProfiles 10, costsByOwner 4, deviceCoverage 3, goalAchievement 3, goals 2,
    // indicatorComparison 4, schoolComparison 3, overview 14 — at every page size and with 200 more units. Every
    // request now also opens its transaction: BEGIN and one statement that reads the session and sets the tenant.
    for (const [name, [five, twenty, ten, twoHundred]] of Object.entries(counts)) {
      expect({ name, twenty, ten, twoHundred }).toEqual({ name, twenty: five, ten: five, twoHundred: five });
    }
    // Small absolute bounds too: a page is one statement, each nested field one more, plus the request's two.
    const REQUEST = 2;
    expect(counts.costsByOwner![0]).toBeLessThanOrEqual(4 + REQUEST);
    expect(counts.deviceCoverage![0]).toBeLessThanOrEqual(4 + REQUEST);
    expect(counts.schoolProfiles![0]).toBeLessThanOrEqual(11 + REQUEST);
  });

  it('is not in the response unless the config asks for it', async () => {
    const other = await startTestApp();
    try {
      const response = await fetch(`${other.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipality { code } }' }),
      });
      expect(((await response.json()) as { extensions?: unknown }).extensions).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
