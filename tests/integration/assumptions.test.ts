import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
beforeAll(async () => {
  t = await startTestApp({ exposeQueryCount: true });
  strategist = await signIn(t, DEMO_USERS.strategist);
});
afterAll(() => t?.close());

const ASSUMPTIONS = `{ assumptions { id name value unit defaultValue low high source version changedBy changedAt } }`;
const SET = `mutation($id: String!, $value: Float!, $source: String!, $expectedVersion: Int) {
  setAssumption(id: $id, value: $value, source: $source, expectedVersion: $expectedVersion) { id value version source changedBy changedAt defaultValue } }`;
const HISTORY = `query($id: String!, $first: Int, $after: String) { assumptionHistory(id: $id, first: $first, after: $after) {
  totalCount nodes { version value source changedBy } pageInfo { hasNextPage endCursor } } }`;
const EVALUATE = `query($input: ScenarioInput!) { evaluateScenario(input: $input) {
  summary { supportUtilisationBase } assumptionSetVersion assumptionsUsed { id value version source } series { base { support { capacityHours } } } } }`;

async function db<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return t.app.orm.em.fork().getConnection().execute<T[]>(sql, params);
}

interface Assumption { id: string; name: string; value: number; unit: string; defaultValue: number; low: number; high: number; source: string; version: number; changedBy: string | null; changedAt: string | null }

