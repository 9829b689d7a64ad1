import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTkr } from '../../api/src/model/index.js';
import { docxDocumentXml, pdfPages } from '../../api/src/modules/saved-scenarios/document-export/document-text.test-support.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let viewer: Client;
let analyst: Client;
let editor: Client;
let grannby: Client;
beforeAll(async () => {
  t = await startTestApp();
  [viewer, analyst, editor, grannby] = await Promise.all([
    signIn(t, DEMO_USERS.politician),
    signIn(t, DEMO_USERS.strategist),
    signIn(t, DEMO_USERS.headOfAdministration),
    signIn(t, DEMO_USERS.grannbyStrategist),
  ]);
});
afterAll(() => t?.close());

const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute<T[]>(query, params);
const count = async (table: string) => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
const supportPostId = async () => (await sql<{ id: string }>("SELECT p.id FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9901' AND p.title = 'IT-pedagog, pedagogiskt IT-stöd'"))[0]!.id;

const SCENARIO_FIELDS = `id name description status version baseYear horizonYears frozenAt updatedAt canEdit allowedTransitions allowedEdits
  owner { email name } createdBy { email }
  result { summary { grossSavingSek shiftedCostSek netSavingSek supportFteScenario supportUtilisation expectedWaitHours } risks { area likelihood consequence score overridden } }
  riskRegister { id number source area description likelihood consequence originalLikelihood originalConsequence overridden
    override { likelihood consequence justification by at } residualLikelihood residualConsequence step mitigations { id action owner dueDate done } }`;
const CREATE = `mutation($input: ScenarioInput!, $description: String) { createScenario(input: $input, description: $description) { ${SCENARIO_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ScenarioInput!) { updateScenario(id: $id, version: $version, input: $input) { ${SCENARIO_FIELDS} } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: ScenarioStatus!) { setScenarioStatus(id: $id, version: $version, status: $status) { ${SCENARIO_FIELDS} } }`;
const GET = `query($id: ID!) { scenario(id: $id) { ${SCENARIO_FIELDS} } }`;
const OVERRIDE = `mutation($riskId: ID!, $input: RiskOverrideInput!) { overrideScenarioRisk(riskId: $riskId, input: $input) { ${SCENARIO_FIELDS} } }`;

interface ScenarioOut {
  id: string;
  name: string;
  status: string;
  version: number;
  frozenAt: string | null;
  canEdit: boolean;
  allowedTransitions: string[];
  allowedEdits: string[];
  owner: { email: string; name: string };
  result: { summary: { grossSavingSek: number; shiftedCostSek: number; netSavingSek: number; supportFteScenario: number }; risks: { area: string; likelihood: number; consequence: number; overridden: boolean }[] };
  riskRegister: {
    id: string;
    source: string;
    area: string;
    description: string;
    likelihood: number;
    consequence: number;
    originalLikelihood: number;
    originalConsequence: number;
    overridden: boolean;
    override: { justification: string; by: string; at: string } | null;
    residualLikelihood: number | null;
    step: string;
    mitigations: { action: string }[];
  }[];
}

const input = async (name: string, deltaFte = -1) => ({ name, baseYear: 2026, horizonYears: 3, levers: [{ changePostFte: { postId: await supportPostId(), deltaFte, fromYear: 2027 } }] });

async function create(client: Client, name: string, deltaFte = -1): Promise<ScenarioOut> {
  const { data, errors } = await client.gql<{ createScenario: ScenarioOut }>(CREATE, { input: await input(name, deltaFte), description: 'Bakgrund för testet.' });
  expect(errors).toBeUndefined();
  return data!.createScenario;
}

/** Runs a mutation that must fail, and checks that nothing in the scenario tables or the audit trail changed. */
async function refused(client: Client, query: string, variables: Record<string, unknown>) {
  const tables = ['saved_scenario', 'scenario_risk', 'scenario_mitigation', 'scenario_comment', 'scenario_participant', 'audit_event'];
  const before = await Promise.all(tables.map(count));
  const versions = await sql('SELECT id, version, status FROM saved_scenario ORDER BY id');
  const { data, errors } = await client.gql(query, variables);
  expect(data).toBeNull();
  expect(await Promise.all(tables.map(count))).toEqual(before);
  expect(await sql('SELECT id, version, status FROM saved_scenario ORDER BY id')).toEqual(versions);
  return errors![0]!.extensions!;
}

