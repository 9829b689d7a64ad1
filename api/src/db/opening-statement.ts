import type { Knex } from '@mikro-orm/postgresql';
import type { DirectConnection } from './request-entity-manager.js';

/**
 * A statement sent in the same round trip as a transaction's BEGIN, as one simple-protocol query
 * (`BEGIN;<sql>`), with its result rows handed back. The request transaction opens this way: BEGIN and the session
 * lookup together, one round trip instead of two on every request. Simple protocol takes no parameters, so the
 * SQL must carry its values as literals the caller has checked (see request-transaction.ts).
 */
export interface OpeningStatement {
  sql: string;
  rows?: Record<string, unknown>[];
  /** The transaction's connection (a node-postgres client), once it has begun. */
  connection?: DirectConnection;
}

/** The key of knex's transaction config that carries an OpeningStatement. */
const OPENING = 'likvardOpening';

interface KnexTransactionInternals {
  begin(connection: unknown): Promise<unknown>;
}

type TransactionFactory = (container: unknown, config: Record<string, unknown> | undefined, outerTx: unknown) => KnexTransactionInternals;

/**
 * Teaches this knex instance's client to open a top-level transaction with `BEGIN;<sql>` when the transaction's
 * config carries an OpeningStatement; every other transaction begins as knex always does. knex has no public hook
 * for the BEGIN it sends, so this wraps the client's transaction factory (knex 3: Transaction#begin(connection) is
 * called once, after the constructor returns).
 */
export function installOpeningStatements(knex: Knex): void {
  const knexClient = knex.client as { transaction: TransactionFactory };
  const create = knexClient.transaction.bind(knexClient);
  knexClient.transaction = (container, config, outerTx) => {
    const transaction = create(container, config, outerTx);
    const opening = config?.[OPENING] as OpeningStatement | undefined;
    if (opening && !outerTx) {
      transaction.begin = async (connection) => {
        // Straight to node-postgres: knex's own query path would swallow an error here and hand out the transaction.
        const pg = connection as DirectConnection;
        try {
          const results = (await pg.query({ text: `BEGIN;${opening.sql}`, values: [] })) as unknown as { rows: Record<string, unknown>[] }[];
          opening.rows = results[1]?.rows;
          opening.connection = pg;
        } catch (error) {
          // BEGIN went through, the statement did not: end the aborted transaction before the pool takes the connection back.
          await pg.query({ text: 'ROLLBACK', values: [] }).catch(() => undefined);
          throw error;
        }
      };
    }
    return transaction;
  };
}

/** Starts a transaction whose BEGIN carries `opening`; its rows are in `opening.rows` when this resolves. */
export function beginWith(knex: Knex, opening: OpeningStatement): Promise<Knex.Transaction> {
  return knex.transaction(undefined as never, { [OPENING]: opening } as Knex.TransactionConfig);
}
