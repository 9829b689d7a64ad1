import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useApolloClient } from '../../../apollo/use-query';
import { SchoolComparisonYearQuery } from '../graphql/schools.graphql';
import type { ComparisonRow } from './equity';

/** Schools side by side for several years (one request per year, in parallel), for the spread over time. */
export function useComparisonYears(years: MaybeRefOrGetter<number[]>) {
  const client = useApolloClient();
  const byYear = shallowRef<Map<number, ComparisonRow[]>>(new Map());
  const error = shallowRef<Error>();
  const loading = shallowRef(true);
  let generation = 0;
  const load = async (list: number[]) => {
    if (list.length === 0) return;
    const mine = ++generation;
    loading.value = true;
    try {
      const results = await Promise.all(list.map((year) => client.query({ query: SchoolComparisonYearQuery, variables: { year } })));
      if (mine !== generation) return;
      byYear.value = new Map(list.map((year, i) => [year, results[i]?.data?.municipality.schoolComparison.nodes ?? []]));
      error.value = undefined;
    } catch (e) {
      if (mine === generation) error.value = e instanceof Error ? e : new Error(String(e));
    } finally {
      if (mine === generation) loading.value = false;
    }
  };
  watch(() => toValue(years), load, { immediate: true, deep: true });
  return { byYear, error, loading, retry: () => load(toValue(years)) };
}
