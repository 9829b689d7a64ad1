import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A request's DataLoaders by name. Each module declares its own by declaration merging
 * (`declare module '../../graphql/loaders.js' { interface Loaders { … } }`) and registers their factories in its
 * module definition (modules/index.ts): the GraphQL layer knows none of them.
 */
// oxlint-disable-next-line typescript/no-empty-interface -- filled by the modules' declaration merging
export interface Loaders {}

/** Makes one loader for one request, given the request's EntityManager and the caller's municipality id. */
export type LoaderFactories = { [K in keyof Loaders]?: (em: EntityManager, municipalityId: () => Promise<string>) => Loaders[K] };

/**
 * Makes the function that gives each request its loaders, each made when a resolver first asks for it: a request uses
 * one or two of them, and making them all up front was a measurable part of a short request (pnpm bench). The
 * getters are defined once, on a prototype, not per request.
 */
export function loadersOf(factories: LoaderFactories): (em: EntityManager, municipalityId: () => Promise<string>) => Loaders {
  class RequestLoaders {
    readonly made: Record<string, unknown> = {};
    constructor(
      readonly em: EntityManager,
      readonly municipalityId: () => Promise<string>,
    ) {}
  }
  for (const [name, factory] of Object.entries(factories) as [string, (em: EntityManager, id: () => Promise<string>) => unknown][]) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: RequestLoaders) {
        return (this.made[name] ??= factory(this.em, this.municipalityId));
      },
    });
  }
  return (em, municipalityId) => new RequestLoaders(em, municipalityId) as unknown as Loaders;
}

export const factKey = (id: string, year: number) => `${id}:${year}`;

const splitKey = (key: string): [string, number] => {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), Number(key.slice(at + 1))];
};

/**
 * Batches `id:year` keys into one fetch per distinct year (a response nearly always asks for one year), so a list
 * costs one statement per loader, never one per row.
 */
export function byIdAndYear<V>(fetch: (year: number, ids: string[]) => Promise<Map<string, V>>, missing: V) {
  return async (keys: readonly string[]): Promise<V[]> => {
    const years = new Map<number, Set<string>>();
    for (const key of keys) {
      const [id, year] = splitKey(key);
      let ids = years.get(year);
      if (!ids) years.set(year, (ids = new Set()));
      ids.add(id);
    }
    const results = new Map<string, V>();
    await Promise.all(
      [...years].map(async ([year, ids]) => {
        for (const [id, value] of await fetch(year, [...ids])) results.set(factKey(id, year), value);
      }),
    );
    return keys.map((key) => results.get(key) ?? missing);
  };
}

/** Splits `id:year` keys into their ids and years. */
export function idsAndYears(keys: readonly string[]): { ids: string[]; years: number[] } {
  const ids = new Set<string>();
  const years = new Set<number>();
  for (const key of keys) {
    const [id, year] = splitKey(key);
    ids.add(id);
    years.add(year);
  }
  return { ids: [...ids], years: [...years] };
}

export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}
