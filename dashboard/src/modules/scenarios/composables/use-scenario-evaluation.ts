import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useApolloClient } from '../../../apollo/use-query';
import type { EvaluateScenarioBuilderQuery, ScenarioInput } from '../../../gql/graphql';
import { EvaluateScenarioQuery } from '../graphql/scenarios.graphql';
import { createLatestRunner } from './evaluation-runner';

export type ScenarioResult = EvaluateScenarioBuilderQuery['evaluateScenario'];

/** Debounce of lever changes: quick enough to feel live, slow enough that a dragged slider asks once. */
export const EVALUATE_DELAY_MS = 300;

/**
 * Evaluates the scenario whenever its input changes, ~300 ms after the last change; a stale request is aborted and
 * its answer ignored. The last result stays on screen (marked as updating) while the next one is on its way.
 */
export function useScenarioEvaluation(input: MaybeRefOrGetter<ScenarioInput | undefined>) {
  const client = useApolloClient();
  const result = shallowRef<ScenarioResult>();
  const error = shallowRef<Error>();
  const pending = shallowRef(false);
  const runner = createLatestRunner<ScenarioInput, ScenarioResult>({
    delayMs: EVALUATE_DELAY_MS,
    run: async (variables, signal) => {
      const { data } = await client.query({ query: EvaluateScenarioQuery, variables: { input: variables }, context: { fetchOptions: { signal } } });
      if (!data) throw new Error('no data');
      return data.evaluateScenario;
    },
    onStart: () => {
      pending.value = true;
    },
    onResult: (value) => {
      result.value = value;
      error.value = undefined;
      pending.value = false;
    },
    onError: (e) => {
      error.value = e instanceof Error ? e : new Error(String(e));
      pending.value = false;
    },
  });
  let first = true;
  watch(
    () => toValue(input),
    (value) => {
      if (!value) return;
      pending.value = true;
      // The first evaluation (the page opening) needs no wait.
      if (first) runner.runNow(value);
      else runner.schedule(value);
      first = false;
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(() => runner.cancel());
  return {
    result,
    error,
    pending,
    retry: () => {
      const value = toValue(input);
      if (value) runner.runNow(value);
    },
  };
}
