import type pg from 'pg';
import { StatementQueue, type StatementResult } from './statement-queue.js';

/** Thrown by anything that asks for SQL in a request whose transaction has ended: it never falls back elsewhere. */
export class RequestEndedError extends Error {
  constructor() {
    super('the request’s transaction has ended: no more SQL runs in this request');
    this.name = 'RequestEndedError';
  }
}

/**
 * How a request begins: the role it runs as and the statement that travels with its BEGIN (the auth module's session
 * lookup, which also names the tenant). The statement runs after the role switch, so nothing of the request runs as
 * the table owner; it is written into the SQL as it is, so its author must have checked every literal in it.
 */
export interface Opening {
  role: string;
  statement: string;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * One request's transaction on one connection of the request pool: opened by `begin` (BEGIN, the role switch and
 * the opening statement in one round trip), used through `query` (the connection's one queue), ended once by `end`
 * (COMMIT or ROLLBACK, then the connection goes back to the pool). After the end every `query` throws
 * RequestEndedError: a request can never reach a connection, a role or a tenant other than its own.
 */
export class RequestTransaction {
  private state: 'open' | 'ending' | 'ended' = 'open';
  private readonly queue: StatementQueue;
  private savepoints = 0;

  private constructor(
    // Not named `client`: MikroORM hands this object to knex's transacting(), which takes any `client` for its own.
    private readonly connection: pg.PoolClient,
    /** The rows the opening statement returned. */
    readonly openingRows: Record<string, unknown>[],
  ) {
    this.queue = new StatementQueue(connection);
  }

  static async begin(pool: pg.Pool, opening: Opening): Promise<RequestTransaction> {
    if (!ROLE_NAME.test(opening.role)) throw new Error(`not a role name: ${opening.role}`);
    const client = await pool.connect();
    try {
      const results = (await client.query({ text: `BEGIN;SET LOCAL ROLE ${opening.role};${opening.statement}` })) as unknown as StatementResult[];
      // Fail closed on anything but exactly these three results: the request would run as the owner or without tenant.
      if (!Array.isArray(results) || results.length !== 3 || results[1]!.command !== 'SET') {
        throw new Error('the request transaction opened without its role switch and opening statement');
      }
      return new RequestTransaction(client, results[2]!.rows);
    } catch (error) {
      // BEGIN may have gone through and what followed not: end that transaction before the connection goes back.
      const rolledBack = await client.query('ROLLBACK').then(
        () => true,
        () => false,
      );
      client.release(rolledBack ? undefined : asError(error));
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Runs one statement in this transaction (see StatementQueue for `shareable`). */
  query(sql: string, shareable: boolean): Promise<StatementResult> {
    if (this.state !== 'open') return Promise.reject(new RequestEndedError());
    return this.queue.run(sql, shareable);
  }

  /** Opens a savepoint (the ORM's nested transaction); its name is unique within the transaction. */
  async savepoint(): Promise<Savepoint> {
    const savepoint = new Savepoint(this, `request_savepoint_${++this.savepoints}`);
    await this.query(`SAVEPOINT ${savepoint.name}`, false);
    return savepoint;
  }

  /**
   * Commits or rolls back, after every statement already asked for, and gives the connection back; once. A COMMIT
   * that PostgreSQL answers with ROLLBACK (the transaction had failed and someone caught the error) is an error here.
   */
  async end(commit: boolean): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'ending';
    let broken: Error | undefined;
    try {
      const result = await this.queue.run(commit ? 'COMMIT' : 'ROLLBACK', false);
      if (commit && result.command !== 'COMMIT') throw new Error('the request’s transaction had failed and was rolled back instead of committed');
    } catch (error) {
      if (commit) await this.queue.run('ROLLBACK', false).catch((rollbackError: unknown) => (broken = asError(rollbackError)));
      else broken = asError(error);
      throw error;
    } finally {
      this.state = 'ended';
      // A connection whose transaction could not be ended is closed instead of pooled.
      this.connection.release(broken);
    }
  }
}

/** A savepoint of a request's transaction: what the ORM holds as the context of a nested transaction. */
export class Savepoint {
  constructor(
    readonly transaction: RequestTransaction,
    readonly name: string,
  ) {}

  release(): Promise<StatementResult> {
    return this.transaction.query(`RELEASE SAVEPOINT ${this.name}`, false);
  }

  rollback(): Promise<StatementResult> {
    return this.transaction.query(`ROLLBACK TO SAVEPOINT ${this.name}`, false);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