describe('the demo scenarios', () => {
  it('a politician sees the proposed cut of one CMiT post with its frozen numbers and its risk register', async () => {
    const { data } = await viewer.gql<{ scenarios: { totalCount: number; nodes: ScenarioOut[] } }>(`{ scenarios(first: 10) { totalCount nodes { ${SCENARIO_FIELDS} } } }`);
    const names = data!.scenarios.nodes.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Minska CMiT med en tjänst', 'Minska CMiT med en halv tjänst', 'Förläng elevdatorernas utbytescykel till fyra år']));
    expect(names.some((n) => n.startsWith('Grannby'))).toBe(false);
    const cut = data!.scenarios.nodes.find((s) => s.name === 'Minska CMiT med en tjänst')!;
    expect(cut).toMatchObject({ status: 'PROPOSED', owner: { email: DEMO_USERS.headOfAdministration }, canEdit: false, allowedTransitions: [] });
    expect(cut.frozenAt).not.toBeNull();
    expect(cut.result.summary.supportFteScenario).toBeCloseTo(3.2, 5);
    expect(cut.result.summary.grossSavingSek).toBeGreaterThan(0);
    const support = cut.riskRegister.find((r) => r.area === 'SUPPORT_RESPONSE' && r.source === 'ENGINE')!;
    expect(support).toMatchObject({ overridden: true, likelihood: 5, consequence: 5, step: 'ACTIONS_DECIDED', residualLikelihood: 4 });
    expect(support.override!.justification).toMatch(/terminsstarten/);
    expect(support.mitigations).toHaveLength(2);
    expect(cut.result.risks.find((r) => r.area === 'SUPPORT_RESPONSE')).toMatchObject({ overridden: true, likelihood: 5, consequence: 5 });
    expect(cut.riskRegister.filter((r) => r.source === 'MANUAL')).toHaveLength(1);
  });

  it('pages the list: newest first, one at a time to the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { data?: { scenarios: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await viewer.gql(
        'query($after: String) { scenarios(first: 1, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const c = page.data!.scenarios;
      total = c.totalCount;
      seen.push(...c.nodes.map((n) => n.name));
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen.at(-1)).toBe('Minska CMiT med en tjänst');
  });
});

