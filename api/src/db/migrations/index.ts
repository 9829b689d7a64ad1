import type { MigrationObject } from '@mikro-orm/core';
import { DomainMigration } from './2026-11-25-domain.migration.js';
import { AuthMigration } from './2026-11-25-auth.migration.js';
import { FoundationMigration } from './2026-11-25-foundation.migration.js';
import { AssumptionsMigration } from './2026-11-25-assumptions.migration.js';
import { SavedScenariosMigration } from './2026-11-25-saved-scenarios.migration.js';
import { ScaleMigration } from './2026-11-25-scale.migration.js';
import { RequestFunctionsMigration } from './2026-12-04-request-functions.migration.js';
import { RequestGrantsMigration } from './2026-12-04-request-grants.migration.js';

/**
 * Every migration, in order. Listed here rather than discovered from files so the same list runs from
 * TypeScript sources (tests, dev) and from the compiled build.
 */
export const migrations: MigrationObject[] = [
  { name: '2026-11-25-foundation', class: FoundationMigration },
  { name: '2026-11-25-domain', class: DomainMigration },
  { name: '2026-11-25-auth', class: AuthMigration },
  { name: '2026-11-25-assumptions', class: AssumptionsMigration },
  { name: '2026-11-25-saved-scenarios', class: SavedScenariosMigration },
  { name: '2026-11-25-scale', class: ScaleMigration },
  { name: '2026-12-04-request-functions', class: RequestFunctionsMigration },
  { name: '2026-12-04-request-grants', class: RequestGrantsMigration },
];
