import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { AuthChecker } from 'type-graphql';

/** Builds the schema from the resolver classes the modules register (modules/index.ts) and the auth module's checker. */
export function buildGraphQLSchema<TContext extends object, TRole extends string>(
  resolvers: readonly (abstract new (...args: never[]) => object)[],
  authChecker: AuthChecker<TContext, TRole>,
): Promise<GraphQLSchema> {
  if (resolvers.length === 0) throw new Error('no resolvers to build a schema of');
  return buildSchema({ resolvers: resolvers as unknown as [Function, ...Function[]], validate: false, authChecker, authMode: 'error' });
}

export const SCHEMA_HEADER =
  '# Emitted from the API code by `pnpm schema`; do not edit by hand. A test fails when it is stale.\n\n';

/** The schema as checked in at schema/schema.graphql: sorted, so the file only changes when the API does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