describe('roles', () => {
  it('a VIEWER reads but cannot create, comment or change the register', async () => {
    expect((await refused(viewer, CREATE, { input: await input('Politikerns scenario') })).code).toBe('FORBIDDEN');
    const draft = await create(analyst, 'Läses av politikern');
    const read = await viewer.gql<{ scenario: ScenarioOut }>(GET, { id: draft.id });
    expect(read.data!.scenario).toMatchObject({ name: 'Läses av politikern', canEdit: false, allowedTransitions: [], allowedEdits: [] });
    expect((await refused(viewer, 'mutation($id: ID!) { addScenarioComment(scenarioId: $id, body: "Hej") { id } }', { id: draft.id })).code).toBe('FORBIDDEN');
  });

  it('an ANALYST builds drafts but cannot propose, decide or override; an EDITOR can', async () => {
    const draft = await create(analyst, 'Analytikerns utkast');
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, canEdit: true, allowedTransitions: ['ARCHIVED'], allowedEdits: ['EDIT_INPUTS', 'DELETE', 'DUPLICATE', 'COMMENT', 'MANUAL_RISK', 'FOLLOW_UP'], owner: { email: DEMO_USERS.strategist } });
    expect(draft.riskRegister.filter((r) => r.source === 'ENGINE')).toHaveLength(8);
    const updated = await analyst.gql<{ updateScenario: ScenarioOut }>(UPDATE, { id: draft.id, version: 1, input: await input('Analytikerns utkast v2', -0.5) });
    expect(updated.data!.updateScenario).toMatchObject({ name: 'Analytikerns utkast v2', version: 2 });
    expect(updated.data!.updateScenario.result.summary.supportFteScenario).toBeCloseTo(3.7, 5);

    expect((await refused(analyst, STATUS, { id: draft.id, version: 2, status: 'PROPOSED' })).code).toBe('FORBIDDEN');
    const risk = updated.data!.updateScenario.riskRegister.find((r) => r.area === 'EQUITY')!;
    expect((await refused(analyst, OVERRIDE, { riskId: risk.id, input: { likelihood: 2, consequence: 2, justification: 'Analytikern tycker annorlunda.' } })).code).toBe('FORBIDDEN');

    const proposed = await editor.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: draft.id, version: 2, status: 'PROPOSED' });
    expect(proposed.data!.setScenarioStatus).toMatchObject({ status: 'PROPOSED', version: 3, canEdit: false, allowedTransitions: ['DRAFT', 'DECIDED', 'ARCHIVED'], allowedEdits: ['DUPLICATE', 'COMMENT', 'MANUAL_RISK', 'OVERRIDE_RATING', 'FOLLOW_UP'] });
    expect((await refused(analyst, STATUS, { id: draft.id, version: 3, status: 'DECIDED' })).code).toBe('FORBIDDEN');
    expect((await refused(analyst, UPDATE, { id: draft.id, version: 3, input: await input('Ändrat förslag') })).code).toBe('CONFLICT');
    const overridden = await editor.gql<{ overrideScenarioRisk: ScenarioOut }>(OVERRIDE, {
      riskId: risk.id,
      input: { likelihood: 2, consequence: 3, justification: 'Skolorna har fått egna IT-samordnare sedan underlaget togs fram.' },
    });
    const entry = overridden.data!.overrideScenarioRisk.riskRegister.find((r) => r.id === risk.id)!;
    expect(entry).toMatchObject({ overridden: true, likelihood: 2, consequence: 3, originalLikelihood: risk.originalLikelihood, originalConsequence: risk.originalConsequence });
    const me = await editor.gql<{ me: { name: string } }>('{ me { name } }');
    expect(entry.override).toMatchObject({ by: me.data!.me.name, justification: 'Skolorna har fått egna IT-samordnare sedan underlaget togs fram.' });
    const decided = await editor.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: draft.id, version: 3, status: 'DECIDED' });
    expect(decided.data!.setScenarioStatus).toMatchObject({ status: 'DECIDED', version: 4, allowedTransitions: ['ARCHIVED'] });
    expect((await refused(editor, OVERRIDE, { riskId: risk.id, input: { likelihood: 1, consequence: 1, justification: 'Efter beslutet ändras inget.' } })).code).toBe('CONFLICT');
    expect((await refused(editor, 'mutation($id: ID!, $v: Int!) { deleteScenario(id: $id, version: $v) }', { id: draft.id, v: 4 })).code).toBe('CONFLICT');
    expect((await refused(editor, STATUS, { id: draft.id, version: 4, status: 'DRAFT' })).code).toBe('CONFLICT');
  });

  it('an ANALYST archives and deletes drafts; withdrawing a proposal drops the frozen copy', async () => {
    const a = await create(analyst, 'Arkiveras');
    const archived = await analyst.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: a.id, version: 1, status: 'ARCHIVED' });
    expect(archived.data!.setScenarioStatus).toMatchObject({ status: 'ARCHIVED', allowedTransitions: [] });
    expect(archived.data!.setScenarioStatus.frozenAt).not.toBeNull();

    const b = await create(analyst, 'Tas bort');
    const deleted = await analyst.gql<{ deleteScenario: boolean }>('mutation($id: ID!, $v: Int!) { deleteScenario(id: $id, v: $v) }'.replace('v: $v', 'version: $v'), { id: b.id, v: 1 });
    expect(deleted.data!.deleteScenario).toBe(true);
    expect((await viewer.gql<{ scenario: null }>(GET, { id: b.id })).data!.scenario).toBeNull();

    const c = await create(analyst, 'Dras tillbaka');
    await editor.gql(STATUS, { id: c.id, version: 1, status: 'PROPOSED' });
    const back = await editor.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: c.id, version: 2, status: 'DRAFT' });
    expect(back.data!.setScenarioStatus).toMatchObject({ status: 'DRAFT', frozenAt: null, canEdit: true });
  });
});

