import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { User, UserSession } from '../modules/auth/user.entity.js';
import { Municipality } from '../modules/municipalities/municipality.entity.js';
import { SchoolUnit, SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import { SupportPost, SupportUnit } from '../modules/staffing/support-unit.entity.js';
import { migrations } from './migrations/index.js';

export const entities = [Municipality, SchoolUnit, SchoolYearFact, SupportUnit, SupportPost, User, UserSession];

/** The one way to open the database, shared by the server, the seed script and the tests. */
export async function initOrm(clientUrl: string, options: { debug?: boolean } = {}): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dynamicImportProvider: (id: string) => import(id),
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: 10 },
    debug: options.debug ?? false,
    allowGlobalContext: false,
  });
}

/** Brings the schema to the newest migration; safe to call on every start. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
