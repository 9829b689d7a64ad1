/**
 * The one file where the request's life meets the ORM and the driver. MikroORM 6 runs every statement through its
 * Connection (`execute`, `begin`, `commit`, `rollback`, all public and meant to be specialised per dialect), so a
 * Connection subclass is where a request's statements are taken to the request's own transaction: when the ORM's
 * transaction context is a RequestTransaction (or one of its savepoints), the statement MikroORM built goes to that
 * transaction's queue as the text MikroORM would send (`platform.formatQuery`, simple protocol), and comes back in
 * MikroORM's result shapes and, through the driver, its exceptions. With any other context (migrations, seeds, the
 * readiness probe) everything is MikroORM's own path. Nothing of knex or node-postgres is patched or read privately.
 *
 * Written for @mikro-orm/core, /knex, /postgresql 6.6.16, knex 3.2.10 and pg 8.23.1: orm-adapter.test.ts fails when
 * those change, and tests/integration/request-life.test.ts checks every path below against a real PostgreSQL. MikroORM
 * 7 replaces knex with kysely: this file (and only this file) then moves to that version's Connection.
 */
import { Utils, type Configuration, type LogContext, type LoggingOptions, type Transaction } from '@mikro-orm/core';
import { AbstractSqlDriver, PostgreSqlConnection, PostgreSqlPlatform, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import pg from 'pg';
import { RequestTransaction, Savepoint, type Opening } from './request-transaction.js';

/** Connections of the request pool: every GraphQL or file request holds one for its transaction. */
export const REQUEST_POOL_SIZE = 10;

type RequestContext = RequestTransaction | Savepoint;

const isRequestContext = (ctx: unknown): ctx is RequestContext => ctx instanceof RequestTransaction || ctx instanceof Savepoint;

export class RequestConnection extends PostgreSqlConnection {
  private requestPool?: pg.Pool;

  /**
   * A pool of its own for request transactions, with the connection settings (and type parsers) MikroORM uses for
   * its own: the ORM's knex pool stays for what runs outside requests, so a request never waits for those.
   */
  get pool(): pg.Pool {
    return (this.requestPool ??= new pg.Pool({ ...(this.getConnectionOptions() as pg.PoolConfig), max: REQUEST_POOL_SIZE }));
  }

  override async execute<T>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    if (!isRequestContext(ctx)) return super.execute(queryOrKnex, params, method, ctx, loggerContext) as Promise<T>;
    let sql: string;
    if (Utils.isObject<Knex.QueryBuilder | Knex.Raw>(queryOrKnex)) {
      const native = queryOrKnex.toSQL();
      sql = native.sql;
      params = [...(native.bindings ?? [])];
    } else {
      sql = queryOrKnex;
    }
    const formatted = this.platform.formatQuery(sql, params);
    const transaction = ctx instanceof Savepoint ? ctx.transaction : ctx;
    // Only the top level shares round trips: inside a savepoint a statement's error may be caught and recovered from.
    const shareable = ctx instanceof RequestTransaction;
    return this.executeQuery(formatted, async () => this.transformRawResult<T>(await transaction.query(formatted, shareable), method), {
      query: formatted,
      ...loggerContext,
    });
  }

  override async begin(options: Parameters<PostgreSqlConnection['begin']>[0] = {}): Promise<Knex.Transaction> {
    const parent: unknown = options.ctx;
    if (!isRequestContext(parent)) return super.begin(options);
    const transaction = parent instanceof Savepoint ? parent.transaction : parent;
    const savepoint = await transaction.savepoint();
    this.logQuery(`savepoint ${savepoint.name}`, options.loggerContext);
    return savepoint as unknown as Knex.Transaction;
  }

  override async commit(ctx: Knex.Transaction, eventBroadcaster?: Parameters<PostgreSqlConnection['commit']>[1], loggerContext?: LogContext): Promise<void> {
    const context: unknown = ctx;
    if (context instanceof RequestTransaction) throw new Error('a request’s transaction is ended by the request, not committed by the ORM');
    if (!(context instanceof Savepoint)) return super.commit(ctx, eventBroadcaster, loggerContext);
    await context.release();
    this.logQuery(`release savepoint ${context.name}`, loggerContext);
  }

  override async rollback(ctx: Knex.Transaction, eventBroadcaster?: Parameters<PostgreSqlConnection['rollback']>[1], loggerContext?: LogContext): Promise<void> {
    const context: unknown = ctx;
    if (context instanceof RequestTransaction) throw new Error('a request’s transaction is ended by the request, not rolled back by the ORM');
    if (!(context instanceof Savepoint)) return super.rollback(ctx, eventBroadcaster, loggerContext);
    await context.rollback();
    this.logQuery(`rollback to savepoint ${context.name}`, loggerContext);
  }

  override async close(force?: boolean): Promise<void> {
    await super.close(force);
    await this.requestPool?.end();
    this.requestPool = undefined;
  }
}

/** PostgreSQL's driver with the request-aware connection: MikroORM's `driver` option. */
export class RequestDriver extends AbstractSqlDriver<RequestConnection, PostgreSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), RequestConnection, ['knex', 'pg']);
  }
}

/** A request's EntityManager and its transaction, bound together until the request ends. */
export interface BoundRequest {
  em: EntityManager;
  transaction: RequestTransaction;
}

/**
 * Begins a request's transaction on the request pool and binds a fresh fork of `em` to it. The binding is never
 * undone: after `endRequest` the fork's queries throw (RequestEndedError) instead of falling back to a pooled
 * connection as the owner.
 */
export async function beginRequest(em: EntityManager, opening: Opening): Promise<BoundRequest> {
  const connection = em.getConnection();
  if (!(connection instanceof RequestConnection)) throw new Error('the ORM was not initialised with RequestDriver');
  const transaction = await RequestTransaction.begin(connection.pool, opening);
  const fork = em.fork();
  fork.setTransactionContext(transaction as unknown as Transaction);
  // The two statements that travelled with the BEGIN, reported like every other statement (the statement counter).
  const logger = fork.config.getLogger();
  logger.logQuery({ query: 'begin' });
  logger.logQuery({ query: opening.statement });
  return { em: fork, transaction };
}

/** Flushes what the unit of work still holds (on success), then commits or rolls back. */
export async function endRequest({ em, transaction }: BoundRequest, success: boolean): Promise<void> {
  if (!transaction.isOpen) return;
  try {
    if (success && hasPendingChanges(em)) await em.flush();
  } catch (error) {
    await transaction.end(false);
    throw error;
  }
  await transaction.end(success);
  em.config.getLogger().logQuery({ query: success ? 'commit' : 'rollback' });
}

/** Whether a flush would write anything: entities persisted, removed, or loaded (and so possibly changed). */
function hasPendingChanges(em: EntityManager): boolean {
  const uow = em.getUnitOfWork();
  return uow.getPersistStack().size > 0 || uow.getRemoveStack().size > 0 || uow.getOrphanRemoveStack().size > 0 || uow.getIdentityMap().values().length > 0;
}