describe('every transition by every role, over HTTP', () => {
  const LEAST: Record<string, string> = {
    'DRAFT>PROPOSED': 'EDITOR',
    'PROPOSED>DRAFT': 'EDITOR',
    'PROPOSED>DECIDED': 'EDITOR',
    'DRAFT>ARCHIVED': 'ANALYST',
    'PROPOSED>ARCHIVED': 'EDITOR',
    'DECIDED>ARCHIVED': 'EDITOR',
    'DRAFT>DECIDED': 'NOBODY',
    'DECIDED>DRAFT': 'NOBODY',
    'ARCHIVED>DRAFT': 'NOBODY',
  };
  const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'];
  const cases = Object.keys(LEAST).flatMap((key) => ROLES.map((role) => [key, role] as const));

  /** A scenario brought to `status` by the admin (who may do everything). */
  async function inStatus(status: string): Promise<{ id: string; version: number }> {
    const admin = await signIn(t, DEMO_USERS.admin);
    let s = await create(admin, `Övergång till ${status}`);
    const path: Record<string, string[]> = { DRAFT: [], PROPOSED: ['PROPOSED'], DECIDED: ['PROPOSED', 'DECIDED'], ARCHIVED: ['ARCHIVED'] };
    for (const step of path[status]!) s = (await admin.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: s.id, version: s.version, status: step })).data!.setScenarioStatus;
    return { id: s.id, version: s.version };
  }

  it.each(cases)('%s as %s', async (key, role) => {
    const [from, to] = key.split('>') as [string, string];
    const client = { VIEWER: viewer, ANALYST: analyst, EDITOR: editor, ADMIN: await signIn(t, DEMO_USERS.admin) }[role]!;
    const s = await inStatus(from);
    const least = LEAST[key]!;
    // VIEWER is stopped at the door (the operation needs ANALYST); others learn that a move that does not exist does not.
    const expected = least === 'NOBODY' ? (role === 'VIEWER' ? 'FORBIDDEN' : 'CONFLICT') : ROLES.indexOf(role) < ROLES.indexOf(least) ? 'FORBIDDEN' : 'OK';
    const { errors } = await client.gql(STATUS, { id: s.id, version: s.version, status: to });
    expect(errors?.[0]?.extensions?.code ?? 'OK').toBe(expected);
    const [row] = await sql<{ status: string; version: number; frozen: boolean }>('SELECT status, version, frozen_at IS NOT NULL AS frozen FROM saved_scenario WHERE id = ?', [s.id]);
    const now = expected === 'OK' ? to : from;
    expect(row).toEqual({ status: now, version: expected === 'OK' ? s.version + 1 : s.version, frozen: now !== 'DRAFT' });
  });
});

