import type { ApolloClient } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApolloClientKey } from '../apollo/use-query';
import type { ImportReportFieldsFragment } from '../gql/graphql';
import { createAppI18n } from '../i18n';
import { loadCurrentUser } from '../modules/auth/composables/use-current-user';
import ImportPage from './ImportPage.vue';

const report: ImportReportFieldsFragment = {
  kind: 'BUDGET_LINES',
  rows: 2,
  creates: 1,
  updates: 0,
  unchanged: 0,
  skipped: 0,
  committed: false,
  errorCount: 1,
  format: 'CSV, UTF-8, semikolon',
  rowResultsTruncated: false,
  errors: [{ sheet: null, row: 3, column: 'Belopp (kr)', message: '"tolvtusen" är inget tal (skriv t.ex. 1 234,5).' }],
  rowResults: [
    { sheet: null, row: 3, action: 'ERROR', key: '72310458 2028', message: 'Belopp (kr): "tolvtusen" är inget tal (skriv t.ex. 1 234,5).' },
    { sheet: null, row: 2, action: 'CREATE', key: '72310458 2028 Budget Personal', message: null },
  ],
};

/** A client that answers the page's queries. */
function fakeClient() {
  return {
    query: async () => ({ data: { me: { id: '1', email: 's@e.se', name: 'Sara', role: 'ANALYST', municipality: { code: '9901', name: 'Exempelkommun' } } } }),
    watchQuery: () => ({
      subscribe: ({ next }: { next: (r: unknown) => void }) => {
        next({ loading: false, dataState: 'complete', data: { municipality: { code: '9901', name: 'Exempelkommun', budgetYear: 2026 } } });
        return { unsubscribe: () => undefined };
      },
      refetch: async () => undefined,
    }),
  } as unknown as ApolloClient;
}

describe('ImportPage', () => {
  const sent: { url: string; body: unknown }[] = [];
  const client = fakeClient();
  beforeAll(() => {
    loadCurrentUser(client);
    // The page uploads to /import/<kind>: answer with the report above.
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, body: init.body });
      return new Response(JSON.stringify(report), { status: 200, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('uploads the chosen file, shows the counts and the error row, and offers no import', async () => {
    const wrapper = mount(ImportPage, { global: { plugins: [createAppI18n('sv')], provide: { [ApolloClientKey as symbol]: client } } });
    await flushPromises();
    await wrapper.get('#import-kind').setValue('BUDGET_LINES');
    const input = wrapper.get('#import-file');
    const file = new File(['Skolenhetskod;År\n'], 'budget.csv', { type: 'text/csv' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(sent).toEqual([{ url: '/import/budgetrader?fileName=budget.csv&mode=preview', body: file }]);
    expect(wrapper.get('[data-testid=import-count-errors] dd').text()).toBe('1');
    expect(wrapper.get('[data-testid=import-status]').text()).toContain('Filen har 1 fel');
    expect(wrapper.findAll('tr.row--error')).toHaveLength(1);
    expect(wrapper.get('tr.row--error').text()).toContain('"tolvtusen" är inget tal');
    expect(wrapper.get('[data-testid=import-commit]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('a[href="/export/budgetrader.csv?year=2026"]').text()).toBe('CSV');
  });
});
