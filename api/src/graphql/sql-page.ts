import type { EntityManager } from '@mikro-orm/postgresql';
import { toConnection, type ConnectionShape, type PageRequest } from './types/connection.js';

/**
 * Runs one page of a list in ONE statement: the total and the page's rows (as JSON, keyed by the base query's
 * column aliases) come back together, so a connection costs one round trip however long the list is.
 * `baseSql` must select a text column `sort_key` that orders the rows and serves as the cursor.
 */
export async function pagedSql<T extends { sort_key: string }>(
  em: EntityManager,
  baseSql: string,
  params: readonly unknown[],
  page: PageRequest,
): Promise<ConnectionShape<T>> {
  const sql = `WITH base AS (${baseSql})
    SELECT (SELECT count(*) FROM base)::int AS "totalCount",
      coalesce((SELECT json_agg(p ORDER BY p.sort_key) FROM (
        SELECT * FROM base WHERE ?::text IS NULL OR sort_key > ? ORDER BY sort_key LIMIT ?) p), '[]'::json) AS rows`;
  const [result] = await em.execute<{ totalCount: number; rows: T[] }[]>(sql, [...params, page.after ?? null, page.after ?? null, page.first + 1]);
  return toConnection(result?.rows ?? [], page, result?.totalCount ?? 0, (row) => row.sort_key);
}

/**
 * One page of a list whose rows are costly to build (aggregates, JSON, window functions over history): the keys are
 * counted and cut to a page first, and `rows.sql` builds rows only for the keys in the CTE `page` (`keys.sql`'s
 * columns, one of them the text `sort_key`). pagedSql would build every row to cut one page. Still one statement.
 */
export async function keysFirstPagedSql<T extends { sort_key: string }>(
  em: EntityManager,
  keys: { sql: string; params: readonly unknown[] },
  rows: { sql: string; params: readonly unknown[] },
  page: PageRequest,
): Promise<ConnectionShape<T>> {
  const sql = `WITH keys AS (${keys.sql}),
    page AS (SELECT * FROM keys WHERE ?::text IS NULL OR sort_key > ? ORDER BY sort_key LIMIT ?)
    SELECT (SELECT count(*) FROM keys)::int AS "totalCount",
      coalesce((SELECT json_agg(r ORDER BY r.sort_key) FROM (${rows.sql}) r), '[]'::json) AS rows`;
  const params = [...keys.params, page.after ?? null, page.after ?? null, page.first + 1, ...rows.params];
  const [result] = await em.execute<{ totalCount: number; rows: T[] }[]>(sql, params);
  return toConnection(result?.rows ?? [], page, result?.totalCount ?? 0, (row) => row.sort_key);
}

/** Maps the nodes of a connection, keeping its count and page info. */
export function mapConnection<T, U>(connection: ConnectionShape<T>, map: (row: T) => U): ConnectionShape<U> {
  return { ...connection, nodes: connection.nodes.map(map) };
}
