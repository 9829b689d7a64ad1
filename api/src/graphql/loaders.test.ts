import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { byIdAndYear, factKey, loadersOf, type LoaderFactories } from './loaders.js';

describe('per-request loaders', () => {
  it('makes a loader only when first asked for, once per request, never shared between requests', () => {
    const made: string[] = [];
    const factories = {
      schoolYearFact: (em: EntityManager) => {
        made.push(String(em));
        return { request: String(em) };
      },
    } as unknown as LoaderFactories;
    const make = loadersOf(factories);
    const first = make('first' as unknown as EntityManager, async () => 'm') as unknown as Record<string, { request: string }>;
    const second = make('second' as unknown as EntityManager, async () => 'm') as unknown as Record<string, { request: string }>;
    expect(made).toEqual([]);
    expect(first.schoolYearFact).toBe(first.schoolYearFact);
    expect(second.schoolYearFact!.request).toBe('second');
    expect(made).toEqual(['first', 'second']);
  });

  it('batches id:year keys into one fetch per year and answers every key, missing ones with the default', async () => {
    const fetches: [number, string[]][] = [];
    const batch = byIdAndYear(async (year, ids) => {
      fetches.push([year, ids]);
      return new Map(ids.filter((id) => id !== 'none').map((id) => [id, `${id}@${year}`]));
    }, 'missing');
    const keys = [factKey('a', 2025), factKey('b', 2025), factKey('a', 2026), factKey('none', 2025), factKey('a', 2025)];
    expect(await batch(keys)).toEqual(['a@2025', 'b@2025', 'a@2026', 'missing', 'a@2025']);
    expect(fetches).toEqual([
      [2025, ['a', 'b', 'none']],
      [2026, ['a']],
    ]);
  });
});
