import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from './graphql/schema.js';
import { authChecker } from './modules/auth/auth.checker.js';
import { resolvers } from './modules/index.js';

/** The API's schema: every module's resolvers, checked by the auth module. The one schema app.ts serves and pnpm schema emits. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildGraphQLSchema(resolvers, authChecker);
}
