import type { EntityClass } from '@mikro-orm/core';
import type { LoaderFactories } from '../graphql/loaders.js';
import { assumptionsModule } from './assumptions/assumptions.module.js';
import { auditModule } from './audit/audit.module.js';
import { authModule } from './auth/auth.module.js';
import { budgetModule } from './budget/budget.module.js';
import { devicesModule } from './devices/devices.module.js';
import { goalsModule } from './goals/goals.module.js';
import { importsModule } from './imports/imports.module.js';
import { indicatorsModule } from './indicators/indicators.module.js';
import { kpisModule } from './kpis/kpis.module.js';
import type { AppModule } from './module.js';
import { municipalitiesModule } from './municipalities/municipalities.module.js';
import { risksModule } from './risks/risks.module.js';
import { savedScenariosModule } from './saved-scenarios/saved-scenarios.module.js';
import { scenariosModule } from './scenarios/scenarios.module.js';
import { schoolsModule } from './schools/schools.module.js';
import { sensitivityModule } from './sensitivity/sensitivity.module.js';
import { staffingModule } from './staffing/staffing.module.js';

/** Every domain module of the API, lowest layer first (a module imports only modules above it in this list). */
export const appModules: readonly AppModule[] = [
  municipalitiesModule,
  auditModule,
  authModule,
  assumptionsModule,
  schoolsModule,
  staffingModule,
  budgetModule,
  devicesModule,
  indicatorsModule,
  goalsModule,
  kpisModule,
  scenariosModule,
  sensitivityModule,
  risksModule,
  savedScenariosModule,
  importsModule,
];

export const entities: EntityClass<object>[] = appModules.flatMap((module) => module.entities ?? []);

export const resolvers = appModules.flatMap((module) => module.resolvers ?? []);

/** Every module's loader factories; a name registered twice is a mistake caught at start. */
export const loaderFactories: LoaderFactories = Object.assign({}, ...appModules.map((module) => module.loaders ?? {})) as LoaderFactories;

const loaderNames = appModules.flatMap((module) => Object.keys(module.loaders ?? {}));
if (new Set(loaderNames).size !== loaderNames.length) throw new Error(`a DataLoader name is registered by two modules: ${loaderNames.join(', ')}`);
