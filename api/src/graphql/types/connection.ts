import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { badUserInput } from '../errors.js';

@ObjectType({ description: 'Var en sida i en lista slutar och om det finns fler.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Skicka som `after` för att hämta nästa sida.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds a `XConnection { totalCount nodes pageInfo }` type for a node type. */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => Int, { description: 'Antal poster i hela listan, inte bara på denna sida.' })
    totalCount!: number;

    @Field(() => [Node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
  first: number;
  /** The sort key of the last row of the previous page. */
  after: string | undefined;
}

/** Cursors are opaque to clients: base64url of the sort key of a row. */
export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

export function readPageArgs(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first måste vara ett heltal mellan 1 och ${MAX_PAGE_SIZE}.`);
  }
  if (after == null) return { first: size, after: undefined };
  const key = Buffer.from(after, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== after) throw badUserInput('after', 'after är ingen giltig markör (cursor) från en tidigare sida.');
  return { first: size, after: key };
}

/** Turns `first + 1` fetched rows into a page: the extra row only tells that there is a next page. */
export function toConnection<T>(rows: T[], page: PageRequest, totalCount: number, keyOf: (row: T) => string): ConnectionShape<T> {
  const nodes = rows.slice(0, page.first);
  const last = nodes.at(-1);
  return {
    totalCount,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}
