import { computed, ref } from 'vue';
import type { ScenarioInput } from '../../../gql/graphql';

/** At most this many scenarios side by side: more cards do not fit a row. */
export const MAX_COMPARED = 4;

/** The scenarios compared side by side, each a copy of its input when it was added (a name met twice is numbered). */
export function useScenarioComparison() {
  const comparison = ref<ScenarioInput[]>([]);
  const full = computed(() => comparison.value.length >= MAX_COMPARED);
  function add(candidate: ScenarioInput | undefined) {
    if (!candidate || full.value) return;
    const name = comparison.value.some((c) => c.name === candidate.name) ? `${candidate.name} (${comparison.value.length + 1})` : candidate.name;
    comparison.value = [...comparison.value, { ...candidate, name, levers: [...candidate.levers] }];
  }
  function remove(index: number) {
    comparison.value = comparison.value.filter((_, i) => i !== index);
  }
  return { comparison, full, add, remove };
}
