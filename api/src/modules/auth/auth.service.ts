import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { recordChange } from '../audit/audit.service.js';
import { dummyHash, verifyPassword } from './password.js';
import { isRole } from './role.js';
import { User, UserSession } from './user.entity.js';

/**
 * Failed logins allowed per window: per client (the same address from the same IP: someone mistyping, or guessing
 * from one machine), per address from anywhere (a slower ceiling, so nobody can lock a user out from one machine,
 * nor guess from many), and per IP whatever the address (a whole school office may share one).
 */
export const LOGIN_LIMIT = {
  client: { max: 5, minutes: 15 },
  email: { max: 20, minutes: 60 },
  ip: { max: 50, minutes: 15 },
} as const;
const KEEP_FAILURES_MINUTES = Math.max(...Object.values(LOGIN_LIMIT).map((limit) => limit.minutes));

export const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord.';
export const TOO_MANY_ATTEMPTS = `För många misslyckade inloggningsförsök. Vänta ${LOGIN_LIMIT.client.minutes} minuter och försök igen.`;
export const NOT_SIGNED_IN = 'Du är inte inloggad. Logga in och försök igen.';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface AuthSettings {
  sessionTtlHours: number;
  scryptLog2N: number;
}

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

let dummy: Promise<string> | undefined;

export interface UserRow {
  id: string;
  municipality_id: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
}

export const toUser = (row: UserRow): User => {
  if (!isRole(row.role)) throw new Error(`app_user ${row.id} has an unknown role`);
  // Not merged into the identity map: the session's user is read-only in a request.
  return Object.assign(new User(), { id: row.id, municipalityId: row.municipality_id, email: row.email, name: row.name, role: row.role, active: row.active });
};

interface LoginBeginRow {
  limited: boolean;
  user_id: string | null;
  user_municipality_id: string;
  user_email: string;
  user_name: string;
  user_role: string;
  user_active: boolean;
  password_hash: string;
}

/**
 * Checks email and password and opens a session, on the request's own EntityManager and connection: the parts that
 * must see every municipality (the address's user, the failed-login counts, the new session) are functions of the
 * table owner's (the request-functions migration), so the request stays in its role and never takes a second
 * connection from the pool. Failed attempts are counted per client, per email and per IP in PostgreSQL (LOGIN_LIMIT), so every replica of the
 * API sees the same count, and attempts for one address are checked one after another (an advisory lock held until
 * the request ends). A refusal keeps its writes (the failure is recorded although the operation fails).
 */
export async function login(em: EntityManager, input: { email: string; password: string; ip: string }, settings: AuthSettings): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const [begun] = await em.execute<LoginBeginRow[]>('SELECT * FROM likvard_login_begin(?, ?, ?::jsonb)', [email, input.ip, JSON.stringify(LOGIN_LIMIT)]);
  if (!begun || begun.limited) throw new DomainError('UNAUTHENTICATED', TOO_MANY_ATTEMPTS, undefined, true);

  // An overlong password is simply wrong (verifyPassword refuses it unhashed); the failure is counted all the same.
  const matches = begun.user_id
    ? await verifyPassword(input.password, begun.password_hash)
    : await verifyPassword(input.password, await (dummy ??= dummyHash(settings.scryptLog2N)));
  if (!begun.user_id || !matches || !begun.user_active) {
    await em.execute('SELECT likvard_login_failed(?, ?, ?)', [email, input.ip, KEEP_FAILURES_MINUTES]);
    throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS, undefined, true);
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.sessionTtlHours * 3600_000);
  await em.execute('SELECT likvard_login_succeeded(?, ?, ?, ?, ?)', [email, input.ip, hashToken(token), begun.user_id, expiresAt]);
  const user = toUser({
    id: begun.user_id,
    municipality_id: begun.user_municipality_id,
    email: begun.user_email,
    name: begun.user_name,
    role: begun.user_role,
    active: begun.user_active,
  });
  await recordChange(em, { municipalityId: user.municipalityId, actor: user.email, action: 'CREATE', entity: 'session', entityId: user.id, before: null, after: { ip: input.ip, expiresAt } });
  return { user, token, expiresAt };
}

/**
 * Revokes the session behind a token; true when there was one open. On the request's own connection; recorded in
 * the audit trail of the signed-in user's municipality.
 */
export async function logout(em: EntityManager, token: string | undefined, user: User | null, ip: string): Promise<boolean> {
  if (!token) return false;
  const [row] = await em.execute<{ revoked: boolean }[]>('SELECT likvard_logout(?) AS revoked', [hashToken(token)]);
  const revoked = row?.revoked === true;
  if (revoked && user) {
    await recordChange(em, { municipalityId: user.municipalityId, actor: user.email, action: 'DELETE', entity: 'session', entityId: user.id, before: { ip }, after: null });
  }
  return revoked;
}

/** Revokes every open session of a user (deactivation). Runs in the caller's transaction, under its tenant. */
export async function revokeSessionsOf(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(UserSession, { userId, revokedAt: null }, { revokedAt: new Date() });
}
