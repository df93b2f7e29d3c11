import { Paper, useTheme } from '@mui/material';
import { DataGrid, type DataGridProps, type GridSortModel, type GridValidRowModel } from '@mui/x-data-grid';
import type {} from '@mui/x-data-grid/themeAugmentation';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from './states';

export interface ListParams {
  page: number;
  pageSize: number;
  /** API form: `name,-createdAt`. */
  sort?: string;
}

const PAGE_SIZES = [20, 50, 100];

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

function sortModelOf(sort?: string): GridSortModel {
  if (!sort) return [];
  return sort
    .split(',')
    .map((part) =>
      part.startsWith('-')
        ? { field: part.slice(1), sort: 'desc' as const }
        : { field: part, sort: 'asc' as const },
    );
}

/** What ServerGrid reads of the list's query (a TanStack Query result of one page of a list endpoint). */
export interface PageQuery<Row> {
  data?: { items: Row[]; total: number };
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A DataGrid whose pages and order come from the server (`page`, `pageSize`, `sort` of the API's
 * list endpoints), driven by {@link useListParams}; the rows, their total, loading and a failure (with
 * a retry) come from the page's query.
 */
export function ServerGrid<Row extends GridValidRowModel>({
  list,
  query,
  localeText,
  'data-testid': testId,
  ...grid
}: {
  list: ReturnType<typeof useListParams>;
  query: PageQuery<Row>;
  /** On the grid's frame (the DataGrid does not pass it on to the page). */
  'data-testid'?: string;
} & Omit<DataGridProps<Row>, 'rows' | 'rowCount' | 'loading'>) {
  const { params, update } = list;
  // A grid's own texts (an empty list's message) must not replace the theme's translation of the rest.
  const themeLocale = useTheme().components?.MuiDataGrid?.defaultProps?.localeText;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Paper variant="outlined" data-testid={testId}>
      <DataGrid<Row>
        localeText={{ ...themeLocale, ...localeText }}
        autoHeight
        disableColumnFilter
        disableRowSelectionOnClick
        rows={query.data?.items ?? []}
        rowCount={query.data?.total ?? 0}
        loading={query.isFetching}
        paginationMode="server"
        sortingMode="server"
        pageSizeOptions={PAGE_SIZES}
        paginationModel={{ page: params.page - 1, pageSize: params.pageSize }}
        onPaginationModelChange={(model) => update({ page: model.page + 1, pageSize: model.pageSize }, false)}
        sortModel={sortModelOf(params.sort)}
        onSortModelChange={(model) =>
          update({
            sort: model.map((item) => (item.sort === 'desc' ? `-${item.field}` : item.field)).join(','),
          })
        }
        {...grid}
      />
    </Paper>
  );
}
