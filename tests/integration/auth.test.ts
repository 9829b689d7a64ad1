import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exempelkommun, grannby } from '@likvard/seeds';
import { TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from '../../api/src/modules/auth/auth.service.js';
import {
  clientWithToken,
  DEMO_USERS,
  gql,
  postLogin,
  SESSION_COOKIE,
  setCookies,
  signIn,
  startTestApp,
  type Client,
  type TestApp,
} from '../helpers/test-app.js';

let t: TestApp;
let db: pg.Client;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  admin = await signIn(t, DEMO_USERS.admin);
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

type Errors = { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
const codeOf = (result: Errors) => result.errors?.[0]?.extensions?.code;

/** Every operation of the API with variables that are valid, so only who calls it decides the answer. */
const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown>; minRole: 'PUBLIC' | 'VIEWER' | 'ADMIN' }> = {
  me: { query: '{ me { id } }', minRole: 'PUBLIC' },
  municipality: { query: '{ municipality { code } }', minRole: 'VIEWER' },
  users: { query: '{ users { totalCount } }', minRole: 'ADMIN' },
  createUser: {
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: { input: { email: 'x', name: '', role: 'VIEWER', password: 'short' } },
    minRole: 'ADMIN',
  },
  changeUserRole: { query: 'mutation { changeUserRole(id: "00000000-0000-0000-0000-000000000001", role: VIEWER) { id } }', minRole: 'ADMIN' },
  deactivateUser: { query: 'mutation { deactivateUser(id: "00000000-0000-0000-0000-000000000001") { id } }', minRole: 'ADMIN' },
  reactivateUser: { query: 'mutation { reactivateUser(id: "00000000-0000-0000-0000-000000000001") { id } }', minRole: 'ADMIN' },
};

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie for the whole site, not Secure over plain HTTP in development', async () => {
    const response = await postLogin(t, DEMO_USERS.politician);
    const body = (await response.json()) as { data: { login: { email: string; role: string } } };
    expect(body.data.login).toMatchObject({ email: DEMO_USERS.politician, role: 'VIEWER' });
    const cookie = setCookies(response).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(cookie.attributes.some((a) => a.startsWith('Expires='))).toBe(true);
    expect(cookie.attributes).not.toContain('Secure');
  });

  it('stores only a SHA-256 hash of the token', async () => {
    const client = await signIn(t, DEMO_USERS.politician);
    const { rows } = await db.query('SELECT token_hash FROM user_session');
    expect(rows.map((r) => r.token_hash)).not.toContain(client.token);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('accepts the address in any case and answers with the user and their municipality', async () => {
    const response = await postLogin(t, '  Strateg@Grannby.SE ');
    expect(((await response.json()) as { data: unknown }).data).toMatchObject({ login: { email: DEMO_USERS.grannbyStrategist, role: 'ANALYST' } });
    const { data } = await gql<{ login: { municipality: { code: string } } }>(
      t.baseUrl,
      'mutation { login(email: "strateg@grannby.se", password: "likvard-demo") { municipality { code name } } }',
    );
    expect(data!.login.municipality).toEqual({ code: '9902', name: 'Grannby kommun' });
  });

  it.each([
    ['a wrong password', DEMO_USERS.politician, 'fel-losenord'],
    ['an unknown address', 'ingen@exempelkommun.se', 'likvard-demo'],
  ])('refuses %s with the same Swedish message and sets no cookie', async (_what, email, password) => {
    const response = await postLogin(t, email, password);
    const body = (await response.json()) as Errors & { data: unknown };
    expect(body.data).toBeNull();
    expect(body.errors![0]).toMatchObject({ message: WRONG_CREDENTIALS, extensions: { code: 'UNAUTHENTICATED' } });
    expect(setCookies(response).filter((c) => c.name === SESSION_COOKIE)).toEqual([]);
  });

  it('tells who is signed in through me, and null without a session', async () => {
    expect((await gql(t.baseUrl, '{ me { id } }')).data).toEqual({ me: null });
    const { data } = await admin.gql('{ me { email name role municipality { code name } } }');
    expect(data).toEqual({ me: { email: DEMO_USERS.admin, name: 'Johan Ek', role: 'ADMIN', municipality: { code: '9901', name: 'Exempelkommun' } } });
  });
});

