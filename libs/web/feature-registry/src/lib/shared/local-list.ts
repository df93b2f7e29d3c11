import { useListParams, type ListParams } from '@orbita/web/core';
import { useCallback, useState } from 'react';

type ListState = ReturnType<typeof useListParams>;

/**
 * The paging and sorting state {@link useListParams} keeps in the URL, kept in memory instead: for a
 * second table on a screen (a card's agreements, its people), whose pages must not fight the first's.
 */
export function useLocalList(defaults: { sort?: string; pageSize?: number } = {}): ListState {
  const [params, setParams] = useState<ListParams>({
    page: 1,
    pageSize: defaults.pageSize ?? 10,
    sort: defaults.sort,
  });
  const update = useCallback<ListState['update']>(
    (changes, resetPage = true) =>
      setParams((previous) => {
        const next = { ...previous };
        if (changes['page'] !== undefined) next.page = Number(changes['page']);
        else if (resetPage) next.page = 1;
        if (changes['pageSize'] !== undefined) next.pageSize = Number(changes['pageSize']);
        if ('sort' in changes) next.sort = changes['sort'] === '' ? undefined : String(changes['sort'] ?? '');
        return next;
      }),
    [],
  );
  return { params, filters: {}, update, setFilter: (key, value) => update({ [key]: value }) };
}
