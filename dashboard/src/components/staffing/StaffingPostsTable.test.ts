import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n';
import { plainSpaces } from '../../format';
import StaffingPostsTable from './StaffingPostsTable.vue';

const posts = [
  { id: '1', title: 'IT-pedagog', fte: 1, annualCostSek: 747_278 },
  { id: '2', title: 'Dataskyddssamordnare', fte: 0.2, annualCostSek: 163_043 },
];

describe('StaffingPostsTable', () => {
  it('shows each post and the totals in Swedish format', () => {
    const wrapper = mount(StaffingPostsTable, {
      props: { posts, totalFte: 1.2, annualCostSek: 910_321 },
      global: { plugins: [createAppI18n('sv')] },
    });
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => plainSpaces(cell.text())));
    expect(rows).toEqual([
      ['IT-pedagog', '1,0', '747 tkr'],
      ['Dataskyddssamordnare', '0,2', '163 tkr'],
    ]);
    expect(wrapper.find('tfoot').findAll('th, td').map((cell) => plainSpaces(cell.text()))).toEqual(['Summa', '1,2', '910 tkr']);
  });

  it('speaks English when asked', () => {
    const wrapper = mount(StaffingPostsTable, {
      props: { posts, totalFte: 1.2, annualCostSek: 910_321 },
      global: { plugins: [createAppI18n('en')] },
    });
    expect(wrapper.find('thead').text()).toContain('Post');
    expect(wrapper.find('tfoot').text()).toContain('Total');
  });
});
