import type { Knex } from '@mikro-orm/postgresql';
import type { DirectConnection } from './request-entity-manager.js';

/**
 * A request's transaction, owned here rather than by knex: a connection from knex's pool, `BEGIN;<sql>` sent as one
 * simple-protocol query (the session lookup travels with the BEGIN: one round trip), and a knex transaction object
 * for the ORM's own queries on that connection. Simple protocol takes no parameters, so `sql` must carry its values
 * as literals the caller has checked (see graphql/request-transaction.ts).
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
  /** The rows `sql` returned. */
  rows: Record<string, unknown>[];
  /** Gives the connection back to the pool. Call once, after COMMIT or ROLLBACK went through (or failed). */
  release(): void;
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
 * Takes a connection from the pool and begins a transaction on it with `sql` in the same round trip. If the
 * statement fails, the transaction is rolled back and the connection returned before the error is thrown.
 */
export async function openTransaction(knex: Knex, sql: string): Promise<OpenedTransaction> {
  const client = knex.client as KnexClientInternals;
  const connection = (await client.acquireConnection()) as DirectConnection & object;
  const release = () => void client.releaseConnection(connection);
  try {
    const results = (await connection.query({ text: `BEGIN;${sql}`, values: [] })) as unknown as { rows: Record<string, unknown>[] }[];
    const { transaction, internals } = await standingTransaction(knex, connection);
    // A new top-level transaction: no savepoint of an earlier request's can be what the next one waits for.
    Reflect.set(internals, LAST_CHILD, Promise.resolve());
    return { connection, transaction, rows: results[1]?.rows ?? [], release };
  } catch (error) {
    // BEGIN went through, the statement did not: end the aborted transaction before the pool takes the connection back.
    await connection.query({ text: 'ROLLBACK', values: [] }).catch(() => undefined);
    release();
    throw error;
  }
}
