import { computed, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient } from '../../../apollo/use-query';
import type { ImportKind, ImportReportFieldsFragment } from '../../../gql/graphql';
import { MAX_FILE_BYTES, uploadImport } from './import-files';

/** A file previewed, then imported: what is chosen, the API's report on it, and whether it may be imported now. */
export function useFileImport() {
  const { t } = useI18n();
  const client = useApolloClient();
  const kind = ref<ImportKind>('SCHOOL_REGISTER');
  const file = shallowRef<File | null>(null);
  const registerYear = ref<number | null>(null);
  const busy = ref<'preview' | 'commit' | null>(null);
  const problem = ref<string | null>(null);
  const report = shallowRef<ImportReportFieldsFragment | null>(null);
  const reportFile = ref('');

  // A new choice of kind, file or year makes the last preview stale: it must be previewed again before importing.
  watch([kind, file, registerYear], () => {
    report.value = null;
    problem.value = null;
  });

  const canCommit = computed(() => !!report.value && !report.value.committed && report.value.errorCount === 0 && report.value.creates + report.value.updates > 0 && busy.value === null);

  async function run(operation: 'preview' | 'commit') {
    problem.value = null;
    if (!file.value) {
      problem.value = t('imports.chooseFile');
      return;
    }
    if (file.value.size > MAX_FILE_BYTES) {
      problem.value = t('imports.tooLarge');
      return;
    }
    busy.value = operation;
    try {
      const result = await uploadImport({
        kind: kind.value,
        file: file.value,
        mode: operation,
        year: kind.value === 'SCHOOL_REGISTER' && registerYear.value ? registerYear.value : null,
      });
      report.value = result ?? null;
      reportFile.value = file.value.name;
      // What an import changed shows everywhere else at once.
      if (operation === 'commit' && result?.committed) await client.refetchQueries({ include: 'active' });
    } catch (error) {
      problem.value = t('imports.failed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      busy.value = null;
    }
  }

  return { kind, file, registerYear, busy, problem, report, reportFile, canCommit, run };
}
