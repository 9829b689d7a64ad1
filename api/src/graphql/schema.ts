import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { MunicipalityResolver } from '../modules/municipalities/municipality.resolver.js';
import { SchoolUnitResolver } from '../modules/schools/school-unit.resolver.js';
import { SupportPostResolver, SupportUnitResolver } from '../modules/staffing/support-unit.resolver.js';
import { BudgetLineResolver } from '../modules/budget/budget-line.resolver.js';
import { BudgetResolver } from '../modules/budget/budget.resolver.js';
import { DevicesResolver } from '../modules/devices/devices.resolver.js';
import { GoalMutationResolver } from '../modules/goals/goal.resolver.js';
import { GoalsResolver } from '../modules/goals/goals.resolver.js';
import { DeviceFleetResolver } from '../modules/devices/device-fleet.resolver.js';
import { IndicatorValueResolver } from '../modules/indicators/indicator-value.resolver.js';
import { PostMutationResolver } from '../modules/staffing/post.resolver.js';
import { IndicatorsResolver } from '../modules/indicators/indicators.resolver.js';
import { KpiResolver } from '../modules/municipalities/kpi.resolver.js';
import { ScenarioResolver } from '../modules/scenarios/scenario.resolver.js';
import { AssumptionResolver } from '../modules/scenarios/assumption.resolver.js';
import { EquityYearResolver, MunicipalityEquityResolver } from '../modules/scenarios/equity.resolver.js';
import { authChecker } from './authorization.js';

export const resolvers = [
  AuthResolver,
  MunicipalityResolver,
  KpiResolver,
  SchoolUnitResolver,
  SupportUnitResolver,
  SupportPostResolver,
  BudgetResolver,
  BudgetLineResolver,
  DevicesResolver,
  GoalsResolver,
  IndicatorsResolver,
  DeviceFleetResolver,
  PostMutationResolver,
  GoalMutationResolver,
  IndicatorValueResolver,
  ScenarioResolver,
  AssumptionResolver,
  MunicipalityEquityResolver,
  EquityYearResolver,
] as const;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' });
}

export const SCHEMA_HEADER =
  '# Emitted from the API code by `pnpm schema`; do not edit by hand. A test fails when it is stale.\n\n';

/** The schema as checked in at schema/schema.graphql: sorted, so the file only changes when the API does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
