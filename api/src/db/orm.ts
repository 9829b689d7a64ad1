import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { User, UserSession } from '../modules/auth/user.entity.js';
import { Municipality } from '../modules/municipalities/municipality.entity.js';
import { SchoolUnit, SchoolYearFact } from '../modules/schools/school-unit.entity.js';
import { SupportPost, SupportUnit } from '../modules/staffing/support-unit.entity.js';
import { BudgetLine } from '../modules/budget/budget-line.entity.js';
import { DeviceFleet } from '../modules/devices/device-fleet.entity.js';
import { MunicipalityGoal, MunicipalityGoalTarget } from '../modules/goals/municipality-goal.entity.js';
import { IndicatorValue } from '../modules/indicators/indicator-value.entity.js';
import { SupportPostTimeShare } from '../modules/staffing/support-post-time-share.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { CountingLogger } from '../graphql/sql-statements.js';
import { migrations } from './migrations/index.js';
import { installStandingTransactions } from './request-connection.js';
import { RequestEntityManager } from './request-entity-manager.js';

export const entities = [
  Municipality,
  SchoolUnit,
  SchoolYearFact,
  SupportUnit,
  SupportPost,
  SupportPostTimeShare,
  BudgetLine,
  DeviceFleet,
  MunicipalityGoal,
  MunicipalityGoalTarget,
  IndicatorValue,
  AuditEvent,
  User,
  UserSession,
];

/** The one way to open the database, shared by the server, the seed script and the tests. */
export async function initOrm(clientUrl: string, options: { debug?: boolean } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dynamicImportProvider: (id: string) => import(id),
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: 10 },
    debug: options.debug ?? false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions),
    allowGlobalContext: false,
    entityManager: RequestEntityManager,
  });
  installStandingTransactions(orm.em.getConnection().getKnex());
  return orm;
}

/** Brings the schema to the newest migration; safe to call on every start. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
