import { computed, reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { BudgetCategory, ScenarioInput } from '../../../gql/graphql';
import { buildScenarioInput, emptyLevers, leversFromInput, type LeverState } from './scenario-input';

/**
 * The scenario on the levers: what they say, the input the API evaluates from them, and a saved scenario opened
 * onto them (its figures are then computed as any other, on today's data).
 */
export function useScenarioBuilder(budgetYear: Ref<number | undefined>) {
  const { t } = useI18n();
  const levers = reactive<LeverState>(emptyLevers(t('scenarios.defaultName')));
  const horizonYears = ref(3);
  const input = computed<ScenarioInput | undefined>(() => (budgetYear.value === undefined ? undefined : buildScenarioInput(levers, budgetYear.value, horizonYears.value)));
  // The name does not change the figures: typing it must not ask the API again.
  const evaluationInput = computed<ScenarioInput | undefined>(() =>
    budgetYear.value === undefined
      ? undefined
      : buildScenarioInput(
          { name: 'Scenario', postFte: levers.postFte, budgetPercent: levers.budgetPercent, leaseCostPerMonthSek: levers.leaseCostPerMonthSek, replacementCycleYears: levers.replacementCycleYears },
          budgetYear.value,
          horizonYears.value,
        ),
  );
  /** What the page says about the saved scenario last opened (empty once the levers are reset). */
  const openedNote = ref('');

  function setPostDelta(postId: string, deltaFte: number) {
    levers.postFte[postId] = deltaFte;
  }
  function setBudgetPercent(category: BudgetCategory, percent: number) {
    levers.budgetPercent[category] = percent;
  }
  function reset() {
    Object.assign(levers, emptyLevers(levers.name));
    openedNote.value = '';
  }
  function open(saved: ScenarioInput, status: string) {
    const { state, notShown } = leversFromInput(saved);
    Object.assign(levers, state);
    horizonYears.value = saved.horizonYears;
    openedNote.value = [
      t('scenarios.opened', { name: saved.name }),
      notShown ? t('scenarios.openedNotShown', { n: notShown }) : '',
      status === 'DRAFT' ? '' : t('scenarios.openedLocked'),
      budgetYear.value !== undefined && saved.baseYear !== budgetYear.value ? t('scenarios.openedOtherBase', { saved: saved.baseYear, now: budgetYear.value }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  return { levers, horizonYears, input, evaluationInput, openedNote, setPostDelta, setBudgetPercent, reset, open };
}
