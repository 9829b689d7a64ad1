import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useApolloClient } from '../../../apollo/use-query';
import type { YearKpisQuery as YearKpisResult } from '../../../gql/graphql';
import { YearKpisQuery } from '../graphql/overview.graphql';

export type Kpis = YearKpisResult['municipality']['kpis'];

/** The key figures of several years (one request each, in parallel, cached by Apollo), for trends and changes. */
export function useYearKpis(years: MaybeRefOrGetter<number[]>) {
  const client = useApolloClient();
  const byYear = shallowRef<Map<number, Kpis>>(new Map());
  const error = shallowRef<Error>();
  const loading = shallowRef(false);
  let generation = 0;
  watch(
    () => toValue(years),
    async (list) => {
      if (list.length === 0) return;
      const mine = ++generation;
      loading.value = true;
      try {
        const results = await Promise.all(list.map((year) => client.query({ query: YearKpisQuery, variables: { year } })));
        // A later call (other years) wins; an earlier answer arriving late is dropped.
        if (mine !== generation) return;
        byYear.value = new Map(results.flatMap((r) => (r.data ? [[r.data.municipality.kpis.year, r.data.municipality.kpis] as const] : [])));
        error.value = undefined;
      } catch (e) {
        if (mine === generation) error.value = e instanceof Error ? e : new Error(String(e));
      } finally {
        if (mine === generation) loading.value = false;
      }
    },
    { immediate: true, deep: true },
  );
  return { byYear, error, loading };
}
