import { describe, expect, it } from 'vitest';
import { useCursorPager } from './use-cursor-pager';

describe('useCursorPager', () => {
  it('pages forward with the end cursor and back to the cursor before', () => {
    const pager = useCursorPager(10);
    expect([pager.after.value, pager.hasPrevious.value, pager.range(10)]).toEqual([null, false, { from: 1, to: 10 }]);
    pager.next('c10');
    pager.next('c20');
    expect([pager.after.value, pager.pageIndex.value, pager.range(1)]).toEqual(['c20', 2, { from: 21, to: 21 }]);
    pager.previous();
    expect(pager.after.value).toBe('c10');
    pager.reset();
    expect([pager.after.value, pager.hasPrevious.value]).toEqual([null, false]);
  });

  it('stays put without a cursor and shows an empty page as 0–0', () => {
    const pager = useCursorPager(10);
    pager.next(null);
    pager.previous();
    expect(pager.after.value).toBeNull();
    expect(pager.range(0)).toEqual({ from: 0, to: 0 });
  });
});
