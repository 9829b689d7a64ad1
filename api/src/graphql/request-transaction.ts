import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import { openTransaction, type OpenedTransaction, type PreparedStatement } from '../db/request-connection.js';
import { RequestEntityManager } from '../db/request-entity-manager.js';
import { APP_ROLE, TENANT_SETTING } from '../db/tenant-rls.js';
import { hashToken, toUser, type ResolvedSession, type UserRow } from '../modules/auth/auth.service.js';

/** The signed-in user's municipality, as the session lookup read it. */
export interface SessionMunicipality {
  id: string;
  code: string;
  name: string;
  budgetYear: number;
}

type OpenRow = Omit<UserRow, 'password_hash'> & {
  stale: boolean;
  municipality_code: string;
  municipality_name: string;
  municipality_budget_year: number;
};

/** Matches no municipality: what a request without a session runs under. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * Looks up the session (as the owner: nobody's tenant is known yet) and, in the same statement, names the tenant,
 * transaction-local (`set_config(…, true)` is SET LOCAL) so nothing leaks to the next user of the pooled connection.
 * It also reads the user's own municipality (the tenant row itself, the one row RLS would show), which nearly every
 * request needs: one round trip fewer. $1 is the SHA-256 of the session token in hex, or NULL without a cookie.
 * Prepared once per connection (db/request-connection.ts); the switch to the row-level security role follows it as
 * its own `SET LOCAL ROLE` in the same round trip: switching the role from inside the statement (`set_config('role',
 * …)` in the select list) cost PostgreSQL some 130 µs of CPU per request, three times the rest of the lookup (pnpm
 * bench measures PostgreSQL's CPU per request).
 */
const OPENING: PreparedStatement = {
  name: 'likvard_open_request',
  parameterTypes: ['text'],
  sql: `
  WITH found AS MATERIALIZED (
    SELECT u.id, u.municipality_id, u.email, u.name, u.role, u.active, s.id AS session_id,
           s.last_seen_at < now() - interval '1 minute' AS stale,
           m.code AS municipality_code, m.name AS municipality_name, m.budget_year AS municipality_budget_year
      FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN municipality m ON m.id = u.municipality_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active)
  SELECT found.*, set_config('${TENANT_SETTING}', coalesce(found.municipality_id::text, '${NO_TENANT}'), true) AS tenant
    FROM (SELECT 1) AS one LEFT JOIN found ON true`,
};

/**
 * One database transaction per GraphQL request, on the request's forked EntityManager: everything the request
 * reads or writes runs as ${APP_ROLE} under the caller's municipality. Services' own `em.transactional` calls nest
 * inside it as savepoints. Apollo's plugin below commits or rolls back before the response is sent; app.ts ends any
 * transaction a request left open (one refused before Apollo ran its plugins) when the response is done.
 */
export class RequestTransaction {
  private state: 'idle' | 'open' | 'done' = 'idle';
  private opened?: OpenedTransaction;

  constructor(private readonly em: EntityManager) {}

  /**
   * Begins, resolves the session cookie's token and sets role and tenant, in one round trip: the lookup travels with
   * the BEGIN (db/request-connection.ts). Its only value from outside is the token's SHA-256 in hex, so it can be
   * written into the SQL as a literal. With a session, also the user's municipality as read in that query.
   */
  async open(token: string | undefined): Promise<(ResolvedSession & { municipality: SessionMunicipality }) | null> {
    if (this.state !== 'idle') throw new Error('request transaction opened twice');
    const hash = token && token.length <= 100 ? hashToken(token) : null;
    if (hash !== null && !/^[0-9a-f]{64}$/.test(hash)) throw new Error('a token hash is 64 hex digits');
    const argument = hash === null ? 'NULL' : `'${hash}'`;
    this.state = 'done';
    const opened = await openTransaction(this.em.getConnection().getKnex(), OPENING, [argument], APP_ROLE);
    this.opened = opened;
    this.state = 'open';
    this.em.setTransactionContext(opened.transaction);
    if (this.em instanceof RequestEntityManager) this.em.useDirectConnection({ connection: opened.connection, transaction: opened.transaction });
    // Two statements in one round trip: reported to the ORM's logger as two, like every other statement (the
    // statement counter and bench:explain read them there).
    const logger = this.em.config.getLogger();
    logger.logQuery({ query: 'begin' });
    logger.logQuery({ query: OPENING.sql.replace('$1', argument) });
    // The lookup returns exactly one row, with or without a session (LEFT JOIN), and the role was switched after it:
    // fail closed on anything else, since the transaction would then run as the owner or with no tenant set.
    const row = opened.rows.length === 1 ? (opened.rows[0] as OpenRow & { session_id: string | null; tenant: string | null }) : undefined;
    if (!row?.tenant || !opened.roleSet) throw new Error('the request transaction opened without its session lookup');
    if (!row.session_id) return null;
    // At most one write a minute per session: enough to see who is active without a write on every request.
    if (row.stale) await this.em.execute('UPDATE user_session SET last_seen_at = now() WHERE id = ?', [row.session_id]);
    return {
      sessionId: row.session_id,
      user: toUser(row),
      municipality: { id: row.municipality_id, code: row.municipality_code, name: row.municipality_name, budgetYear: row.municipality_budget_year },
    };
  }

  /** Names another tenant for the rest of the transaction (after a login within this request). */
  async setTenant(municipalityId: string): Promise<void> {
    if (this.state === 'open') await this.em.execute(`SELECT set_config('${TENANT_SETTING}', ?, true)`, [municipalityId]);
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /**
   * Commits (after flushing what the ORM still holds) or rolls back, then gives the connection back. COMMIT and
   * ROLLBACK go through the EntityManager's own queue of raw SQL, after anything it still has to send.
   */
  async end(success: boolean): Promise<void> {
    const opened = this.opened;
    if (this.state !== 'open' || !opened) {
      this.state = 'done';
      return;
    }
    this.state = 'done';
    try {
      if (success && hasPendingChanges(this.em)) await this.em.flush();
      await this.em.execute(success ? 'COMMIT' : 'ROLLBACK', [], 'run');
    } catch (error) {
      if (success) await this.em.execute('ROLLBACK', [], 'run').catch(() => undefined);
      throw error;
    } finally {
      if (this.em instanceof RequestEntityManager) this.em.useDirectConnection(undefined);
      this.em.resetTransactionContext();
      opened.release();
    }
  }
}

/** Whether a flush would write anything: entities persisted, removed, or loaded (and so possibly changed). */
function hasPendingChanges(em: EntityManager): boolean {
  const uow = em.getUnitOfWork();
  return uow.getPersistStack().size > 0 || uow.getRemoveStack().size > 0 || uow.getOrphanRemoveStack().size > 0 || uow.getIdentityMap().values().length > 0;
}

/** Commits when the operation had no errors, rolls back otherwise, before the response goes out. */
export function requestTransactionPlugin<T extends { tx: RequestTransaction }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, errors }) {
          await contextValue.tx.end(!errors || errors.length === 0);
        },
      };
    },
  };
}
