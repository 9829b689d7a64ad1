import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { dummyHash, verifyPassword } from './password.js';
import { isRole } from './role.js';
import { User, UserSession } from './user.entity.js';

/** Failed logins allowed per window, per email address and per client IP (a whole school office may share one). */
export const LOGIN_LIMIT = { windowMinutes: 15, perEmail: 5, perIp: 50 } as const;

export const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord.';
export const TOO_MANY_ATTEMPTS = `För många misslyckade inloggningsförsök. Vänta ${LOGIN_LIMIT.windowMinutes} minuter och försök igen.`;
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
  password_hash: string;
  active: boolean;
}

export const toUser = (row: Omit<UserRow, 'password_hash'>): User => {
  if (!isRole(row.role)) throw new Error(`app_user ${row.id} has an unknown role`);
  // Not merged into an identity map: the privileged EntityManager this comes from is not the request's.
  return Object.assign(new User(), { id: row.id, municipalityId: row.municipality_id, email: row.email, name: row.name, role: row.role, active: row.active });
};

/**
 * Checks email and password and opens a session. Runs on the owner's connection (`privileged`), outside the
 * request's row-level security: at this point nobody's municipality is known yet. Failed attempts are counted per
 * email and per IP in PostgreSQL, so every replica of the API sees the same count.
 */
export async function login(
  privileged: EntityManager,
  input: { email: string; password: string; ip: string },
  settings: AuthSettings,
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const conn = privileged.getConnection();
  const keys = [`email:${email}`, `ip:${input.ip}`];
  const [counts] = await conn.execute<{ by_email: string; by_ip: string }[]>(
    `SELECT count(*) FILTER (WHERE key = ?) AS by_email, count(*) FILTER (WHERE key = ?) AS by_ip
       FROM login_failure WHERE key IN (?, ?) AND failed_at > now() - make_interval(mins => ?)`,
    [keys[0], keys[1], keys[0], keys[1], LOGIN_LIMIT.windowMinutes],
  );
  if (Number(counts!.by_email) >= LOGIN_LIMIT.perEmail || Number(counts!.by_ip) >= LOGIN_LIMIT.perIp) {
    throw new DomainError('UNAUTHENTICATED', TOO_MANY_ATTEMPTS);
  }

  const [row] = await conn.execute<UserRow[]>('SELECT * FROM app_user WHERE email = ?', [email]);
  const matches = row
    ? await verifyPassword(input.password, row.password_hash)
    : await verifyPassword(input.password, await (dummy ??= dummyHash(settings.scryptLog2N)));
  if (!row || !matches || !row.active) {
    await conn.execute(
      `WITH pruned AS (DELETE FROM login_failure WHERE key IN (?, ?) AND failed_at <= now() - make_interval(mins => ?))
       INSERT INTO login_failure (key) VALUES (?), (?)`,
      [keys[0], keys[1], LOGIN_LIMIT.windowMinutes, keys[0], keys[1]],
    );
    throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.sessionTtlHours * 3600_000);
  await conn.execute(
    `WITH cleared AS (DELETE FROM login_failure WHERE key = ?)
     INSERT INTO user_session (token_hash, user_id, municipality_id, expires_at) VALUES (?, ?, ?, ?)`,
    [keys[0], hashToken(token), row.id, row.municipality_id, expiresAt],
  );
  return { user: toUser(row), token, expiresAt };
}

export interface ResolvedSession {
  sessionId: string;
  user: User;
}

/** Revokes the session behind a token; true when there was one open. */
export async function logout(privileged: EntityManager, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const result = await privileged
    .getConnection()
    .execute<{ affectedRows: number }>('UPDATE user_session SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL', [hashToken(token)], 'run');
  return result.affectedRows > 0;
}

/** Revokes every open session of a user (deactivation). Runs in the caller's transaction, under its tenant. */
export async function revokeSessionsOf(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(UserSession, { userId, revokedAt: null }, { revokedAt: new Date() });
}
