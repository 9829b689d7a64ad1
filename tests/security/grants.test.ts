/**
 * What the request role may do to each table, read from PostgreSQL's own privilege checks, and tried for real from a
 * request: the reference data and the migration log cannot be written, whatever SQL a request runs.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endRequest } from '../../api/src/db/request/orm-adapter.js';
import { APP_ROLE } from '../../api/src/db/tenant-rls.js';
import { beginSessionRequest } from '../../api/src/modules/auth/session.js';
import { DEMO_USERS, signIn, startTestApp, type TestApp } from '../helpers/test-app.js';

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

describe('the request role’s privileges', () => {
  it('writes only tenant tables; reads reference data; has nothing of the migration or failed-login logs', async () => {
    const { rows } = await db.query<{ table: string; tenant: boolean; select: boolean; write: boolean }>(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_schema = n.nspname AND col.table_name = c.relname AND col.column_name = 'municipality_id') AS tenant,
              has_table_privilege($1, c.oid, 'SELECT') AS select,
              has_table_privilege($1, c.oid, 'INSERT') OR has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE') OR has_table_privilege($1, c.oid, 'TRUNCATE') AS write
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`,
      [APP_ROLE],
    );
    expect(rows.length).toBeGreaterThan(15);
    const closed = new Set(['login_failure', 'mikro_orm_migrations']);
    for (const row of rows) {
      const expected = closed.has(row.table)
        ? { select: false, write: false }
        : { select: true, write: row.tenant };
      expect({ table: row.table, select: row.select, write: row.write }).toEqual({ table: row.table, ...expected });
    }
  });

  it.each([
    ['a sub-goal', "UPDATE sub_goal SET title = 'Kapad'"],
    ['an indicator', 'DELETE FROM indicator'],
    ['a focus area', "INSERT INTO focus_area (code, title) VALUES ('9', 'Falsk')"],
    ['the service area mapping', 'DELETE FROM service_area_sub_goal'],
    ['the own municipality', "UPDATE municipality SET name = 'Kapad kommun'"],
    ['the migration log', 'DELETE FROM mikro_orm_migrations'],
  ])('refuses a request that writes %s', async (_what, sql) => {
    const admin = await signIn(t, DEMO_USERS.admin);
    const { request } = await beginSessionRequest(t.app.orm.em, admin.token, []);
    try {
      await expect(request.em.execute(sql)).rejects.toThrow(/permission denied/);
    } finally {
      await endRequest(request, false);
    }
  });
});
