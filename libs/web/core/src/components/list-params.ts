import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// Apart from ServerGrid: a list without a grid (the notification feed) keeps its paging in the URL too,
// and should not load the data grid for it.

export interface ListParams {
  page: number;
  pageSize: number;
  /** API form: `name,-createdAt`. */
  sort?: string;
}

export const PAGE_SIZES = [20, 50, 100];

/**
 * Paging, sorting and filters of a list in the URL (`?page=2&sort=-createdAt&municipalityId=…`), so a
 * list survives a reload and can be shared as a link. `filters` are the other search parameters.
 */
export function useListParams(defaults: { sort?: string; pageSize?: number } = {}) {
  const [search, setSearch] = useSearchParams();
  const params: ListParams = {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Number(search.get('pageSize')) || defaults.pageSize || PAGE_SIZES[0],
    sort: search.get('sort') ?? defaults.sort,
  };
  const filters = useMemo(() => {
    const rest: Record<string, string> = {};
    search.forEach((value, key) => {
      if (!['page', 'pageSize', 'sort'].includes(key) && value !== '') rest[key] = value;
    });
    return rest;
  }, [search]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>, resetPage = true) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage && !('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { params, filters, update, setFilter: (key: string, value?: string) => update({ [key]: value }) };
}
