import type { Knex } from '@mikro-orm/postgresql';
import type { DirectConnection } from './request-entity-manager.js';

/**
 * A request's transaction, owned here rather than by knex: a connection from knex's pool, `BEGIN;EXECUTE <statement>`
 * sent as one simple-protocol query (the session lookup travels with the BEGIN: one round trip), and a knex
 * transaction object for the ORM's own queries on that connection. The statement is prepared (SQL PREPARE) the
 * first time a connection runs it, in the same message; a prepared statement outlives transactions, rolled back or
 * not, and is planned once per connection instead of on every request. Simple protocol takes no parameters, so
 * EXECUTE's arguments are SQL literals the caller has checked (see graphql/request-transaction.ts).
 *
 * Why not `knex.transaction()`: every knex transaction builds a whole knex instance (makeTransactor redefines some
 * hundred properties) plus a client, a promise chain and MikroORM's begin/commit wrappers around it; in pnpm bench
 * that was a tenth of what a short request allocates. Here each pooled connection gets one standing knex
 * transaction, made the first time the connection serves a request and kept with it (a WeakMap: it goes when the
 * pool drops the connection). knex believes it open for good and never sends BEGIN or COMMIT for it; this module
 * sends them. Savepoints (`em.transactional` inside a request) are knex's nested transactions on it, as before.
 */
export interface OpenedTransaction {
  /** The node-postgres client the transaction runs on. */
  connection: DirectConnection;
  /** What MikroORM takes as the transaction context: the connection's standing knex transaction. */
  transaction: Knex.Transaction;
  /** The rows the statement returned. */
  rows: Record<string, unknown>[];
  /** Whether the role was switched after it (when asked to). */
  roleSet: boolean;
  /** Gives the connection back to the pool. Call once, after COMMIT or ROLLBACK went through (or failed). */
  release(): void;
}

/** A statement PREPAREd once per connection under its name; its parameters are $1, $2, … of these types. */
export interface PreparedStatement {
  name: string;
  parameterTypes: string[];
  sql: string;
}

interface KnexClientInternals {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  transaction: TransactionFactory;
}

interface KnexTransactionInternals {
  begin(connection: unknown): Promise<unknown>;
}

/** knex 3 keeps, on a transaction, the promise its next nested transaction (savepoint) waits for. */
const LAST_CHILD = '_lastChild';

type TransactionFactory = (container: unknown, config: Record<string, unknown> | undefined, outerTx: unknown) => KnexTransactionInternals;

/** The key of knex's transaction config that marks a standing transaction (see installStandingTransactions). */
const STANDING = 'likvardStanding';

const standing = new WeakMap<object, { transaction: Knex.Transaction; internals: KnexTransactionInternals }>();
/** Connections whose queries run one at a time through queueQueries. */
const queued = new WeakSet<object>();
/** The statements each connection has prepared. */
const prepared = new WeakMap<object, Set<string>>();
/** PostgreSQL's SQLSTATEs for a prepared statement that is not there, or already is. */
const NO_SUCH_STATEMENT = '26000';
const STATEMENT_EXISTS = '42P05';

/**
 * Teaches this knex instance's client to make a standing transaction, one that sends no BEGIN, when the
 * transaction's config asks for one; every other transaction begins as knex always does. knex has no public hook
 * for the BEGIN it sends, so this wraps the client's transaction factory (knex 3: Transaction#begin(connection) is
 * called once, after the constructor returns).
 */
export function installStandingTransactions(knex: Knex): void {
  const knexClient = knex.client as KnexClientInternals;
  const create = knexClient.transaction.bind(knexClient);
  knexClient.transaction = (container, config, outerTx) => {
    const transaction = create(container, config, outerTx);
    if (config?.[STANDING] && !outerTx) transaction.begin = async () => undefined;
    return transaction;
  };
}

/** The connection's standing knex transaction, made on first use. */
async function standingTransaction(knex: Knex, connection: object): Promise<{ transaction: Knex.Transaction; internals: KnexTransactionInternals }> {
  const known = standing.get(connection);
  if (known) return known;
  let internals: KnexTransactionInternals | undefined;
  const transaction = await new Promise<Knex.Transaction>((resolve, reject) => {
    // The container never settles: knex then never commits, rolls back or releases the connection (it is external).
    internals = knex.transaction(
      (trx) => {
        resolve(trx);
        return new Promise<never>(() => undefined);
      },
      { connection, [STANDING]: true } as Knex.TransactionConfig,
    ) as unknown as KnexTransactionInternals;
    (internals as unknown as Promise<unknown>).then(undefined, reject);
  });
  const made = { transaction, internals: internals! };
  standing.set(connection, made);
  return made;
}

