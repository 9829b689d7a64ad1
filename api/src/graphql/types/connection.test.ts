import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { encodeCursor, readPageArgs, toConnection } from './connection.js';

describe('paging', () => {
  it('round-trips any sort key through a cursor', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (key) => {
        expect(readPageArgs(10, encodeCursor(key)).after).toBe(key);
      }),
    );
  });

  it('defaults to 50 and refuses sizes outside 1..500 naming the field', () => {
    expect(readPageArgs(undefined, undefined)).toEqual({ first: 50, after: undefined });
    for (const first of [0, -1, 501, 2.5]) {
      expect(() => readPageArgs(first, undefined)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) as DomainError);
    }
    expect(() => readPageArgs(5, '###')).toThrow(expect.objectContaining({ field: 'after' }) as DomainError);
  });

  it('pages a sorted list into pages that cover it exactly once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (values, size) => {
        const sorted = values.map((v) => String(v).padStart(5, '0')).sort();
        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = readPageArgs(size, after === undefined ? undefined : encodeCursor(after));
          const rows = sorted.filter((v) => page.after === undefined || v > page.after).slice(0, page.first + 1);
          const connection = toConnection(rows, page, sorted.length, (v) => v);
          seen.push(...connection.nodes);
          expect(connection.nodes.length).toBeLessThanOrEqual(size);
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.nodes.at(-1);
        }
        expect(seen).toEqual(sorted);
      }),
    );
  });
});
