import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { DEMO_SCENARIO_NAME } from '../../api/src/modules/saved-scenarios/demo-scenarios.seed.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
let admin: Client;
let editor: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
  admin = await signIn(t, DEMO_USERS.admin);
  editor = await signIn(t, DEMO_USERS.headOfAdministration);
});
afterAll(() => t?.close());

const document = parse(fs.readFileSync(path.join(repoRoot, 'schema', 'examples.graphql'), 'utf8'));
const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [{ name: d.name.value, text: print(d) }] : []));

const ADMIN_OPERATIONS = new Set(['Users', 'CreateUser', 'ChangeUserRole', 'DeactivateUser', 'ReactivateUser']);
/** Proposing scenarios and overriding risk ratings is the head of administration's (EDITOR). */
const EDITOR_OPERATIONS = new Set(['ProposeScenario', 'OverrideScenarioRisk']);

/** Who runs an example: user management needs ADMIN; Logout gets a session of its own to end. */
async function clientFor(name: string): Promise<Client> {
  if (name === 'Logout') return signIn(t);
  return ADMIN_OPERATIONS.has(name) ? admin : EDITOR_OPERATIONS.has(name) ? editor : client;
}

/** Variables an example cannot default in the document: credentials and ids that only exist once seeded. */
async function variablesFor(name: string): Promise<Record<string, unknown>> {
  const sql = t.app.orm.em.fork().getConnection();
  const politician = async () =>
    (await sql.execute<{ id: string }[]>('SELECT id FROM app_user WHERE email = ?', [DEMO_USERS.politician]))[0]!.id;
  const scenario = async (scenarioName: string) =>
    (await sql.execute<{ id: string; version: number }[]>('SELECT id, version FROM saved_scenario WHERE name = ? ORDER BY seq LIMIT 1', [scenarioName]))[0]!;
  const risk = async (area: string) =>
    (await sql.execute<{ id: string }[]>('SELECT r.id FROM scenario_risk r JOIN saved_scenario s ON s.id = r.scenario_id WHERE s.name = ? AND r.area = ? AND r.source = ?', [DEMO_SCENARIO_NAME, area, 'ENGINE']))[0]!.id;
  const supportPost = async () =>
    (await sql.execute<{ id: string }[]>("SELECT p.id FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9901' AND p.title = 'IT-pedagog, pedagogiskt IT-stöd'"))[0]!.id;
  switch (name) {
    case 'SavedScenario':
    case 'DuplicateScenario':
      return { id: (await scenario(DEMO_SCENARIO_NAME)).id };
    case 'CompareScenarios':
      return { ids: [(await scenario(DEMO_SCENARIO_NAME)).id, (await scenario('Minska CMiT med en halv tjänst')).id] };
    case 'CreateScenario':
      return { postId: await supportPost() };
    case 'UpdateScenario':
      return { ...(await scenario('Minska CMiT med en halv tjänst')), postId: await supportPost() };
    case 'ProposeScenario':
      return scenario('Förläng elevdatorernas utbytescykel till fyra år');
    case 'DeleteScenario':
      return scenario('Utöka det pedagogiska IT-stödet med en halv tjänst');
    case 'OverrideScenarioRisk':
    case 'AddRiskMitigation':
      return { riskId: await risk('EQUITY') };
    case 'AssessScenarioRisk':
      return { riskId: await risk('SUPPORT_RESPONSE') };
    case 'UpdateRiskMitigation':
    case 'RemoveRiskMitigation':
      return { id: (await sql.execute<{ id: string }[]>("SELECT id FROM scenario_mitigation WHERE action = 'Prioritera stöd till skolor utan lokal IT-samordnare'"))[0]!.id };
    case 'RemoveScenarioRisk':
      return { riskId: (await sql.execute<{ id: string }[]>("SELECT id FROM scenario_risk WHERE source = 'MANUAL' AND description LIKE 'Rektorerna får fler frågor%'"))[0]!.id };
    case 'RemoveScenarioParticipant':
      return { id: (await sql.execute<{ id: string }[]>("SELECT id FROM scenario_participant WHERE name = 'Karin Berg'"))[0]!.id };
    case 'AddScenarioRisk':
    case 'AddScenarioParticipant':
    case 'AddScenarioComment':
      return { scenarioId: (await scenario(DEMO_SCENARIO_NAME)).id };
    case 'SchoolUnitProfile': {
      const [unit] = await sql.execute<{ id: string }[]>("SELECT id FROM school_unit WHERE code = '83356115'");
      return { id: unit!.id };
    }
    case 'EvaluateScenario':
    case 'ScenarioSensitivity': {
      const [post] = await sql.execute<{ id: string }[]>(
        "SELECT p.id FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9901' AND p.title = 'IT-pedagog, pedagogiskt IT-stöd'",
      );
      return { postId: post!.id };
    }
    case 'Login':
      return { email: DEMO_USERS.strategist, password: 'likvard-demo' };
    case 'CommitImport':
      return {
        input: {
          kind: 'BUDGET_LINES',
          fileName: 'budget-2030.csv',
          contentBase64: Buffer.from('Skolenhetskod;År;Kategori;Typ;Belopp (kr)\n72310458;2030;Enheter;Budget;412 800\n').toString('base64'),
        },
      };
    case 'CreateUser':
      return { input: { email: 'ny.analytiker@exempelkommun.se', name: 'Ny Analytiker', role: 'ANALYST', password: 'ett-langt-startlosenord' } };
    case 'ChangeUserRole':
      return { id: await politician(), role: 'VIEWER' };
    case 'DeactivateUser':
    case 'ReactivateUser':
      return { id: await politician() };
    default:
      return {};
  }
}

describe('schema/examples.graphql against the demo data', () => {
  it('has examples', () => expect(operations.length).toBeGreaterThan(5));

  it.each(operations)('$name runs without errors and returns data', async ({ name, text }) => {
    const { status, data, errors } = await (await clientFor(name)).gql(text, await variablesFor(name));
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data).toBeTruthy();
  });

  it('finds the demo unit the profile example asks for', async () => {
    const profile = operations.find((o) => o.name === 'SchoolUnitProfile')!;
    const { data } = await client.gql<{ schoolUnit: { code: string } | null }>(profile.text, await variablesFor(profile.name));
    expect(data!.schoolUnit!.code).toBe('83356115');
  });
});
