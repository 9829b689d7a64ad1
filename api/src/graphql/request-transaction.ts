import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import { APP_ROLE, TENANT_SETTING } from '../db/tenant-rls.js';

/** Matches no municipality: what a request without a session runs under. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * One database transaction per GraphQL request, on the request's forked EntityManager. It begins lazily, when
 * Apollo starts the operation (requests refused earlier, e.g. by CSRF prevention, never hold a connection), and
 * its first statement switches to the row-level security role and names the tenant, both transaction-local so
 * nothing leaks to the next user of the pooled connection.
 */
export class RequestTransaction {
  private state: 'idle' | 'open' | 'done' = 'idle';

  constructor(
    private readonly em: EntityManager,
    private municipalityId: string | null,
  ) {}

  /** Names another tenant for the rest of the transaction (after a login within this request). */
  async setTenant(municipalityId: string): Promise<void> {
    this.municipalityId = municipalityId;
    if (this.state === 'open') await this.em.execute(`SELECT set_config('${TENANT_SETTING}', ?, true)`, [municipalityId]);
  }

  async begin(): Promise<void> {
    if (this.state !== 'idle') return;
    await this.em.begin();
    this.state = 'open';
    // One round trip: `set_config('role', …, true)` is SET LOCAL ROLE.
    await this.em.execute(`SELECT set_config('role', ?, true), set_config('${TENANT_SETTING}', ?, true)`, [APP_ROLE, this.municipalityId ?? NO_TENANT]);
  }

  async end(success: boolean): Promise<void> {
    if (this.state !== 'open') {
      this.state = 'done';
      return;
    }
    this.state = 'done';
    if (success) await this.em.commit();
    else await this.em.rollback();
  }
}

/** Commits when the operation had no errors, rolls back otherwise, before the response goes out. */
export function requestTransactionPlugin<T extends { tx: RequestTransaction }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      await contextValue.tx.begin();
      return {
        async willSendResponse({ contextValue: ctx, errors }) {
          await ctx.tx.end(!errors || errors.length === 0);
        },
      };
    },
  };
}
