import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient } from '../../../apollo/use-query';
import type { ScenarioInput } from '../../../gql/graphql';
import { CreateScenarioMutation } from '../graphql/saved-scenarios.graphql';

export interface SaveState {
  kind: 'idle' | 'saving' | 'saved' | 'failed';
  text: string;
}

/** Saves the scenario on the levers as a draft, then lets the list of saved scenarios show it (`afterSave`). */
export function useSaveScenario(input: Ref<ScenarioInput | undefined>, afterSave: () => Promise<unknown> | undefined) {
  const { t } = useI18n();
  const client = useApolloClient();
  const saveState = ref<SaveState>({ kind: 'idle', text: '' });
  async function save() {
    if (!input.value) return;
    saveState.value = { kind: 'saving', text: t('scenarios.saving') };
    try {
      const { data } = await client.mutate({ mutation: CreateScenarioMutation, variables: { input: input.value } });
      saveState.value = { kind: 'saved', text: t('scenarios.savedAs', { name: data?.createScenario.name ?? input.value.name }) };
      await afterSave();
    } catch (e) {
      saveState.value = { kind: 'failed', text: t('scenarios.saveFailed', { message: e instanceof Error ? e.message : String(e) }) };
    }
  }
  return { saveState, save };
}
