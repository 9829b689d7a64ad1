import type { AuthCheckerFn } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { NOT_SIGNED_IN } from './auth.service.js';
import { Role, roleAtLeast } from './role.js';

export const FORBIDDEN_MESSAGE = 'Din roll får inte göra detta.';

/**
 * The one place that decides who may call what. Resolvers say `@Authorized(Role.X)` (X or any higher role; roles
 * are cumulative) or `@Public()`; a test walks the schema and fails on any Query or Mutation field with neither.
 */
export const authChecker: AuthCheckerFn<GraphQLContext, Role> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN);
  if (roles.length === 0 || roles.some((required) => roleAtLeast(user.role, required))) return true;
  throw new DomainError('FORBIDDEN', FORBIDDEN_MESSAGE);
};
