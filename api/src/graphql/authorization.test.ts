import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../modules/auth/user.entity.js';
import { Role } from '../modules/auth/role.js';
import { PUBLIC_EXTENSION } from './authorization.js';
import { authChecker } from '../modules/auth/auth.checker.js';
import type { GraphQLContext } from './context.js';
import { DomainError } from './errors.js';
import { buildAppSchema } from '../schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** What each root field declares: the roles of its @Authorized, 'public', or nothing (a bug). */
function declarations(): Record<string, string> {
  const storage = getMetadataStorage();
  const out: Record<string, string> = {};
  for (const [rootName, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    const root = rootName === 'Query' ? schema.getQueryType() : schema.getMutationType();
    if (!root || !isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      const handler = handlers.find((h) => h.schemaName === field.name);
      const onField = handler && storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
      const onClass = handler && storage.authorizedResolver.find((a) => a.target === handler.target);
      const isPublic = field.extensions[PUBLIC_EXTENSION] === true;
      const authorized = onField ?? onClass;
      out[`${rootName}.${field.name}`] =
        isPublic && authorized ? 'both public and @Authorized' : isPublic ? 'public' : authorized ? `@Authorized(${authorized.roles.join(',')})` : 'nothing';
    }
  }
  return out;
}

describe('every operation declares who may call it', () => {
  it('has @Authorized(role) or @Public() on each Query and Mutation field, never neither, never both', () => {
    const undeclared = Object.entries(declarations()).filter(([, d]) => d === 'nothing' || d.startsWith('both'));
    expect(undeclared).toEqual([]);
  });

  it('keeps exactly login, logout and me public', () => {
    const publicOnes = Object.entries(declarations())
      .filter(([, d]) => d === 'public')
      .map(([name]) => name)
      .sort();
    expect(publicOnes).toEqual(['Mutation.login', 'Mutation.logout', 'Query.me']);
  });

  it('names a role in every @Authorized (a bare one would let any role through without anyone deciding so)', () => {
    const bare = Object.entries(declarations()).filter(([, d]) => d === '@Authorized()');
    expect(bare).toEqual([]);
  });
});

const userWith = (role: Role) => ({ id: 'u', municipalityId: 'm', email: 'x@y.se', name: 'X', role, active: true }) as User;
const check = (user: User | null, roles: Role[]) =>
  authChecker({ context: { user } as GraphQLContext, root: {}, args: {}, info: {} as never }, roles);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
  return 'allowed';
};

describe('the auth checker', () => {
  it('refuses anyone without a session as UNAUTHENTICATED', () => {
    expect(codeOf(() => check(null, [Role.VIEWER]))).toBe('UNAUTHENTICATED');
  });

  const order = [Role.VIEWER, Role.ANALYST, Role.EDITOR, Role.ADMIN];
  it.each(order.flatMap((have) => order.map((need) => [have, need] as const)))('lets %s call what needs %s only when it ranks as high', (have, need) => {
    const expected = order.indexOf(have) >= order.indexOf(need) ? 'allowed' : 'FORBIDDEN';
    expect(codeOf(() => check(userWith(have), [need]))).toBe(expected);
  });
});