describe('optimistic locking and bad input', () => {
  it('a stale version gets CONFLICT and nothing is written', async () => {
    const s = await create(analyst, 'Två redaktörer');
    const first = await analyst.gql<{ updateScenario: ScenarioOut }>(UPDATE, { id: s.id, version: 1, input: await input('Först in', -0.5) });
    expect(first.data!.updateScenario.version).toBe(2);
    const ext = await refused(editor, UPDATE, { id: s.id, version: 1, input: await input('Sist in') });
    expect(ext.code).toBe('CONFLICT');
    expect((await viewer.gql<{ scenario: ScenarioOut }>(GET, { id: s.id })).data!.scenario).toMatchObject({ name: 'Först in', version: 2 });
  });

  it('names the offending field and writes nothing', async () => {
    const bad = { name: 'Fel', baseYear: 2026, horizonYears: 3, levers: [{ changePostFte: { postId: '00000000-0000-0000-0000-000000000000', deltaFte: -1 } }] };
    expect(await refused(analyst, CREATE, { input: bad })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.levers.0.changePostFte.postId' });
    expect(await refused(analyst, CREATE, { input: { ...(await input('Fel')), horizonYears: 11 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.horizonYears' });
    expect(await refused(analyst, CREATE, { input: { ...(await input('Fel')), levers: [{}] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.levers.0' });
  });

  it('an override without a justification is refused', async () => {
    const s = await create(analyst, 'Utan motivering');
    const risk = s.riskRegister.find((r) => r.area === 'WORKLOAD')!;
    for (const justification of ['', '   ', 'kort']) {
      expect(await refused(editor, OVERRIDE, { riskId: risk.id, input: { likelihood: 1, consequence: 1, justification } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.justification' });
    }
    expect(await refused(editor, OVERRIDE, { riskId: risk.id, input: { likelihood: 6, consequence: 1, justification: 'En lång nog motivering.' } })).toMatchObject({ field: 'input.likelihood' });
  });
});

describe('the frozen copy', () => {
  it('a proposed scenario keeps its numbers when a post or an assumption changes; a draft follows the data', async () => {
    const proposedDraft = await create(analyst, 'Fryses');
    const draft = await create(analyst, 'Följer data');
    expect(draft.result.summary).toEqual(proposedDraft.result.summary);
    const proposed = (await editor.gql<{ setScenarioStatus: ScenarioOut }>(STATUS, { id: proposedDraft.id, version: 1, status: 'PROPOSED' })).data!.setScenarioStatus;
    expect(proposed.result.summary).toEqual(proposedDraft.result.summary);

    // The assistive-tools post grows from 0.5 to 1.0 FTE, and the municipality raises productive hours per FTE.
    const [post] = await sql<{ id: string; fte: number; annual_cost_sek: string; title: string }>(
      "SELECT p.* FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9901' AND p.title = 'Skoldatatekspedagog'",
    );
    const split = await sql<{ service_area_code: string; share: number }>('SELECT service_area_code, share FROM support_post_time_share WHERE post_id = ?', [post!.id]);
    const changed = await analyst.gql('mutation($id: ID!, $input: PostInput!) { updatePost(id: $id, input: $input) { fte } }', {
      id: post!.id,
      input: { title: post!.title, fte: 1, annualCostSek: Math.round(Number(post!.annual_cost_sek) * 2), timeSplit: split.map((s) => ({ serviceAreaCode: s.service_area_code, share: Number(s.share) })) },
    });
    expect(changed.errors).toBeUndefined();
    const assumption = await analyst.gql('mutation { setAssumption(id: "productiveHoursPerFte", value: 1700, source: "Tidsredovisning 2026") { version } }');
    expect(assumption.errors).toBeUndefined();

    const after = await viewer.gql<{ a: ScenarioOut; b: ScenarioOut }>(`query($a: ID!, $b: ID!) { a: scenario(id: $a) { ${SCENARIO_FIELDS} } b: scenario(id: $b) { ${SCENARIO_FIELDS} } }`, {
      a: proposedDraft.id,
      b: draft.id,
    });
    expect(after.data!.a.result).toEqual(proposed.result);
    expect(after.data!.b.result.summary.supportFteScenario).toBeCloseTo(proposed.result.summary.supportFteScenario + 0.5, 5);
    expect(after.data!.b.result.summary).not.toEqual(proposed.result.summary);
  });
});

describe('register, comments, participants and the audit trail', () => {
  it('records every change with who, when, before and after, readable through the API', async () => {
    const s = await create(analyst, 'Med historik');
    const support = s.riskRegister.find((r) => r.area === 'SUPPORT_RESPONSE')!;
    const steps: [Client, string, Record<string, unknown>][] = [
      [analyst, 'mutation($id: ID!) { addScenarioComment(scenarioId: $id, body: "Ska vi räkna på halvtid också?") { id } }', { id: s.id }],
      [analyst, 'mutation($id: ID!, $input: ManualRiskInput!) { addScenarioRisk(scenarioId: $id, input: $input) { id } }', { id: s.id, input: { area: 'WORKLOAD', description: 'Rektorerna får fler frågor om lärplattformen.', likelihood: 3, consequence: 2 } }],
      [editor, OVERRIDE, { riskId: support.id, input: { likelihood: 4, consequence: 4, justification: 'Superanvändare tar en del av ärendena.' } }],
      [analyst, 'mutation($id: ID!, $input: MitigationInput!) { addRiskMitigation(riskId: $id, input: $input) { id } }', { id: support.id, input: { action: 'Superanvändare på varje skola', owner: 'Enhetschef CMiT', dueDate: '2027-03-31' } }],
      [analyst, 'mutation($id: ID!, $input: RiskAssessmentInput!) { assessScenarioRisk(riskId: $id, input: $input) { id } }', { id: support.id, input: { step: 'ACTIONS_DECIDED', residualLikelihood: 3, residualConsequence: 3 } }],
      [analyst, 'mutation($id: ID!, $input: ParticipantInput!) { addScenarioParticipant(scenarioId: $id, input: $input) { id } }', { id: s.id, input: { name: 'Sara Lind', role: 'Skyddsombud', participatedOn: '2026-11-20' } }],
    ];
    for (const [client, query, variables] of steps) expect((await client.gql(query, variables)).errors).toBeUndefined();
    expect(await refused(analyst, 'mutation($id: ID!, $input: RiskAssessmentInput!) { assessScenarioRisk(riskId: $id, input: $input) { id } }', { id: s.riskRegister.find((r) => r.area === 'EQUITY')!.id, input: { step: 'FOLLOWED_UP' } })).toMatchObject({ field: 'input.step' });

    const { data } = await viewer.gql<{
      scenario: {
        comments: { nodes: { body: string; author: { email: string } }[] };
        participants: { name: string; role: string; participatedOn: string }[];
        riskRegister: { source: string; area: string; residualLikelihood: number | null; step: string; mitigations: { dueDate: string }[] }[];
        auditTrail: { totalCount: number; nodes: { who: string; action: string; entity: string; summary: string; before: string | null; after: string | null; when: string }[] };
      };
    }>(
      `query($id: ID!) { scenario(id: $id) { comments { nodes { body author { email } } } participants { name role participatedOn }
        riskRegister { source area residualLikelihood step mitigations { dueDate } }
        auditTrail(first: 20) { totalCount nodes { who action entity summary before after when } } } }`,
      { id: s.id },
    );
    const sc = data!.scenario;
    expect(sc.comments.nodes).toEqual([{ body: 'Ska vi räkna på halvtid också?', author: { email: DEMO_USERS.strategist } }]);
    expect(sc.participants).toEqual([{ name: 'Sara Lind', role: 'Skyddsombud', participatedOn: '2026-11-20' }]);
    expect(sc.riskRegister.find((r) => r.area === 'SUPPORT_RESPONSE' && r.source === 'ENGINE')).toMatchObject({ residualLikelihood: 3, step: 'ACTIONS_DECIDED', mitigations: [{ dueDate: '2027-03-31' }] });
    const trail = sc.auditTrail.nodes;
    expect(sc.auditTrail.totalCount).toBe(7);
    expect(trail.map((e) => e.entity)).toEqual(['ScenarioParticipant', 'ScenarioRisk', 'ScenarioMitigation', 'ScenarioRisk', 'ScenarioRisk', 'ScenarioComment', 'Scenario']);
    const override = trail[3]!;
    expect(override).toMatchObject({ who: DEMO_USERS.headOfAdministration, action: 'UPDATE' });
    expect(override.summary).toMatch(/justerades till S4 × K4: Superanvändare/);
    expect(JSON.parse(override.before!).override).toBeNull();
    expect(JSON.parse(override.after!).override).toMatchObject({ likelihood: 4, consequence: 4 });
    expect(trail.at(-1)).toMatchObject({ who: DEMO_USERS.strategist, action: 'CREATE', summary: 'Scenariot skapades.' });
    expect(trail.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e.when))).toBe(true);
  });

  it('duplicates a proposal into a new draft owned by the caller', async () => {
    const { data } = await viewer.gql<{ scenarios: { nodes: { id: string; name: string }[] } }>('{ scenarios(status: [PROPOSED]) { nodes { id name } } }');
    const demo = data!.scenarios.nodes.find((s) => s.name === 'Minska CMiT med en tjänst')!;
    const copy = await analyst.gql<{ duplicateScenario: ScenarioOut }>(`mutation($id: ID!) { duplicateScenario(id: $id) { ${SCENARIO_FIELDS} } }`, { id: demo.id });
    expect(copy.data!.duplicateScenario).toMatchObject({ name: 'Kopia av Minska CMiT med en tjänst', status: 'DRAFT', owner: { email: DEMO_USERS.strategist } });
    expect(copy.data!.duplicateScenario.riskRegister.filter((r) => r.source === 'MANUAL')).toHaveLength(1);
    expect(copy.data!.duplicateScenario.riskRegister.some((r) => r.overridden)).toBe(false);
  });
});

describe('comparing scenarios', () => {
  const COMPARE = 'query($ids: [ID!]!) { compareScenarios(ids: $ids) { scenarios { scenario { name } netSavingSek grossSavingSek supportFte supportState schoolsBelowThreshold highestRiskScore risks { area overridden } } } }';
  it('puts two to four side by side in one query', async () => {
    const { data } = await viewer.gql<{ scenarios: { nodes: { id: string; name: string }[] } }>('{ scenarios { nodes { id name } } }');
    const pick = (name: string) => data!.scenarios.nodes.find((s) => s.name === name)!.id;
    const ids = [pick('Minska CMiT med en tjänst'), pick('Minska CMiT med en halv tjänst')];
    const compared = await viewer.gql<{ compareScenarios: { scenarios: { scenario: { name: string }; netSavingSek: number; grossSavingSek: number; supportFte: number; highestRiskScore: number }[] } }>(COMPARE, { ids });
    expect(compared.errors).toBeUndefined();
    const [whole, half] = compared.data!.compareScenarios.scenarios;
    expect(whole!.scenario.name).toBe('Minska CMiT med en tjänst');
    expect(whole!.grossSavingSek).toBeGreaterThan(half!.grossSavingSek);
    expect(whole!.supportFte).toBeLessThan(half!.supportFte);
    expect(whole!.highestRiskScore).toBe(25);
  });

  it.each([[1], [5]])('refuses %i scenarios, naming ids', async (n) => {
    const { data } = await viewer.gql<{ scenarios: { nodes: { id: string }[] } }>('{ scenarios { nodes { id } } }');
    const ids = [...data!.scenarios.nodes.map((s) => s.id), ...data!.scenarios.nodes.map((s) => s.id)].slice(0, n);
    const { errors } = await viewer.gql(COMPARE, { ids: n === 5 ? [...new Set(ids)].concat(ids).slice(0, 5) : ids });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});

describe('another municipality', () => {
  it('Grannby cannot see or change Exempelkommun’s scenarios: list, by id, update, register, compare, export', async () => {
    const own = await create(analyst, 'Bara Exempelkommun');
    const list = await grannby.gql<{ scenarios: { nodes: { name: string }[] } }>('{ scenarios { nodes { name } } }');
    expect(list.data!.scenarios.nodes.map((s) => s.name)).toEqual(['Grannby: minska IT-pedagogen till halvtid']);
    expect((await grannby.gql<{ scenario: null }>(GET, { id: own.id })).data!.scenario).toBeNull();
    const grannbyPost = (await sql<{ id: string }>("SELECT p.id FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9902' LIMIT 1"))[0]!.id;
    const theirInput = { name: 'Kapat', baseYear: 2026, horizonYears: 2, levers: [{ changePostFte: { postId: grannbyPost, deltaFte: -0.5 } }] };
    expect((await refused(grannby, UPDATE, { id: own.id, version: 1, input: theirInput })).code).toBe('NOT_FOUND');
    const mitigation = 'mutation($id: ID!, $input: MitigationInput!) { addRiskMitigation(riskId: $id, input: $input) { id } }';
    expect((await refused(grannby, mitigation, { id: own.riskRegister[0]!.id, input: { action: 'Grannby försöker', owner: 'Grannby' } })).code).toBe('NOT_FOUND');
    expect((await refused(grannby, 'mutation($id: ID!) { addScenarioComment(scenarioId: $id, body: "Hej grannen") { id } }', { id: own.id })).code).toBe('NOT_FOUND');
    const theirs = (await grannby.gql<{ scenarios: { nodes: { id: string }[] } }>('{ scenarios { nodes { id } } }')).data!.scenarios.nodes[0]!.id;
    expect((await grannby.gql('query($ids: [ID!]!) { compareScenarios(ids: $ids) { scenarios { netSavingSek } } }', { ids: [theirs, own.id] })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const response = await fetch(`${t.baseUrl}/scenarios/${own.id}/analys.pdf`, { headers: grannby.headers });
    expect(response.status).toBe(404);
  });
});

describe('the exported risk- och konsekvensanalys', () => {
  const demoId = async () => (await viewer.gql<{ scenarios: { nodes: { id: string; name: string }[] } }>('{ scenarios { nodes { id name } } }')).data!.scenarios.nodes.find((s) => s.name === 'Minska CMiT med en tjänst')!.id;

  it('PDF and DOCX carry the key figures of the scenario they were made from', async () => {
    const id = await demoId();
    const { data } = await viewer.gql<{ scenario: ScenarioOut & { documents: { analysisPdf: string; analysisDocx: string; summaryPdf: string } } }>(
      `query($id: ID!) { scenario(id: $id) { ${SCENARIO_FIELDS} documents { analysisPdf analysisDocx summaryPdf } } }`,
      { id },
    );
    const s = data!.scenario;
    const pdf = await fetch(`${t.baseUrl}${s.documents.analysisPdf}`, { headers: viewer.headers });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('risk-och-konsekvensanalys-minska-cmit-med-en-tjanst.pdf');
    const text = (await pdfPages(Buffer.from(await pdf.arrayBuffer()))).join('\n').replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain('Risk- och konsekvensanalys');
    expect(text).toContain('Minska CMiT med en tjänst');
    for (const figure of [s.result.summary.grossSavingSek, s.result.summary.shiftedCostSek, s.result.summary.netSavingSek]) expect(text).toContain(formatTkr(figure).replace(/[\s\u00a0]+/g, ' '));
    expect(text).toContain('terminsstarten');
    expect(text).toContain('Sara Lind');
    expect(text).toContain('Figur 1. Riskmatris');

    const docx = await fetch(`${t.baseUrl}${s.documents.analysisDocx}`, { headers: viewer.headers });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const xml = docxDocumentXml(Buffer.from(await docx.arrayBuffer()));
    expect(xml).toContain('8. Riskmatris');
    expect(xml).toContain(formatTkr(s.result.summary.netSavingSek));

    const summary = await fetch(`${t.baseUrl}${s.documents.summaryPdf}`, { headers: viewer.headers });
    expect(await pdfPages(Buffer.from(await summary.arrayBuffer()))).toHaveLength(1);
  });

  it('needs a session and a known document', async () => {
    const id = await demoId();
    expect((await fetch(`${t.baseUrl}/scenarios/${id}/analys.pdf`)).status).toBe(401);
    // Another site's page cannot make the browser fetch the document with the user's cookie.
    expect((await fetch(`${t.baseUrl}/scenarios/${id}/analys.pdf`, { headers: { ...viewer.headers, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await fetch(`${t.baseUrl}/scenarios/${id}/analys.exe`, { headers: viewer.headers })).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/scenarios/not-a-uuid/analys.pdf`, { headers: viewer.headers })).status).toBe(404);
  });
});
