import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

/** The SQL statements run on behalf of one request. */
export interface StatementCounter {
  count: number;
}

/**
 * Carries the counter of the request being served through every await, so a statement is counted for the
 * request that caused it whichever EntityManager fork or raw connection ran it.
 */
export const statementCounter = new AsyncLocalStorage<StatementCounter>();

/**
 * MikroORM reports every statement it runs to its logger (whether or not debug output is on), so the logger is
 * where counting sees them all: entity queries, raw SQL and transactions alike.
 */
export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const counter = statementCounter.getStore();
    if (counter) counter.count += 1;
    super.logQuery(context);
  }
}
