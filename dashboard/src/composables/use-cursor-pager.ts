import { computed, ref } from 'vue';

/**
 * Cursor paging with a way back: the API pages forward with (first, after); the cursors already seen are kept so
 * "Föregående" returns to the page before. Pure state, so it is tested directly.
 */
export function useCursorPager(pageSize: number) {
  const cursors = ref<(string | null)[]>([null]);
  const after = computed(() => cursors.value[cursors.value.length - 1] ?? null);
  const pageIndex = computed(() => cursors.value.length - 1);
  return {
    pageSize,
    after,
    pageIndex,
    hasPrevious: computed(() => cursors.value.length > 1),
    next(endCursor: string | null | undefined) {
      if (endCursor) cursors.value = [...cursors.value, endCursor];
    },
    previous() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    reset() {
      cursors.value = [null];
    },
    /** "Rad from–to av total" for the current page. */
    range(rowsOnPage: number) {
      const from = rowsOnPage === 0 ? 0 : pageIndex.value * pageSize + 1;
      return { from, to: pageIndex.value * pageSize + rowsOnPage };
    },
  };
}
