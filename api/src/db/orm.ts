import type { EntityClass } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from './migrations/index.js';
import { RequestDriver } from './request/orm-adapter.js';
import { CountingLogger } from './sql-statements.js';

/**
 * The one way to open the database, shared by the server, the seed scripts and the tests (which pass the modules'
 * entities: modules/index.ts). Requests run on the driver's request pool (db/request/); the ORM's own knex pool
 * serves what runs outside a request (migrations, seeds, the readiness probe), so it stays small.
 */
export async function initOrm(clientUrl: string, options: { entities: readonly EntityClass<object>[]; debug?: boolean }): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl,
    driver: RequestDriver,
    entities: [...options.entities],
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dynamicImportProvider: (id: string) => import(id),
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: 4 },
    debug: options.debug ?? false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions),
    allowGlobalContext: false,
  });
}

/** Brings the schema to the newest migration; safe to call on every start. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
