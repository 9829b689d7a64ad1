import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let strategist: Client;
beforeAll(async () => {
  t = await startTestApp({ exposeQueryCount: true });
  strategist = await signIn(t, DEMO_USERS.strategist);
});
afterAll(() => t?.close());

const SUPPORT_UNIT = '{ municipality { supportUnit { productiveHoursPerFte capacity { serviceArea { code } fte hours } } } }';
const SET = `mutation($value: Float!, $source: String!) {
  setAssumption(id: "productiveHoursPerFte", value: $value, source: $source) { value version } }`;
const EVALUATE = `query($input: ScenarioInput!) { evaluateScenario(input: $input) { series { base { support { capacityHours } } } } }`;

interface SupportUnit {
  productiveHoursPerFte: number;
  capacity: { serviceArea: { code: string }; fte: number; hours: number }[];
}

async function supportUnit(client: Client): Promise<SupportUnit> {
  const { data, errors } = await client.gql<{ municipality: { supportUnit: SupportUnit } }>(SUPPORT_UNIT);
  expect(errors).toBeUndefined();
  return data!.municipality.supportUnit;
}

const hoursByArea = (unit: SupportUnit) => Object.fromEntries(unit.capacity.map((c) => [c.serviceArea.code, c.hours]));

async function statements(query: string): Promise<number> {
  const response = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...strategist.headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown; extensions: { sqlStatements: number } };
  expect(body.errors).toBeUndefined();
  return body.extensions.sqlStatements;
}

describe("the support unit's hours follow the municipality's productiveHoursPerFte assumption", () => {
  it('counts with the model default until the municipality changes it', async () => {
    const unit = await supportUnit(strategist);
    expect(unit.productiveHoursPerFte).toBe(1600);
    // FTE per area as in domain.test.ts: 1.00, 1.10, 0.85, 0.55, 0.37, 0.33.
    expect(hoursByArea(unit)).toEqual({ PEDAGOGICAL_SUPPORT: 1600, TRAINING: 1760, PLATFORM_ADMIN: 1360, ASSISTIVE_TOOLS: 880, PROCUREMENT: 592, DATA_PROTECTION: 528 });
  });

  it('shows the changed value and the capacity computed with it, agreeing with the scenario engine', async () => {
    const set = await strategist.gql<{ setAssumption: { value: number; version: number } }>(SET, { value: 1500, source: 'Kalibrerat mot tidrapporterna' });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setAssumption).toEqual({ value: 1500, version: 1 });

    const unit = await supportUnit(strategist);
    expect(unit.productiveHoursPerFte).toBe(1500);
    expect(hoursByArea(unit)).toEqual({ PEDAGOGICAL_SUPPORT: 1500, TRAINING: 1650, PLATFORM_ADMIN: 1275, ASSISTIVE_TOOLS: 825, PROCUREMENT: 555, DATA_PROTECTION: 495 });
    // The FTE split does not depend on the assumption.
    expect(unit.capacity.find((c) => c.serviceArea.code === 'TRAINING')!.fte).toBe(1.1);

    const evaluated = await strategist.gql<{ evaluateScenario: { series: { base: { support: { capacityHours: number } } }[] } }>(EVALUATE, {
      input: { name: 'Bas', baseYear: 2026, horizonYears: 1, levers: [] },
    });
    expect(evaluated.errors).toBeUndefined();
    expect(Math.round(evaluated.data!.evaluateScenario.series[0]!.base.support.capacityHours)).toBe(hoursByArea(unit).PEDAGOGICAL_SUPPORT);
  });

  it('shows a value with a fraction of an hour in whole hours', async () => {
    expect((await strategist.gql(SET, { value: 1550.5, source: 'Mitt emellan' })).errors).toBeUndefined();
    const unit = await supportUnit(strategist);
    expect(unit.productiveHoursPerFte).toBe(1551);
    expect(hoursByArea(unit).TRAINING).toBe(Math.round(1.1 * 1550.5));
  });

  it("leaves another municipality's support unit on its own value", async () => {
    const grannby = await signIn(t, DEMO_USERS.grannbyStrategist);
    expect((await supportUnit(grannby)).productiveHoursPerFte).toBe(1600);
  });

  it('reads the assumption once per request, however many fields use it', async () => {
    const capacityOnly = await statements('{ municipality { supportUnit { capacity { hours } } } }');
    const both = await statements('{ municipality { supportUnit { productiveHoursPerFte capacity { hours } } } }');
    expect(both).toBe(capacityOnly);
  });
});
