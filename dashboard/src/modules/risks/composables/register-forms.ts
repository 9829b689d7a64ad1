import { nextTick, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { refusalOf } from '../refusal';

/** The one form that is open on Riskanalys: on a risk's row, or under the register. */
export type OpenForm =
  | { kind: 'override' | 'mitigation' | 'assess' | 'editRisk'; riskId: string }
  | { kind: 'editMitigation'; riskId: string; mitigationId: string }
  | { kind: 'risk' | 'participant' };

/** The input fields each form sends, as the API names them in `extensions.field`; the control's id is `register-<name>`. */
export const FIELDS: Record<OpenForm['kind'], string[]> = {
  override: ['likelihood', 'consequence', 'justification'],
  mitigation: ['action', 'owner', 'dueDate'],
  editMitigation: ['action', 'owner', 'dueDate'],
  assess: ['step', 'residualLikelihood', 'residualConsequence'],
  risk: ['area', 'description', 'likelihood', 'consequence'],
  editRisk: ['area', 'description', 'likelihood', 'consequence'],
  participant: ['name', 'role', 'participatedOn', 'note'],
};
export const controlId = (name: string) => `register-${name}`;

/** What a form's opening button carries (`data-opens`): focus goes back to it when the form closes. */
export const opensKey = (kind: OpenForm['kind'], id?: string) => `${kind}:${id ?? ''}`;
export const opensKeyOf = (form: OpenForm) => opensKey(form.kind, 'mitigationId' in form ? form.mitigationId : 'riskId' in form ? form.riskId : undefined);

/**
 * Which form is open, what the API refused in it, and the page's message after a change. Opening a form puts focus in
 * its first field; closing it gives focus back to the button that opened it; a refusal of a field is shown next to
 * that field (and focused), any other failure as the page's alert.
 */
export function useRegisterForms(refresh: () => Promise<unknown>) {
  const { t } = useI18n();
  const open = ref<OpenForm | null>(null);
  const message = ref<{ kind: 'status' | 'alert'; text: string }>();
  const refusal = ref<{ field: string; message: string } | null>(null);

  const isOpen = (kind: OpenForm['kind'], riskId?: string) => open.value?.kind === kind && (!('riskId' in open.value) || open.value.riskId === riskId);
  const errorFor = (field: string) => (refusal.value?.field === field ? refusal.value.message : undefined);

  async function openForm(form: OpenForm) {
    open.value = form;
    refusal.value = null;
    await nextTick();
    document.getElementById(controlId(FIELDS[form.kind][0]!))?.focus();
  }
  async function closeForm() {
    const form = open.value;
    open.value = null;
    if (!form) return;
    await nextTick();
    document.querySelector<HTMLElement>(`[data-opens="${opensKeyOf(form)}"]`)?.focus();
  }
  function reset() {
    open.value = null;
    refusal.value = null;
    message.value = undefined;
  }

  async function run(work: () => Promise<unknown>, done: string) {
    refusal.value = null;
    try {
      await work();
      await closeForm();
      message.value = { kind: 'status', text: done };
      await refresh();
    } catch (e) {
      const { field, message: text } = refusalOf(e);
      const name = field?.replace(/^input\./, '');
      if (open.value && name && FIELDS[open.value.kind].includes(name)) {
        message.value = undefined;
        refusal.value = { field: name, message: text };
        await nextTick();
        document.getElementById(controlId(name))?.focus();
      } else {
        message.value = { kind: 'alert', text: t('risks.failed', { message: text }) };
      }
    }
  }

  return { open, message, isOpen, errorFor, openForm, closeForm, reset, run };
}