describe('who may call what', () => {
  const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'] as const;
  const EMAIL_OF = { VIEWER: DEMO_USERS.politician, ANALYST: DEMO_USERS.strategist, EDITOR: DEMO_USERS.headOfAdministration, ADMIN: DEMO_USERS.admin };
  const clients = {} as Record<(typeof ROLES)[number], Client>;
  beforeAll(async () => {
    for (const role of ROLES) clients[role] = await signIn(t, EMAIL_OF[role]);
  });

  it.each(Object.entries(OPERATIONS).filter(([, op]) => op.minRole !== 'PUBLIC'))('refuses %s without a session: UNAUTHENTICATED', async (_name, op) => {
    const result = await gql(t.baseUrl, op.query, op.variables);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it.each(Object.entries(OPERATIONS).flatMap(([name, op]) => ROLES.map((role) => [name, role, op] as const)))('%s as %s', async (_name, role, op) => {
    const result = await clients[role].gql(op.query, op.variables);
    const allowed = op.minRole === 'PUBLIC' || ROLES.indexOf(role) >= ROLES.indexOf(op.minRole);
    // Allowed callers get past the check: the answer is data or a domain error about the input, never FORBIDDEN.
    expect(codeOf(result) ?? 'OK').toMatch(allowed ? /^(OK|BAD_USER_INPUT|NOT_FOUND)$/ : /^FORBIDDEN$/);
  });
});

describe('tenant isolation', () => {
  let grannbyAnalyst: Client;
  beforeAll(async () => {
    grannbyAnalyst = await signIn(t, DEMO_USERS.grannbyStrategist);
  });

  it('gives Grannby’s analyst Grannby and nothing of Exempelkommun', async () => {
    const { data } = await grannbyAnalyst.gql<{ municipality: { code: string; schoolUnits: { totalCount: number; nodes: { code: string }[] }; supportUnit: { name: string } } }>(
      '{ municipality { code schoolUnits(first: 500) { totalCount nodes { code } } supportUnit { name } } }',
    );
    expect(data!.municipality.code).toBe('9902');
    expect(data!.municipality.schoolUnits.totalCount).toBe(grannby.schoolUnits.length);
    const theirs = new Set(exempelkommun.schoolUnits.map((u) => u.code));
    expect(data!.municipality.schoolUnits.nodes.filter((n) => theirs.has(n.code))).toEqual([]);
    expect(data!.municipality.supportUnit.name).toBe(grannby.supportUnit.name);
  });

  it('refuses an admin a user of another municipality by a forged id: NOT_FOUND, nothing changed', async () => {
    const { rows } = await db.query("SELECT id FROM app_user WHERE email = 'strateg@grannby.se'");
    const foreignId = rows[0].id as string;
    for (const mutation of ['deactivateUser', 'reactivateUser']) {
      expect(codeOf(await admin.gql(`mutation { ${mutation}(id: "${foreignId}") { id } }`))).toBe('NOT_FOUND');
    }
    expect(codeOf(await admin.gql(`mutation { changeUserRole(id: "${foreignId}", role: ADMIN) { id } }`))).toBe('NOT_FOUND');
    const after = await db.query("SELECT role, active FROM app_user WHERE email = 'strateg@grannby.se'");
    expect(after.rows[0]).toEqual({ role: 'ANALYST', active: true });
  });

  it('lists only the own municipality’s users', async () => {
    const { data } = await admin.gql<{ users: { nodes: { email: string }[] } }>('{ users(first: 100) { nodes { email } } }');
    expect(data!.users.nodes.map((n) => n.email)).not.toContain(DEMO_USERS.grannbyStrategist);
    expect(data!.users.nodes.map((n) => n.email)).toContain(DEMO_USERS.politician);
  });
});

describe('row-level security underneath the ORM', () => {
  it('covers every table with a municipality_id column (and municipality itself) with RLS and a policy', async () => {
    const { rows } = await db.query(`
      SELECT c.relname AS table_name, c.relrowsecurity AS rls,
             EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS policy
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r'
         AND (c.relname = 'municipality' OR EXISTS (
               SELECT 1 FROM information_schema.columns col
                WHERE col.table_schema = n.nspname AND col.table_name = c.relname AND col.column_name = 'municipality_id'))`);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows.filter((r) => !r.rls || !r.policy).map((r) => r.table_name)).toEqual([]);
  });

  it('switches requests to a role that is neither superuser nor owner nor BYPASSRLS', async () => {
    const { rows } = await db.query("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'likvard_app'");
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const owners = await db.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()");
    expect(owners.rows.map((r) => r.tableowner)).not.toContain('likvard_app');
  });

  it('still shows nothing foreign when the ORM filter is forgotten: raw SQL and an unfiltered find in a request transaction', async () => {
    const { beginSessionRequest } = await import('../../api/src/modules/auth/session.js');
    const { endRequest } = await import('../../api/src/db/request/orm-adapter.js');
    const { SchoolUnit } = await import('../../api/src/modules/schools/school-unit.entity.js');
    const { rows } = await db.query("SELECT id FROM municipality WHERE code = '9902'");
    const grannbyId = rows[0].id as string;
    const grannbyAnalyst = await signIn(t, DEMO_USERS.grannbyStrategist);
    const { request, session } = await beginSessionRequest(t.app.orm.em, grannbyAnalyst.token, []);
    const em = request.em;
    expect(session!.user.email).toBe(DEMO_USERS.grannbyStrategist);
    try {
      const raw = await em.execute<{ municipality_id: string }[]>('SELECT municipality_id FROM school_unit');
      expect(raw.length).toBe(grannby.schoolUnits.length);
      expect(new Set(raw.map((r) => r.municipality_id))).toEqual(new Set([grannbyId]));
      // No ORM tenant filter on this EntityManager at all: row-level security alone decides.
      const unfiltered = await em.find(SchoolUnit, {}, { filters: false });
      expect(unfiltered.length).toBe(grannby.schoolUnits.length);
      expect(unfiltered.every((u) => u.municipalityId === grannbyId)).toBe(true);
      const everyTable = await em.execute<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM school_year_fact WHERE municipality_id <> ?) + (SELECT count(*) FROM support_post WHERE municipality_id <> ?)
              + (SELECT count(*) FROM app_user WHERE municipality_id <> ?) + (SELECT count(*) FROM user_session WHERE municipality_id <> ?)
              + (SELECT count(*) FROM municipality WHERE id <> ?) AS n`,
        [grannbyId, grannbyId, grannbyId, grannbyId, grannbyId],
      );
      expect(Number(everyTable[0]!.n)).toBe(0);
      // Writing into another municipality is refused too (WITH CHECK).
      const exempel = await db.query("SELECT id FROM municipality WHERE code = '9901'");
      await expect(em.execute("INSERT INTO school_unit (municipality_id, code, name) VALUES (?, '99999999', 'Intrång')", [exempel.rows[0].id])).rejects.toThrow(/row-level security/);
    } finally {
      await endRequest(request, false);
    }
  });

  it('shows nothing at all to a request without a session, whatever the SQL', async () => {
    const { beginSessionRequest } = await import('../../api/src/modules/auth/session.js');
    const { endRequest } = await import('../../api/src/db/request/orm-adapter.js');
    const { request, session } = await beginSessionRequest(t.app.orm.em, undefined, []);
    expect(session).toBeNull();
    try {
      const [row] = await request.em.execute<{ n: string }[]>('SELECT (SELECT count(*) FROM school_unit) + (SELECT count(*) FROM app_user) + (SELECT count(*) FROM municipality) AS n');
      expect(Number(row!.n)).toBe(0);
      // The session functions are the owner's, but only what they do is reachable: not the tables behind them.
      await expect(request.em.execute('SELECT count(*) FROM user_session')).resolves.toEqual([{ count: '0' }]);
      await expect(request.em.execute('SELECT count(*) FROM login_failure')).rejects.toThrow(/permission denied/);
    } finally {
      await endRequest(request, false);
    }
  });
});

describe('sessions end', () => {
  it('on logout: the cookie is cleared and the token no longer works', async () => {
    const client = await signIn(t, DEMO_USERS.politician);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: DEMO_USERS.politician } });
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...client.headers },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(await response.json()).toEqual({ data: { logout: true } });
    const cleared = setCookies(response).find((c) => c.name === SESSION_COOKIE)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes.some((a) => a.startsWith('Expires=Thu, 01 Jan 1970'))).toBe(true);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: null });
    expect(codeOf(await client.gql('{ municipality { code } }'))).toBe('UNAUTHENTICATED');
    const { rows } = await db.query('SELECT revoked_at FROM user_session WHERE token_hash = encode(sha256($1::bytea), \'hex\')', [client.token]);
    expect(rows[0].revoked_at).toBeInstanceOf(Date);
  });

  it('when a session has expired', async () => {
    const client = await signIn(t, DEMO_USERS.politician);
    await db.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')", [client.token]);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: null });
  });

  it('never for a forged or empty token', async () => {
    for (const token of ['', 'forged', 'x'.repeat(43), 'x'.repeat(500)]) {
      expect((await clientWithToken(t, token).gql('{ me { email } }')).data).toEqual({ me: null });
    }
  });
});

describe('user management by ADMIN', () => {
  const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email name role active municipality { code } } }';
  const valid = { email: 'Ny.Analytiker@Exempelkommun.se', name: 'Ny Analytiker', role: 'ANALYST', password: 'ett-langt-startlosen' };
  const userCount = async () => Number((await db.query('SELECT count(*) AS n FROM app_user')).rows[0].n);

  it.each([
    [{ email: 'inte-en-adress' }, 'input.email'],
    [{ email: DEMO_USERS.grannbyStrategist }, 'input.email'],
    [{ email: DEMO_USERS.politician.toUpperCase() }, 'input.email'],
    [{ name: '   ' }, 'input.name'],
    [{ password: 'kort' }, 'input.password'],
  ])('refuses %j naming %s, and writes nothing', async (change, field) => {
    const before = await userCount();
    const result = await admin.gql(CREATE, { input: { ...valid, ...change } });
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await userCount()).toBe(before);
  });

  it('refuses an unknown role as a bad variable naming it', async () => {
    const result = await admin.gql(CREATE, { input: { ...valid, role: 'SUPERUSER' } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
  });

  it('creates, pages, changes the role, deactivates (ending every session) and reactivates a user', async () => {
    const created = await admin.gql<{ createUser: { id: string; email: string; role: string; active: boolean; municipality: { code: string } } }>(CREATE, { input: valid });
    expect(created.errors).toBeUndefined();
    const user = created.data!.createUser;
    expect(user).toMatchObject({ email: 'ny.analytiker@exempelkommun.se', role: 'ANALYST', active: true, municipality: { code: '9901' } });

    type Page = { users: { totalCount: number; nodes: { email: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const emails: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: Page = (await admin.gql<Page>('query($after: String) { users(first: 2, after: $after) { totalCount nodes { email } pageInfo { hasNextPage endCursor } } }', { after })).data!;
      totalCount = page.users.totalCount;
      emails.push(...page.users.nodes.map((n) => n.email));
      after = page.users.pageInfo.hasNextPage ? page.users.pageInfo.endCursor : null;
    } while (after);
    expect(emails).toHaveLength(totalCount);
    expect(emails).toContain(user.email);
    expect([...emails].sort()).toEqual(emails);

    const session = await signIn(t, valid.email, valid.password);
    const second = await signIn(t, valid.email, valid.password);
    const promoted = await admin.gql<{ changeUserRole: { role: string } }>(`mutation { changeUserRole(id: "${user.id}", role: EDITOR) { role } }`);
    expect(promoted.data!.changeUserRole.role).toBe('EDITOR');
    expect((await session.gql('{ me { role } }')).data).toEqual({ me: { role: 'EDITOR' } });

    const deactivated = await admin.gql<{ deactivateUser: { active: boolean } }>(`mutation { deactivateUser(id: "${user.id}") { active } }`);
    expect(deactivated.data!.deactivateUser.active).toBe(false);
    for (const client of [session, second]) {
      expect(codeOf(await client.gql('{ municipality { code } }'))).toBe('UNAUTHENTICATED');
    }
    const { rows } = await db.query('SELECT count(*) AS open FROM user_session WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(Number(rows[0].open)).toBe(0);
    const refused = await postLogin(t, valid.email, valid.password);
    expect(((await refused.json()) as Errors).errors![0]!.message).toBe(WRONG_CREDENTIALS);

    await admin.gql(`mutation { reactivateUser(id: "${user.id}") { active } }`);
    expect((await (await signIn(t, valid.email, valid.password)).gql('{ me { email } }')).data).toEqual({ me: { email: user.email } });
  });

  it('keeps an admin from locking themselves out', async () => {
    const me = (await admin.gql<{ me: { id: string } }>('{ me { id } }')).data!.me;
    expect((await admin.gql(`mutation { deactivateUser(id: "${me.id}") { id } }`)).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await admin.gql(`mutation { changeUserRole(id: "${me.id}", role: VIEWER) { id } }`)).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('the failed-login limit (kept in PostgreSQL)', () => {
  it('stops a client (address + IP) after 5 failures in 15 minutes, even with the right password, with a clear Swedish message', async () => {
    const email = DEMO_USERS.headOfAdministration;
    for (let i = 0; i < 5; i += 1) {
      const body = (await (await postLogin(t, email, `fel-${i}`)).json()) as Errors;
      expect(body.errors![0]!.message).toBe(WRONG_CREDENTIALS);
    }
    const blocked = (await (await postLogin(t, email)).json()) as Errors;
    expect(blocked.errors![0]).toMatchObject({ message: TOO_MANY_ATTEMPTS, extensions: { code: 'UNAUTHENTICATED' } });
    expect(TOO_MANY_ATTEMPTS).toMatch(/^För många misslyckade inloggningsförsök/);
    // Other addresses still get in; once the window has passed, so does this one.
    await signIn(t, DEMO_USERS.politician);
    await db.query("UPDATE login_failure SET failed_at = now() - interval '16 minutes' WHERE key = $1", [`client:${email}|127.0.0.1`]);
    await signIn(t, email);
  });

  it('stops a client address after 50 failures whatever the email', async () => {
    await db.query("INSERT INTO login_failure (key) SELECT 'ip:127.0.0.1' FROM generate_series(1, 50)");
    await db.query("DELETE FROM login_failure WHERE key LIKE 'client:%' OR key LIKE 'email:%'");
    try {
      const blocked = (await (await postLogin(t, DEMO_USERS.politician)).json()) as Errors;
      expect(blocked.errors![0]!.message).toBe(TOO_MANY_ATTEMPTS);
    } finally {
      await db.query("DELETE FROM login_failure WHERE key = 'ip:127.0.0.1'");
    }
  });

  it('stops an address after 20 failures in an hour from anywhere, a slower ceiling than the client’s', async () => {
    await db.query('DELETE FROM login_failure');
    await db.query("INSERT INTO login_failure (key) SELECT 'email:' || $1 FROM generate_series(1, 20)", [DEMO_USERS.politician]);
    try {
      const blocked = (await (await postLogin(t, DEMO_USERS.politician)).json()) as Errors;
      expect(blocked.errors![0]!.message).toBe(TOO_MANY_ATTEMPTS);
    } finally {
      await db.query('DELETE FROM login_failure');
    }
  });
});
