import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { MunicipalityResolver } from '../modules/municipalities/municipality.resolver.js';
import { SchoolUnitResolver } from '../modules/schools/school-unit.resolver.js';
import { SupportUnitResolver } from '../modules/staffing/support-unit.resolver.js';
import { authChecker } from './authorization.js';

export const resolvers = [AuthResolver, MunicipalityResolver, SchoolUnitResolver, SupportUnitResolver] as const;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' });
}

export const SCHEMA_HEADER =
  '# Emitted from the API code by `pnpm schema`; do not edit by hand. A test fails when it is stale.\n\n';

/** The schema as checked in at schema/schema.graphql: sorted, so the file only changes when the API does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