/**
 * Takes a connection from the pool and begins a transaction on it running `statement` with `literals` and then, if
 * given, `SET LOCAL ROLE role`, in the same round trip (PostgreSQL runs nothing after a statement that fails). If
 * that fails, the transaction is rolled back and the connection returned before the error is thrown; a statement
 * the connection no longer has (someone ran DEALLOCATE) is prepared again and tried once more.
 */
export async function openTransaction(knex: Knex, statement: PreparedStatement, literals: string[], role?: string): Promise<OpenedTransaction> {
  if (role !== undefined && !/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`not a role name: ${role}`);
  const setRole = role === undefined ? '' : `;SET LOCAL ROLE ${role}`;
  const client = knex.client as KnexClientInternals;
  const connection = (await client.acquireConnection()) as DirectConnection & object;
  if (!queued.has(connection)) {
    queueQueries(connection as unknown as QueryableClient);
    queued.add(connection);
  }
  const release = () => void client.releaseConnection(connection);
  let names = prepared.get(connection);
  if (!names) prepared.set(connection, (names = new Set()));
  const list = (items: string[]) => (items.length ? `(${items.join(', ')})` : '');
  for (let attempt = 1; ; attempt++) {
    const prepare = names.has(statement.name) ? '' : `PREPARE ${statement.name}${list(statement.parameterTypes)} AS ${statement.sql};`;
    try {
      const results = (await connection.query({ text: `${prepare}BEGIN;EXECUTE ${statement.name}${list(literals)}${setRole}`, values: [] })) as unknown as {
        command: string;
        rows: Record<string, unknown>[];
      }[];
      names.add(statement.name);
      const { transaction, internals } = await standingTransaction(knex, connection);
      // A new top-level transaction: no savepoint of an earlier request's can be what the next one waits for.
      Reflect.set(internals, LAST_CHILD, Promise.resolve());
      const executed = results.at(role === undefined ? -1 : -2);
      return { connection, transaction, rows: executed?.rows ?? [], roleSet: role !== undefined && results.at(-1)?.command === 'SET', release };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === NO_SUCH_STATEMENT) names.delete(statement.name);
      if (code === STATEMENT_EXISTS) names.add(statement.name);
      // BEGIN may have gone through and the statement not: end the aborted transaction before anything else.
      await connection.query({ text: 'ROLLBACK', values: [] }).catch(() => undefined);
      if (attempt === 1 && (code === NO_SUCH_STATEMENT || code === STATEMENT_EXISTS)) continue;
      release();
      throw error;
    }
  }
}

interface QueryableClient {
  query(...args: unknown[]): unknown;
}

/**
 * Runs a connection's queries one at a time, in the order they were asked for, before node-postgres sees them. In a
 * request the ORM's own queries (knex, callback style) and the request's raw SQL (promise style) share the
 * connection and may ask at once; node-postgres queues them itself, but that queue is deprecated (pg 8 warns, pg 9
 * drops it). Nothing else changes: each query still goes to node-postgres as it was called. A submittable (cursor,
 * stream) passes straight through.
 */
export function queueQueries(connection: QueryableClient): void {
  const query = connection.query.bind(connection);
  let busy = false;
  const waiting: (() => void)[] = [];
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  };
  const enqueue = (run: () => void) => {
    if (busy) waiting.push(run);
    else {
      busy = true;
      run();
    }
  };
  connection.query = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | null | undefined;
    if (first && typeof first.submit === 'function') return query(...args);
    const at = args.findIndex((arg) => typeof arg === 'function');
    if (at >= 0) {
      const callback = args[at] as (...result: unknown[]) => void;
      const finished = (...result: unknown[]) => {
        done();
        callback(...result);
      };
      const withDone = args.map((arg, i) => (i === at ? finished : arg));
      enqueue(() => {
        try {
          query(...withDone);
        } catch (error) {
          done();
          callback(error);
        }
      });
      return undefined;
    }
    return new Promise((resolve, reject) =>
      enqueue(() => {
        try {
          (query(...args) as Promise<unknown>).then(
            (result) => {
              done();
              resolve(result);
            },
            (error: unknown) => {
              done();
              reject(error);
            },
          );
        } catch (error) {
          done();
          reject(error);
        }
      }),
    );
  };
}
