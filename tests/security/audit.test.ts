/**
 * Who did what to accounts and sessions is in the audit trail, as it is for every data change: each user-management
 * change (create, role, deactivate, reactivate) and each login and logout, with before and after, and never a
 * password hash or a token.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, gql, signIn, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let db: pg.Client;
beforeAll(async () => {
  t = await startTestApp();
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

interface Event {
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const eventsOf = async (entityId: string) =>
  (await db.query<Event>('SELECT actor, action, entity, entity_id, before, after FROM audit_event WHERE entity_id = $1 ORDER BY id', [entityId])).rows;

describe('the audit trail of accounts and sessions', () => {
  it('records creating a user, changing the role, deactivating and reactivating, with before and after', async () => {
    const admin = await signIn(t, DEMO_USERS.admin);
    const created = await admin.gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'granskad@exempelkommun.se', name: 'Granskad Användare', role: 'VIEWER', password: 'ett-langt-startlosen' } },
    );
    const id = created.data!.createUser.id;
    await admin.gql(`mutation { changeUserRole(id: "${id}", role: ANALYST) { id } }`);
    await admin.gql(`mutation { deactivateUser(id: "${id}") { id } }`);
    await admin.gql(`mutation { reactivateUser(id: "${id}") { id } }`);
    const user = (await eventsOf(id)).filter((e) => e.entity === 'user');
    const who = { actor: DEMO_USERS.admin, entity: 'user', entity_id: id };
    const row = (role: string, active: boolean) => ({ email: 'granskad@exempelkommun.se', name: 'Granskad Användare', role, active });
    expect(user).toEqual([
      { ...who, action: 'CREATE', before: null, after: row('VIEWER', true) },
      { ...who, action: 'UPDATE', before: row('VIEWER', true), after: row('ANALYST', true) },
      { ...who, action: 'UPDATE', before: row('ANALYST', true), after: row('ANALYST', false) },
      { ...who, action: 'UPDATE', before: row('ANALYST', false), after: row('ANALYST', true) },
    ]);
    expect(JSON.stringify(user)).not.toMatch(/scrypt|password/i);
  });

  it('records a login and a logout, never the token', async () => {
    const [{ id }] = (await db.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO_USERS.politician])).rows as [{ id: string }];
    const client = await signIn(t, DEMO_USERS.politician);
    await gql(t.baseUrl, 'mutation { logout }', {}, client.headers);
    const sessions = (await eventsOf(id)).filter((e) => e.entity === 'session');
    expect(sessions.map((e) => [e.actor, e.action])).toEqual([
      [DEMO_USERS.politician, 'CREATE'],
      [DEMO_USERS.politician, 'DELETE'],
    ]);
    expect(sessions[0]!.after).toMatchObject({ ip: '127.0.0.1' });
    expect(JSON.stringify(sessions)).not.toContain(client.token);
  });
});
