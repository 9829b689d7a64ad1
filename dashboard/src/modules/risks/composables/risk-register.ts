import { inject, provide, type InjectionKey, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient } from '../../../apollo/use-query';
import type { ManualRiskInput, MitigationInput, RiskAnalysisQuery, RiskAssessmentInput, RiskOverrideInput, ScenarioEdit, ScenarioStatus } from '../../../gql/graphql';
import {
  AddMitigationMutation,
  AddParticipantMutation,
  AddScenarioRiskMutation,
  AssessRiskMutation,
  OverrideRiskMutation,
  RemoveMitigationMutation,
  RemoveParticipantMutation,
  RemoveScenarioRiskMutation,
  SetScenarioStatusMutation,
  UpdateMitigationMutation,
  UpdateScenarioRiskMutation,
} from '../graphql/risk-analysis.graphql';
import { useRegisterForms } from './register-forms';

export type AnalysedScenario = NonNullable<RiskAnalysisQuery['scenario']>;
export type RegisterRisk = AnalysedScenario['riskRegister'][number];
export type RegisterMitigation = RegisterRisk['mitigations'][number];
export interface ParticipantValues {
  name: string;
  role: string;
  participatedOn: string;
  note: string;
}

/**
 * The risk register of the scenario on the page, as its parts change it: the open form (useRegisterForms) and every
 * change the API allows, each audited by the API and followed by `refresh`. Provided by the page, used by the
 * register's rows and forms.
 */
function createRiskRegister(scenario: Ref<AnalysedScenario | undefined>, refresh: () => Promise<unknown>) {
  const { t } = useI18n();
  const client = useApolloClient();
  const forms = useRegisterForms(refresh);
  const { run } = forms;
  const saved = () => t('risks.saved');
  const removed = () => t('risks.removed');

  /** What the API lets the signed-in user change in this scenario now (its role and the scenario's status). */
  const may = (edit: ScenarioEdit) => !!scenario.value?.allowedEdits.includes(edit);

  const updateMitigation = (id: string, input: MitigationInput & { done: boolean }) => client.mutate({ mutation: UpdateMitigationMutation, variables: { id, input } });

  return {
    ...forms,
    may,
    /** Following up: a mitigation done, or not after all. */
    toggleDone: (m: RegisterMitigation) => run(() => updateMitigation(m.id, { action: m.action, owner: m.owner, dueDate: m.dueDate ?? null, done: !m.done }), saved()),
    saveOverride: (riskId: string, input: RiskOverrideInput) =>
      run(() => client.mutate({ mutation: OverrideRiskMutation, variables: { riskId, input: { ...input, justification: input.justification.trim() } } }), saved()),
    /** A new mitigation, or `editing` corrected in place (it keeps its done mark). */
    saveMitigation: (riskId: string, values: { action: string; owner: string; dueDate: string }, editing?: RegisterMitigation) => {
      const input = { action: values.action.trim(), owner: values.owner.trim(), dueDate: values.dueDate || null };
      return run(() => (editing ? updateMitigation(editing.id, { ...input, done: editing.done }) : client.mutate({ mutation: AddMitigationMutation, variables: { riskId, input } })), saved());
    },
    saveAssessment: (riskId: string, input: RiskAssessmentInput) => run(() => client.mutate({ mutation: AssessRiskMutation, variables: { riskId, input } }), saved()),
    /** A new own risk, or the own risk `riskId` corrected in place. */
    saveOwnRisk: (values: ManualRiskInput, riskId?: string) => {
      const input = { ...values, description: values.description.trim() };
      const id = scenario.value?.id;
      if (!id) return;
      return run(
        () => (riskId ? client.mutate({ mutation: UpdateScenarioRiskMutation, variables: { riskId, input } }) : client.mutate({ mutation: AddScenarioRiskMutation, variables: { scenarioId: id, input } })),
        saved(),
      );
    },
    saveParticipant: (values: ParticipantValues) => {
      const id = scenario.value?.id;
      if (!id) return;
      const input = { name: values.name.trim(), role: values.role.trim(), participatedOn: values.participatedOn, note: values.note.trim() || null };
      return run(() => client.mutate({ mutation: AddParticipantMutation, variables: { scenarioId: id, input } }), saved());
    },
    /** What was entered by mistake, taken away (audited like everything else). */
    removeMitigation: (id: string) => run(() => client.mutate({ mutation: RemoveMitigationMutation, variables: { id } }), removed()),
    removeOwnRisk: (riskId: string) => run(() => client.mutate({ mutation: RemoveScenarioRiskMutation, variables: { riskId } }), removed()),
    removeParticipant: (id: string) => run(() => client.mutate({ mutation: RemoveParticipantMutation, variables: { id } }), removed()),
    moveTo: (status: ScenarioStatus) => {
      const s = scenario.value;
      if (!s) return;
      return run(() => client.mutate({ mutation: SetScenarioStatusMutation, variables: { id: s.id, status, version: s.version } }), t('risks.statusChanged', { status: t(`scenarios.statuses.${status}`) }));
    },
  };
}

export type RiskRegister = ReturnType<typeof createRiskRegister>;
const RiskRegisterKey: InjectionKey<RiskRegister> = Symbol('risk register');

export function provideRiskRegister(scenario: Ref<AnalysedScenario | undefined>, refresh: () => Promise<unknown>): RiskRegister {
  const register = createRiskRegister(scenario, refresh);
  provide(RiskRegisterKey, register);
  return register;
}

export function useRiskRegister(): RiskRegister {
  const register = inject(RiskRegisterKey);
  if (!register) throw new Error('useRiskRegister: the page provides the register (provideRiskRegister)');
  return register;
}
