/**
 * A request's life (api/src/db/request/) against a real PostgreSQL: one connection, opened as the row-level
 * security role with the session in one round trip, one queue, savepoints for the ORM's nested transactions, ended
 * once, and nothing after the end. Also what the old plumbing got wrong, attacked from outside: login and logout on a
 * nearly exhausted pool (tests/security/login.test.ts has the storms).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginRequest, endRequest, REQUEST_POOL_SIZE, type BoundRequest } from '../../api/src/db/request/orm-adapter.js';
import { RequestEndedError } from '../../api/src/db/request/request-transaction.js';
import { APP_ROLE } from '../../api/src/db/tenant-rls.js';
import { WRONG_CREDENTIALS } from '../../api/src/modules/auth/auth.service.js';
import { beginSessionRequest } from '../../api/src/modules/auth/session.js';
import { SchoolUnit } from '../../api/src/modules/schools/school-unit.entity.js';
import { DEMO_USERS, gql, postLogin, signIn, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

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

/** A request as GraphQL begins one, for a signed-in strategist unless told otherwise. */
async function begin(token?: string): Promise<BoundRequest> {
  return (await beginSessionRequest(t.app.orm.em, token, [])).request;
}

describe('a request’s transaction', () => {
  it('runs as the row-level security role from its first statement, with the tenant set, and leaves nothing on the connection', async () => {
    const strategist = await signIn(t);
    const request = await begin(strategist.token);
    const [row] = await request.em.execute<{ who: string; session: string; tenant: string; code: string }[]>(
      "SELECT current_user AS who, session_user AS session, current_setting('likvard.municipality_id') AS tenant, (SELECT code FROM municipality) AS code",
    );
    expect(row).toMatchObject({ who: APP_ROLE, code: '9901' });
    expect(row!.session).not.toBe(APP_ROLE);
    await endRequest(request, true);
    // Every pooled connection, reused by a request without a session: no role, tenant or row left over.
    const next = await Promise.all(Array.from({ length: REQUEST_POOL_SIZE }, () => begin(undefined)));
    for (const reused of next) {
      const [seen] = await reused.em.execute<{ who: string; n: string }[]>('SELECT current_user AS who, (SELECT count(*) FROM municipality) AS n');
      expect(seen).toEqual({ who: APP_ROLE, n: '0' });
    }
    await Promise.all(next.map((reused) => endRequest(reused, false)));
  });

  it('answers raw SQL exactly as MikroORM’s own path does: values, methods, errors', async () => {
    const request = await begin();
    const plain = t.app.orm.em.fork();
    const sql = "SELECT ?::text AS text, ARRAY[?]::int[] AS ints, ?::boolean AS flag, ? IS NULL AS missing, ?::numeric AS amount, now() > ?::timestamptz AS later, 'a \\? b' AS escaped, '2026-01-02'::date AS day";
    const params = ["O'Brien; -- ?", [1, 2, 3], true, null, '1234.50', new Date('2020-01-01T00:00:00Z')];
    try {
      for (const method of ['all', 'get', 'run'] as const) {
        expect({ method, result: await request.em.execute(sql, params, method) }).toEqual({ method, result: await plain.execute(sql, params, method) });
      }
      const failure = (await request.em.execute('SELECT * FROM no_such_table').catch((e: Error) => e)) as Error;
      const expected = (await plain.execute('SELECT * FROM no_such_table').catch((e: Error) => e)) as Error;
      expect(failure.constructor).toBe(expected.constructor);
      expect(failure.message).toMatch(/no_such_table/);
    } finally {
      await endRequest(request, false);
    }
  });

  it('sends statements asked for together in one round trip, in order; inside a savepoint each goes alone', async () => {
    const request = await begin();
    const em = request.em;
    // statement_timestamp() is when PostgreSQL received the message: one value for every statement in it.
    const stamp = 'SELECT statement_timestamp()::text AS at, pg_sleep(0.005)';
    try {
      const together = await Promise.all([1, 2, 3].map(() => em.execute<{ at: string }[]>(stamp)));
      expect(new Set(together.map((rows) => rows[0]!.at)).size).toBe(1);
      const inside = await em.transactional(async (nested) => Promise.all([1, 2, 3].map(() => nested.execute<{ at: string }[]>(stamp))));
      expect(new Set(inside.map((rows) => rows[0]!.at)).size).toBe(3);
      // A statement that fails fails the statements it travelled with: the transaction is aborted either way.
      const settled = await Promise.allSettled([em.execute('SELECT 1 AS one'), em.execute('SELECT 1 / 0 AS boom'), em.execute('SELECT 2 AS two')]);
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    } finally {
      await endRequest(request, false);
    }
  });

  it('runs the ORM’s entities and nested transactions on it: a failed savepoint is undone, the rest commits at the end', async () => {
    const strategist = await signIn(t);
    const request = await begin(strategist.token);
    const em = request.em;
    const [{ id: municipalityId }] = (await db.query("SELECT id FROM municipality WHERE code = '9901'")).rows as [{ id: string }];
    em.persist(em.create(SchoolUnit, { municipalityId, code: '77770001', name: 'Sparad enhet', hasLocalItCoordinator: false, schoolForms: [] } as never));
    await em.flush();
    await expect(
      em.transactional(async (nested) => {
        nested.persist(nested.create(SchoolUnit, { municipalityId, code: '77770002', name: 'Ångrad enhet', hasLocalItCoordinator: false, schoolForms: [] } as never));
        await nested.flush();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await em.count(SchoolUnit, { code: { $in: ['77770001', '77770002'] } })).toBe(1);
    await endRequest(request, true);
    const { rows } = await db.query("SELECT code FROM school_unit WHERE code LIKE '7777%'");
    expect(rows).toEqual([{ code: '77770001' }]);
    await db.query("DELETE FROM school_unit WHERE code LIKE '7777%'");
  });

  it('fails closed after its end: raw SQL, finds and flushes throw, nothing reaches another connection, nothing is written', async () => {
    const strategist = await signIn(t);
    const request = await begin(strategist.token);
    const em = request.em;
    const [{ id: municipalityId }] = (await db.query("SELECT id FROM municipality WHERE code = '9901'")).rows as [{ id: string }];
    await endRequest(request, true);
    // MikroORM's driver wraps what it does not know as a DriverException with the same message.
    const ended = new RequestEndedError().message;
    await expect(em.execute('SELECT 1')).rejects.toThrow(ended);
    await expect(em.find(SchoolUnit, {})).rejects.toThrow(ended);
    await expect(em.transactional(async () => undefined)).rejects.toThrow(ended);
    em.persist(em.create(SchoolUnit, { municipalityId, code: '77770003', name: 'Efter slutet', hasLocalItCoordinator: false, schoolForms: [] } as never));
    await expect(em.flush()).rejects.toThrow(ended);
    expect((await db.query("SELECT count(*)::int AS n FROM school_unit WHERE code = '77770003'")).rows).toEqual([{ n: 0 }]);
    // Ending twice is harmless.
    await endRequest(request, true);
  });

  it('reports a COMMIT that PostgreSQL turned into a rollback (a failure someone caught) as an error', async () => {
    const request = await begin();
    await request.em.execute('SELECT 1 / 0').catch(() => undefined);
    await expect(endRequest(request, true)).rejects.toThrow(/rolled back/);
    expect(request.transaction.isOpen).toBe(false);
  });

  it('gives a connection back, rolled back, when its opening fails: more failures than the pool has connections, then it still serves', async () => {
    for (let i = 0; i < REQUEST_POOL_SIZE + 2; i++) {
      await expect(beginRequest(t.app.orm.em, { role: APP_ROLE, statement: 'SELECT * FROM no_such_table' })).rejects.toThrow(/no_such_table/);
    }
    await expect(beginRequest(t.app.orm.em, { role: 'x; DROP TABLE app_user', statement: 'SELECT 1' })).rejects.toThrow(/not a role name/);
    const request = await begin();
    expect(await request.em.execute('SELECT 2 AS two')).toEqual([{ two: 2 }]);
    await endRequest(request, false);
  });
});

describe('login and logout on the request’s own connection', () => {
  it('sign in and out with all but one of the pool’s connections held by other requests', async () => {
    const held = await Promise.all(Array.from({ length: REQUEST_POOL_SIZE - 1 }, () => begin(undefined)));
    try {
      const response = await postLogin(t, DEMO_USERS.politician);
      const body = (await response.json()) as GraphQLResponse<{ login: { email: string } }>;
      expect(body.data?.login.email).toBe(DEMO_USERS.politician);
      const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
      expect((await gql(t.baseUrl, '{ me { email } }', {}, { cookie })).data).toEqual({ me: { email: DEMO_USERS.politician } });
      expect((await gql(t.baseUrl, 'mutation { logout }', {}, { cookie })).data).toEqual({ logout: true });
      expect((await gql(t.baseUrl, '{ me { email } }', {}, { cookie })).data).toEqual({ me: null });
      const wrong = (await (await postLogin(t, DEMO_USERS.politician, 'fel-lösenord')).json()) as GraphQLResponse<unknown>;
      expect(wrong.errors?.[0]?.message).toBe(WRONG_CREDENTIALS);
    } finally {
      await Promise.all(held.map((request) => endRequest(request, false)));
    }
  });
});
