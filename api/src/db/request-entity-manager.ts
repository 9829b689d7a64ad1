import { EntityManager } from '@mikro-orm/postgresql';

/** What this class needs of a node-postgres client: one simple-protocol query. */
export interface DirectConnection {
  query(config: { text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

/**
 * The EntityManager every fork is made of (MikroORM's `entityManager` option). While a request's transaction is
 * open, raw SQL (`em.execute(sql, params)`) goes straight to that transaction's connection: the same text MikroORM
 * would send (parameters inlined by the platform's formatQuery, simple protocol), the same result shapes and the
 * same exceptions (tests/integration/auth.test.ts compares the two paths), without knex building a raw query and a
 * runner for every statement (pnpm bench: a fifth of a short request's CPU). Anything else (query builders,
 * entities, a savepoint's fork, a request without transaction) takes MikroORM's own path.
 */
export class RequestEntityManager extends EntityManager {
  private direct?: { connection: DirectConnection; transaction: unknown };
  /**
   * Statements on one connection run one after another anyway; DataLoaders ask concurrently. Queueing them here
   * rather than in node-postgres (whose own queue is deprecated for pg 9) costs no round trip.
   */
  private queue: Promise<unknown> = Promise.resolve();

  /** Sends raw SQL of this EntityManager on `connection` while `transaction` is its transaction; undefined ends that. */
  useDirectConnection(direct?: { connection: DirectConnection; transaction: unknown }): void {
    this.direct = direct;
  }

  /** Whether raw SQL of this EntityManager goes to the transaction's connection now. */
  get usesDirectConnection(): boolean {
    return this.direct !== undefined && this.getTransactionContext() === this.direct.transaction;
  }

  override async execute<T extends object | object[] = object[]>(
    ...args: Parameters<EntityManager['execute']>
  ): Promise<T> {
    const [query, params = [], method = 'all'] = args;
    const direct = this.direct;
    if (!direct || typeof query !== 'string' || this.getTransactionContext() !== direct.transaction) return super.execute<T>(...args);
    const formatted = this.getPlatform().formatQuery(query, params as unknown[]);
    const started = Date.now();
    let result: Awaited<ReturnType<DirectConnection['query']>>;
    const run = () => direct.connection.query({ text: formatted, values: [] });
    const pending = this.queue.then(run, run);
    this.queue = pending.catch(() => undefined);
    try {
      result = await pending;
    } catch (error) {
      throw this.getDriver().convertException(error as Error);
    } finally {
      this.config.getLogger().logQuery({ query: formatted, took: Date.now() - started });
    }
    if (method === 'get') return result.rows[0] as T;
    if (method === 'all') return result.rows as T;
    return { affectedRows: result.rowCount, insertId: result.rows[0] ? result.rows[0].id : 0, row: result.rows[0], rows: result.rows } as T;
  }
}