describe('assumptions per municipality, versioned', () => {
  it('lists every model assumption with its default, range, source and version 0', async () => {
    const { data, errors } = await strategist.gql<{ assumptions: Assumption[] }>(ASSUMPTIONS);
    expect(errors).toBeUndefined();
    expect(data!.assumptions.length).toBeGreaterThanOrEqual(20);
    expect(data!.assumptions.find((a) => a.id === 'productiveHoursPerFte')).toMatchObject({
      name: 'Produktiva timmar per årsarbetare', value: 1600, unit: 'h/år', defaultValue: 1600, low: 1500, high: 1700, version: 0, changedBy: null, changedAt: null,
    });
  });

  it('a change is a new version with an audit record, and evaluateScenario uses it', async () => {
    const input = { name: 'Bas', baseYear: 2026, horizonYears: 1, levers: [] };
    const before = (await strategist.gql<{ evaluateScenario: { summary: { supportUtilisationBase: number }; assumptionSetVersion: number } }>(EVALUATE, { input })).data!.evaluateScenario;
    expect(before.assumptionSetVersion).toBe(0);

    const set = await strategist.gql<{ setAssumption: { value: number; version: number; source: string; changedBy: string; changedAt: string; defaultValue: number } }>(SET, {
      id: 'productiveHoursPerFte', value: 1500, source: 'Kalibrerat mot CMiT:s tidrapporter 2025', expectedVersion: 0,
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setAssumption).toMatchObject({ value: 1500, version: 1, source: 'Kalibrerat mot CMiT:s tidrapporter 2025', changedBy: DEMO_USERS.strategist, defaultValue: 1600 });
    expect(Number.isNaN(Date.parse(set.data!.setAssumption.changedAt))).toBe(false);

    const audit = await db<{ actor: string; action: string; entity_id: string; before: { value: number; version: number }; after: { value: number; version: number } }>(
      "SELECT actor, action, entity_id, before, after FROM audit_event WHERE entity = 'Assumption' ORDER BY id",
    );
    expect(audit).toEqual([{ actor: DEMO_USERS.strategist, action: 'UPDATE', entity_id: 'productiveHoursPerFte', before: expect.objectContaining({ value: 1600, version: 0 }), after: expect.objectContaining({ value: 1500, version: 1 }) }]);

    const after = (await strategist.gql<{ evaluateScenario: { summary: { supportUtilisationBase: number }; assumptionSetVersion: number; assumptionsUsed: { id: string; value: number; version: number; source: string }[]; series: { base: { support: { capacityHours: number } } }[] } }>(EVALUATE, { input })).data!.evaluateScenario;
    // Support capacity 1.0 FTE × 1 500 h = 1 500 h instead of 1 600 h; utilisation rises by 1 600 / 1 500.
    expect(after.series[0]!.base.support.capacityHours).toBeCloseTo(1500, 9);
    expect(after.summary.supportUtilisationBase).toBeCloseTo((before.summary.supportUtilisationBase * 1600) / 1500, 9);
    expect(after.assumptionSetVersion).toBe(1);
    expect(after.assumptionsUsed.find((a) => a.id === 'productiveHoursPerFte')).toEqual({ id: 'productiveHoursPerFte', value: 1500, version: 1, source: 'Kalibrerat mot CMiT:s tidrapporter 2025' });

    // Another municipality keeps the default.
    const grannby = await signIn(t, DEMO_USERS.grannbyStrategist);
    const theirs = (await grannby.gql<{ assumptions: Assumption[] }>(ASSUMPTIONS)).data!.assumptions.find((a) => a.id === 'productiveHoursPerFte')!;
    expect(theirs).toMatchObject({ value: 1600, version: 0 });
  });

  it('keeps the history, newest first, a page at a time', async () => {
    const second = await strategist.gql<{ setAssumption: { version: number } }>(SET, { id: 'productiveHoursPerFte', value: 1550, source: 'Mitt emellan', expectedVersion: 1 });
    expect(second.data!.setAssumption.version).toBe(2);
    const page1 = await strategist.gql<{ assumptionHistory: { totalCount: number; nodes: { version: number; value: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(HISTORY, { id: 'productiveHoursPerFte', first: 1 });
    expect(page1.data!.assumptionHistory).toMatchObject({ totalCount: 2, nodes: [{ version: 2, value: 1550 }], pageInfo: { hasNextPage: true } });
    const page2 = await strategist.gql<{ assumptionHistory: { nodes: { version: number; value: number }[]; pageInfo: { hasNextPage: boolean } } }>(HISTORY, {
      id: 'productiveHoursPerFte', first: 1, after: page1.data!.assumptionHistory.pageInfo.endCursor,
    });
    expect(page2.data!.assumptionHistory).toMatchObject({ nodes: [{ version: 1, value: 1500 }], pageInfo: { hasNextPage: false } });
  });

  it.each([
    ['a stale version', { id: 'productiveHoursPerFte', value: 1450, source: 'gammal vy', expectedVersion: 0 }, { code: 'CONFLICT' }],
    ['an unknown assumption', { id: 'kaffePerDag', value: 3, source: 'x' }, { code: 'BAD_USER_INPUT', field: 'id' }],
    ['a share above 1', { id: 'localCoordinatorShareOfDemand', value: 1.4, source: 'x' }, { code: 'BAD_USER_INPUT', field: 'value' }],
    ['zero hours', { id: 'productiveHoursPerFte', value: 0, source: 'x' }, { code: 'BAD_USER_INPUT', field: 'value' }],
    ['an empty source', { id: 'productiveHoursPerFte', value: 1500, source: '  ' }, { code: 'BAD_USER_INPUT', field: 'source' }],
  ])('refuses %s and writes nothing', async (_what, variables, extensions) => {
    const count = async () => (await db<{ n: number }>('SELECT count(*)::int AS n FROM assumption_version'))[0]!.n;
    const before = await count();
    const response = await strategist.gql(SET, variables);
    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions).toEqual(extensions);
    expect(await count()).toBe(before);
  });

  it('refuses the last equity weight set to 0 (the index needs one weight)', async () => {
    for (const id of ['equityWeightDevices', 'equityWeightSupport', 'equityWeightCompetence']) {
      expect((await strategist.gql(SET, { id, value: 0, source: 'test' })).errors).toBeUndefined();
    }
    const last = await strategist.gql(SET, { id: 'equityWeightMaturity', value: 0, source: 'test' });
    expect(last.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
  });

  it('a VIEWER reads the assumptions but may not change them', async () => {
    const politician = await signIn(t, DEMO_USERS.politician);
    expect((await politician.gql(ASSUMPTIONS)).errors).toBeUndefined();
    const response = await politician.gql(SET, { id: 'productiveHoursPerFte', value: 1500, source: 'x' });
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('equity between schools on the base data', () => {
  const EQUITY = `query($year: Int, $first: Int, $after: String) { municipality { equity(year: $year) { year threshold summary { meanIndex gini coefficientOfVariation p90p10 schoolsBelowThreshold correlationWithSocioeconomicIndex schools }
    schools(first: $first, after: $after) { totalCount nodes { school { code name pupils } index belowThreshold socioeconomicIndex hasLocalItCoordinator components { deviceCoverage supportAccess staffCompetence maturity } } pageInfo { hasNextPage endCursor } } }
    equityTrend { year summary { meanIndex schools schoolsBelowThreshold } } } }`;
  interface EquityData {
    municipality: {
      equity: {
        year: number;
        threshold: number;
        summary: { meanIndex: number; schools: number; schoolsBelowThreshold: number; correlationWithSocioeconomicIndex: number | null };
        schools: { totalCount: number; nodes: { school: { code: string; pupils: number }; index: number; hasLocalItCoordinator: boolean; components: Record<string, number> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      equityTrend: { year: number; summary: { meanIndex: number; schools: number } }[];
    };
  }

  it('gives each school its index and components, lowest first, and the summary of the engine’s calculator', async () => {
    const politician = await signIn(t, DEMO_USERS.politician);
    const { data, errors } = await politician.gql<EquityData>(EQUITY, { year: 2026, first: 5 });
    expect(errors).toBeUndefined();
    const e = data!.municipality.equity;
    expect(e).toMatchObject({ year: 2026, summary: { schools: 20 }, schools: { totalCount: 20, pageInfo: { hasNextPage: true } } });
    expect(e.schools.nodes).toHaveLength(5);
    const indices = e.schools.nodes.map((n) => n.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    for (const n of e.schools.nodes) {
      for (const c of Object.values(n.components)) expect(c).toBeGreaterThanOrEqual(0);
      // The equity weights of the earlier test: only maturity counts now, so the index is the maturity component.
      expect(n.index).toBeCloseTo(n.components.maturity!, 9);
    }
    // Lower socioeconomic index = greater needs: r > 0 means needier schools score lower.
    expect(e.summary.correlationWithSocioeconomicIndex!).toBeGreaterThan(0);
    const next = await politician.gql<EquityData>(EQUITY, { year: 2026, first: 50, after: e.schools.pageInfo.endCursor });
    expect(next.data!.municipality.equity.schools.nodes).toHaveLength(15);
  });

  it('has a trend over every year with data, each year with that year’s units', async () => {
    const { data } = await strategist.gql<EquityData>(EQUITY, {});
    expect(data!.municipality.equityTrend.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(data!.municipality.equityTrend.every((p) => p.summary.schools === 20 && p.summary.meanIndex > 0)).toBe(true);
    expect(data!.municipality.equity.year).toBe(2026);
  });

  it('refuses a year without data, naming the argument', async () => {
    const response = await strategist.gql(EQUITY, { year: 2019 });
    expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
