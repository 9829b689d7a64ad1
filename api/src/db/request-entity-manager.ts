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
  /** Raw SQL waiting for the connection (see `send`). */
  private waiting: Waiting[] = [];
  /** Whether a round trip of this EntityManager's is under way, or one is due at the next turn of the event loop. */
  private busy = false;

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
    let result: QueryResult;
    try {
      result = await new Promise<QueryResult>((resolve, reject) => {
        this.waiting.push({ sql: formatted, groupable: isGroupableRead(formatted), resolve, reject });
        if (!this.busy) {
          this.busy = true;
          setImmediate(() => this.send(direct.connection));
        }
      });
    } catch (error) {
      throw this.getDriver().convertException(error as Error);
    } finally {
      this.config.getLogger().logQuery({ query: formatted, took: Date.now() - started });
    }
    if (method === 'get') return result.rows[0] as T;
    if (method === 'all') return result.rows as T;
    return { affectedRows: result.rowCount, insertId: result.rows[0] ? result.rows[0].id : 0, row: result.rows[0], rows: result.rows } as T;
  }

  /**
   * Sends what waits, one round trip at a time, and again when that returns, until nothing waits. Reads asked for
   * together (DataLoaders ask concurrently; the first send waits one turn of the event loop so that they can) travel
   * as one simple-protocol query of several statements, which PostgreSQL runs in order and answers one result each:
   * a round trip and a socket write fewer per read (pnpm bench). Anything else goes alone, so a write's error is its
   * own caller's. If a statement in a group fails, PostgreSQL runs none after it and the transaction is aborted;
   * every caller in the group gets that error (later ones would have failed anyway, earlier ones lose a result the
   * request can no longer commit).
   */
  private send(connection: DirectConnection): void {
    const group = takeGroup(this.waiting);
    if (group.length === 0) {
      this.busy = false;
      return;
    }
    const text = group.length === 1 ? group[0]!.sql : group.map((w) => w.sql).join('\n;\n');
    connection.query({ text, values: [] }).then(
      (result) => {
        const results = group.length === 1 ? [result] : (result as unknown as QueryResult[]);
        if (!Array.isArray(results) || results.length !== group.length) {
          const error = new Error(`${group.length} statements sent together came back as ${Array.isArray(results) ? results.length : 1} results`);
          for (const w of group) w.reject(error);
        } else {
          group.forEach((w, i) => w.resolve(results[i]!));
        }
        this.send(connection);
      },
      (error: unknown) => {
        for (const w of group) w.reject(error);
        this.send(connection);
      },
    );
  }
}

type QueryResult = Awaited<ReturnType<DirectConnection['query']>>;

interface Waiting {
  sql: string;
  groupable: boolean;
  resolve(result: QueryResult): void;
  reject(error: unknown): void;
}

/**
 * A read that can share a round trip: a single SELECT (or WITH … SELECT) that writes nothing and holds no `;`
 * anywhere (not even in a literal), so that joining statements with `;` cannot change where one ends.
 */
export function isGroupableRead(sql: string): boolean {
  return /^\s*(select|with)\b/i.test(sql) && !sql.includes(';') && !/\b(insert|update|delete|merge|into)\b/i.test(sql);
}

/** Takes the first waiting statement off the queue and, if it is a groupable read, the groupable reads right after it. */
function takeGroup(waiting: Waiting[]): Waiting[] {
  let n = 1;
  if (waiting[0]?.groupable) while (n < waiting.length && waiting[n]!.groupable) n++;
  return waiting.splice(0, Math.min(n, waiting.length));
}
