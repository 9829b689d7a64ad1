import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * orm-adapter.ts subclasses MikroORM's PostgreSQL Connection and relies on how these versions call it: every
 * statement through `execute(sql, params, method, ctx, loggerContext)`, nested transactions through `begin({ ctx })`,
 * `commit(ctx)`, `rollback(ctx)`, query builders passing their context to knex's `transacting()` (which reads a
 * `client` property of it) and compiling with `toSQL()`. tests/integration/request-life.test.ts checks the behaviour
 * against PostgreSQL; this test makes an upgrade stop here first, so whoever upgrades reads the adapter again.
 */
const WRITTEN_FOR = {
  '@mikro-orm/core': '6.6.16',
  '@mikro-orm/knex': '6.6.16',
  '@mikro-orm/postgresql': '6.6.16',
  knex: '3.2.10',
  pg: '8.23.1',
} as const;

function installedVersion(name: string): string {
  // knex and @mikro-orm/knex are dependencies of @mikro-orm/postgresql, resolved from there as MikroORM does.
  const fromApi = createRequire(import.meta.url);
  const fromPostgresql = createRequire(fromApi.resolve('@mikro-orm/postgresql'));
  const fromKnex = createRequire(fromPostgresql.resolve('@mikro-orm/knex'));
  for (const require of [fromApi, fromPostgresql, fromKnex]) {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      // not resolvable from here; try the next package's view
    }
  }
  throw new Error(`${name} is not installed`);
}

describe('the ORM adapter (db/request/orm-adapter.ts)', () => {
  it.each(Object.entries(WRITTEN_FOR))('was written for %s %s: read the adapter again before upgrading', (name, version) => {
    expect(installedVersion(name)).toBe(version);
  });
});
