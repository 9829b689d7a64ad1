import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { readPageArgs, toConnection } from '../../graphql/types/connection.js';
import { revokeSessionsOf, normaliseEmail } from './auth.service.js';
import { recordChange } from '../audit/audit.service.js';
import { hashPassword, MAX_PASSWORD_LENGTH } from './password.js';
import type { Role } from './role.js';
import { User } from './user.entity.js';
import type { CreateUserInput } from './dto/user.input.js';
import type { UserConnection } from './dto/user.output.js';

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The users of one municipality, by email. The request's tenant filter and row-level security scope it too. */
export async function listUsers(
  em: EntityManager,
  municipalityId: string,
  args: { first?: number | null; after?: string | null },
): Promise<UserConnection> {
  const page = readPageArgs(args.first, args.after);
  const [rows, totalCount] = await Promise.all([
    em.find(User, { municipalityId, ...(page.after ? { email: { $gt: page.after } } : {}) }, { orderBy: { email: 'asc' }, limit: page.first + 1 }),
    em.count(User, { municipalityId }),
  ]);
  return toConnection(rows, page, totalCount, (user) => user.email);
}

/** Checks every field before writing anything; the first problem names its field. */
function validateNewUser(input: CreateUserInput): { email: string; name: string } {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) throw badUserInput('input.email', 'Ange en giltig e-postadress.');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) throw badUserInput('input.name', 'Ange ett namn (högst 200 tecken).');
  if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput('input.password', `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken (högst ${MAX_PASSWORD_LENGTH}).`);
  }
  return { email, name };
}

/** What the audit trail keeps of a user: never the password hash. */
const audited = (user: User) => ({ email: user.email, name: user.name, role: user.role, active: user.active });

export async function createUser(em: EntityManager, municipalityId: string, actor: User, input: CreateUserInput, scryptLog2N: number): Promise<User> {
  const { email, name } = validateNewUser(input);
  const passwordHash = await hashPassword(input.password, scryptLog2N);
  try {
    return await em.transactional(async (tx) => {
      const user = tx.create(User, { municipalityId, email, name, role: input.role, passwordHash, active: true });
      await tx.flush();
      await recordChange(tx, { municipalityId, actor: actor.email, action: 'CREATE', entity: 'user', entityId: user.id, before: null, after: audited(user) });
      return user;
    });
  } catch (error) {
    // Addresses are unique across all municipalities: say so without telling whose it is.
    if (error instanceof UniqueConstraintViolationException) throw badUserInput('input.email', 'E-postadressen används redan.');
    throw error;
  }
}

async function findOwnUser(em: EntityManager, municipalityId: string, id: string): Promise<User> {
  const user = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(User, { id, municipalityId }) : null;
  if (!user) throw notFound('Användaren finns inte.');
  return user;
}

export async function changeUserRole(em: EntityManager, municipalityId: string, actor: User, id: string, role: Role): Promise<User> {
  if (id === actor.id) throw badUserInput('id', 'Du kan inte ändra din egen roll: be en annan administratör.');
  return em.transactional(async (tx) => {
    const user = await findOwnUser(tx, municipalityId, id);
    const before = audited(user);
    user.role = role;
    await recordChange(tx, { municipalityId, actor: actor.email, action: 'UPDATE', entity: 'user', entityId: user.id, before, after: audited(user) });
    return user;
  });
}

/** Deactivating also ends every session of the user at once; reactivating lets them log in again. */
export async function setUserActive(em: EntityManager, municipalityId: string, actor: User, id: string, active: boolean): Promise<User> {
  if (id === actor.id && !active) throw badUserInput('id', 'Du kan inte inaktivera dig själv.');
  return em.transactional(async (tx) => {
    const user = await findOwnUser(tx, municipalityId, id);
    const before = audited(user);
    user.active = active;
    if (!active) await revokeSessionsOf(tx, user.id);
    await recordChange(tx, { municipalityId, actor: actor.email, action: 'UPDATE', entity: 'user', entityId: user.id, before, after: audited(user) });
    return user;
  });
}
