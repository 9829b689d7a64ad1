import type { EntityManager } from '@mikro-orm/postgresql';
import { beginRequest, type BoundRequest } from '../../db/request/orm-adapter.js';
import type { Opening } from '../../db/request/request-transaction.js';
import { applyTenantFilter } from '../../db/tenant-filter.js';
import { APP_ROLE } from '../../db/tenant-rls.js';
import { hashToken, toUser } from './auth.service.js';
import type { User } from './user.entity.js';

/** The signed-in user's municipality, as the session lookup read it. */
export interface SessionMunicipality {
  id: string;
  code: string;
  name: string;
  budgetYear: number;
}

export interface ResolvedSession {
  sessionId: string;
  user: User;
  municipality: SessionMunicipality;
}

/** Matches no municipality: what a request without a session runs under. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

interface OpeningRow {
  session_id: string | null;
  user_id: string;
  user_municipality_id: string;
  user_email: string;
  user_name: string;
  user_role: string;
  municipality_code: string;
  municipality_name: string;
  municipality_budget_year: number;
  tenant: string | null;
}

/**
 * How every request begins: as the row-level security role, looking up the session behind the cookie's token
 * (likvard_open_request, a function of the table owner's: see the request-functions migration), which also names the
 * tenant and reads the user's own municipality, in the BEGIN's round trip. The one value from outside, the token, is
 * hashed first, and its SHA-256 in hex is the only thing written into the SQL.
 */
export function sessionOpening(token: string | undefined): Opening {
  const hash = token && token.length <= 100 ? hashToken(token) : null;
  if (hash !== null && !/^[0-9a-f]{64}$/.test(hash)) throw new Error('a token hash is 64 hex digits');
  return { role: APP_ROLE, statement: `SELECT * FROM likvard_open_request(${hash === null ? 'NULL' : `'${hash}'`})` };
}

/**
 * The session the opening statement found, or null. It returns exactly one row, with or without a session, and
 * always names a tenant: fail closed on anything else.
 */
export function sessionOf(rows: readonly Record<string, unknown>[]): ResolvedSession | null {
  const row = rows.length === 1 ? (rows[0] as unknown as OpeningRow) : undefined;
  if (!row?.tenant) throw new Error('the request transaction opened without its session lookup');
  if (!row.session_id) return null;
  return {
    sessionId: row.session_id,
    user: toUser({ id: row.user_id, municipality_id: row.user_municipality_id, email: row.user_email, name: row.user_name, role: row.user_role, active: true }),
    municipality: { id: row.user_municipality_id, code: row.municipality_code, name: row.municipality_name, budgetYear: row.municipality_budget_year },
  };
}

/**
 * Whether a file request comes from another site's page (Fetch Metadata): such a page must not make the browser
 * download a municipality's data with the user's cookie. GraphQL has Apollo's CSRF prevention; the file routes ask
 * this first.
 */
export const isCrossSite = (headers: Record<string, string | string[] | undefined>) => headers['sec-fetch-site'] === 'cross-site';

/**
 * Begins a request for a session cookie's token: the bound EntityManager (its ORM tenant filter on, for the user's
 * municipality or for none) and the session, if any. For routes outside GraphQL (files); GraphQL's context does the
 * same in app.ts.
 */
export async function beginSessionRequest(
  em: EntityManager,
  token: string | undefined,
  tenantEntities: string[],
): Promise<{ request: BoundRequest; session: ResolvedSession | null }> {
  const request = await beginRequest(em, sessionOpening(token));
  try {
    const session = sessionOf(request.transaction.openingRows);
    applyTenantFilter(request.em, tenantEntities, session?.user.municipalityId ?? NO_TENANT);
    return { request, session };
  } catch (error) {
    await request.transaction.end(false);
    throw error;
  }
}
