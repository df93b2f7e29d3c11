import { Paper, useTheme } from '@mui/material';
import { DataGrid, type DataGridProps, type GridSortModel, type GridValidRowModel } from '@mui/x-data-grid';
import type {} from '@mui/x-data-grid/themeAugmentation';
import { PAGE_SIZES, type useListParams } from './list-params';
import { ErrorAlert } from './states';

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
