import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { DEMO_USERS, signIn, startTestApp, type Client, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let client: Client;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  client = await signIn(t);
  admin = await signIn(t, DEMO_USERS.admin);
});
afterAll(() => t?.close());

const document = parse(fs.readFileSync(path.join(repoRoot, 'schema', 'examples.graphql'), 'utf8'));
const operations = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [{ name: d.name.value, text: print(d) }] : []));

const ADMIN_OPERATIONS = new Set(['Users', 'CreateUser', 'ChangeUserRole', 'DeactivateUser', 'ReactivateUser']);

/** Who runs an example: user management needs ADMIN; Logout gets a session of its own to end. */
async function clientFor(name: string): Promise<Client> {
  if (name === 'Logout') return signIn(t);
  return ADMIN_OPERATIONS.has(name) ? admin : client;
}

/** Variables an example cannot default in the document: credentials and ids that only exist once seeded. */
async function variablesFor(name: string): Promise<Record<string, unknown>> {
  const sql = t.app.orm.em.fork().getConnection();
  const politician = async () =>
    (await sql.execute<{ id: string }[]>('SELECT id FROM app_user WHERE email = ?', [DEMO_USERS.politician]))[0]!.id;
  switch (name) {
    case 'SchoolUnitProfile': {
      const [unit] = await sql.execute<{ id: string }[]>("SELECT id FROM school_unit WHERE code = '83356115'");
      return { id: unit!.id };
    }
    case 'EvaluateScenario': {
      const [post] = await sql.execute<{ id: string }[]>(
        "SELECT p.id FROM support_post p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '9901' AND p.title = 'IT-pedagog, pedagogiskt IT-stöd'",
      );
      return { postId: post!.id };
    }
    case 'Login':
      return { email: DEMO_USERS.strategist, password: 'likvard-demo' };
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
