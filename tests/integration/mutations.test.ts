import { grannby } from '@likvard/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
});
afterAll(() => t?.close());

const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  t.app.orm.em.fork().getConnection().execute<T[]>(query, params);
const count = async (table: string) => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const unitId = async (code: string) => (await sql<{ id: string }>('SELECT id FROM school_unit WHERE code = ?', [code]))[0]!.id;

/** Runs a mutation that must fail, and checks that neither the data nor the audit trail changed. */
async function refused(query: string, variables: Record<string, unknown>, table: string) {
  const [rows, audits] = [await count(table), await count('audit_event')];
  const { data, errors } = await client.gql(query, variables);
  expect(data).toBeNull();
  expect([await count(table), await count('audit_event')]).toEqual([rows, audits]);
  return errors![0]!.extensions!;
}

const CREATE_LINE = 'mutation($input: BudgetLineInput!) { createBudgetLine(input: $input) { id year category kind amountSek schoolUnitId } }';
const line = (overrides: Record<string, unknown> = {}) => ({ year: 2028, category: 'DEVICES', kind: 'FORECAST', amountSek: 1_000_000, ...overrides });

describe('budget lines', () => {
  it('creates, updates and deletes a line, each change in the audit trail', async () => {
    const created = await client.gql<{ createBudgetLine: { id: string; amountSek: number; schoolUnitId: string | null } }>(CREATE_LINE, { input: line() });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createBudgetLine.id;
    expect(created.data!.createBudgetLine).toMatchObject({ amountSek: 1_000_000, schoolUnitId: null });
    const years = await client.gql<{ municipality: { costsByYear: { year: number; forecastSek: number }[] } }>('{ municipality { costsByYear(fromYear: 2028) { year forecastSek } } }');
    expect(years.data!.municipality.costsByYear).toEqual([{ year: 2028, forecastSek: 1_000_000 }]);

    const updated = await client.gql<{ updateBudgetLine: { amountSek: number } }>(
      'mutation($id: ID!, $input: BudgetLineInput!) { updateBudgetLine(id: $id, input: $input) { amountSek } }',
      { id, input: line({ amountSek: 1_250_000 }) },
    );
    expect(updated.data!.updateBudgetLine.amountSek).toBe(1_250_000);
    const deleted = await client.gql<{ deleteBudgetLine: boolean }>('mutation($id: ID!) { deleteBudgetLine(id: $id) }', { id });
    expect(deleted.data!.deleteBudgetLine).toBe(true);

    const audit = await sql<{ action: string; before: { amountSek: number } | null; after: { amountSek: number } | null; actor: string }>(
      'SELECT action, before, after, actor FROM audit_event WHERE entity_id = ? ORDER BY id',
      [id],
    );
    expect(audit.map((a) => [a.action, a.before?.amountSek ?? null, a.after?.amountSek ?? null])).toEqual([
      ['CREATE', null, 1_000_000],
      ['UPDATE', 1_000_000, 1_250_000],
      ['DELETE', 1_250_000, null],
    ]);
    expect(audit[0]!.actor).toBeTruthy();
  });

  it.each([
    [{ amountSek: -1 }, 'input.amountSek'],
    [{ year: 1800 }, 'input.year'],
    [{ note: 'x'.repeat(501) }, 'input.note'],
  ])('refuses %j naming %s, writing nothing', async (overrides, field) => {
    expect(await refused(CREATE_LINE, { input: line(overrides) }, 'budget_line')).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses another municipality’s unit as owner and a second line for the same key', async () => {
    const grannbyUnit = await unitId(grannby.schoolUnits[0]!.code);
    expect(await refused(CREATE_LINE, { input: line({ schoolUnitId: grannbyUnit }) }, 'budget_line')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.schoolUnitId' });
    // The demo already has Exempelkommun's central DEVICES budget for 2026.
    expect((await refused(CREATE_LINE, { input: line({ year: 2026, kind: 'BUDGET' }) }, 'budget_line')).code).toBe('CONFLICT');
  });

  it('cannot touch another municipality’s line', async () => {
    const [other] = await sql<{ id: string }>("SELECT b.id FROM budget_line b JOIN municipality m ON m.id = b.municipality_id WHERE m.code = '9902' LIMIT 1");
    expect((await refused('mutation($id: ID!) { deleteBudgetLine(id: $id) }', { id: other!.id }, 'budget_line')).code).toBe('NOT_FOUND');
    expect((await refused('mutation($id: ID!, $input: BudgetLineInput!) { updateBudgetLine(id: $id, input: $input) { id } }', { id: other!.id, input: line() }, 'budget_line')).code).toBe('NOT_FOUND');
  });
});

describe('posts and their time split', () => {
  const CREATE_POST = 'mutation($input: PostInput!) { createPost(input: $input) { id fte timeSplit { serviceAreaCode share } } }';
  const post = (overrides: Record<string, unknown> = {}) => ({
    title: 'IT-pedagog, F–6',
    fte: 0.5,
    annualCostSek: 373_639,
    timeSplit: [
      { serviceAreaCode: 'PEDAGOGICAL_SUPPORT', share: 0.6 },
      { serviceAreaCode: 'TRAINING', share: 0.4 },
    ],
    ...overrides,
  });

  it.each([
    [{ fte: -0.5 }, 'input.fte'],
    [{ fte: 0.123 }, 'input.fte'],
    [{ annualCostSek: -1 }, 'input.annualCostSek'],
    [{ timeSplit: [{ serviceAreaCode: 'PEDAGOGICAL_SUPPORT', share: 0.9 }] }, 'input.timeSplit'],
    [{ timeSplit: [{ serviceAreaCode: 'PEDAGOGICAL_SUPPORT', share: 0.1234 }, { serviceAreaCode: 'TRAINING', share: 0.8766 }] }, 'input.timeSplit.0.share'],
    [{ timeSplit: [{ serviceAreaCode: 'COFFEE', share: 1 }] }, 'input.timeSplit.0.serviceAreaCode'],
    [{ timeSplit: [{ serviceAreaCode: 'TRAINING', share: 0.5 }, { serviceAreaCode: 'TRAINING', share: 0.5 }] }, 'input.timeSplit.1.serviceAreaCode'],
  ])('refuses %j naming %s, writing nothing', async (overrides, field) => {
    expect(await refused(CREATE_POST, { input: post(overrides) }, 'support_post')).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('adds a post to CMiT: capacity and FTE follow, and removing it restores them', async () => {
    const created = await client.gql<{ createPost: { id: string } }>(CREATE_POST, { input: post() });
    expect(created.errors).toBeUndefined();
    type Unit = { municipality: { supportUnit: { totalFte: number; capacity: { serviceArea: { code: string }; hours: number }[] } } };
    const query = '{ municipality { supportUnit { totalFte capacity { serviceArea { code } hours } } } }';
    const after = (await client.gql<Unit>(query)).data!.municipality.supportUnit;
    // 4.2 + 0.5 FTE; pedagogical support 1,600 h + 0.5 × 0.6 × 1,600 = 2,080 h.
    expect(after.totalFte).toBe(4.7);
    expect(after.capacity.find((c) => c.serviceArea.code === 'PEDAGOGICAL_SUPPORT')!.hours).toBe(2080);
    await client.gql('mutation($id: ID!) { deletePost(id: $id) }', { id: created.data!.createPost.id });
    expect((await client.gql<Unit>(query)).data!.municipality.supportUnit.totalFte).toBe(4.2);
  });
});

describe('device fleets, indicator values and goals', () => {
  it('refuses a 1:1 fleet for staff and another municipality’s unit', async () => {
    const haga = await unitId('83356115');
    const fleet = { schoolUnitId: haga, year: 2026, deviceType: 'CHROMEBOOK', userGroup: 'STAFF', deviceCount: 10, leaseCostPerMonthSek: 120, leaseTermMonths: 36, leaseStartYear: 2026, replacementCycleYears: 3, oneToOne: true };
    const mutation = 'mutation($input: DeviceFleetInput!) { createDeviceFleet(input: $input) { id } }';
    expect(await refused(mutation, { input: fleet }, 'device_fleet')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.oneToOne' });
    expect(await refused(mutation, { input: { ...fleet, oneToOne: false, leaseTermMonths: 0 } }, 'device_fleet')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.leaseTermMonths' });
    const grannbyUnit = await unitId(grannby.schoolUnits[1]!.code);
    expect(await refused(mutation, { input: { ...fleet, oneToOne: false, schoolUnitId: grannbyUnit } }, 'device_fleet')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.schoolUnitId' });
    const created = await client.gql<{ createDeviceFleet: { id: string } }>(mutation, { input: { ...fleet, userGroup: 'PUPILS_7_9', deviceCount: 5 } });
    expect(created.errors).toBeUndefined();
    await client.gql('mutation($id: ID!) { deleteDeviceFleet(id: $id) }', { id: created.data!.createDeviceFleet.id });
  });

  it('sets an indicator value, then replaces it, within the indicator’s range', async () => {
    const haga = await unitId('83356115');
    const mutation = 'mutation($input: IndicatorValueInput!) { setIndicatorValue(input: $input) { indicatorId year value } }';
    const input = { schoolUnitId: haga, indicatorId: 'LIKV_PERSONAL_MODULER', year: 2027, value: 88.5 };
    expect(await refused(mutation, { input: { ...input, value: 150 } }, 'indicator_value')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.value' });
    expect(await refused(mutation, { input: { ...input, indicatorId: 'NOPE' } }, 'indicator_value')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.indicatorId' });
    expect((await client.gql<{ setIndicatorValue: { value: number } }>(mutation, { input })).data!.setIndicatorValue.value).toBe(88.5);
    expect((await client.gql<{ setIndicatorValue: { value: number } }>(mutation, { input: { ...input, value: 91 } })).data!.setIndicatorValue.value).toBe(91);
    const audit = await sql<{ action: string }>("SELECT action FROM audit_event WHERE entity = 'IndicatorValue' ORDER BY id");
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('creates a goal with targets, refuses a duplicate code and an unknown sub-goal, and deletes it', async () => {
    const mutation = 'mutation($input: GoalInput!) { createGoal(input: $input) { id code } }';
    const goal = { code: 'M7', title: 'Alla elever i åk 4–6 har tillgång till en enhet per två elever', subGoalCode: '2.1', indicatorId: 'LIKV_TACKNING_1TILL1', targets: [{ year: 2026, target: 100 }] };
    expect(await refused(mutation, { input: { ...goal, subGoalCode: '9.9' } }, 'municipality_goal')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subGoalCode' });
    expect(await refused(mutation, { input: { ...goal, targets: [{ year: 2026, target: 1 }, { year: 2026, target: 2 }] } }, 'municipality_goal')).toEqual({ code: 'BAD_USER_INPUT', field: 'input.targets.1.year' });
    expect((await refused(mutation, { input: { ...goal, code: 'M1' } }, 'municipality_goal')).code).toBe('CONFLICT');
    const created = await client.gql<{ createGoal: { id: string } }>(mutation, { input: goal });
    expect(created.errors).toBeUndefined();
    const goals = await client.gql<{ municipality: { goals: { totalCount: number } } }>('{ municipality { goals { totalCount } } }');
    expect(goals.data!.municipality.goals.totalCount).toBe(7);
    expect((await client.gql<{ deleteGoal: boolean }>('mutation($id: ID!) { deleteGoal(id: $id) }', { id: created.data!.createGoal.id })).data!.deleteGoal).toBe(true);
  });
});
