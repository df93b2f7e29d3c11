import { Paper } from '@mui/material';
import { DataGrid, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';

/**
 * A table of figures the API gives whole (every school, every class): sorted in the browser, without
 * row selection or column filters, and with a footer (pages of 100) only when there are more rows.
 */
export function FiguresGrid<Row extends GridValidRowModel>({
  rows,
  testId,
  ...grid
}: {
  rows: Row[];
  testId: string;
} & Omit<DataGridProps<Row>, 'rows'>) {
  return (
    <Paper variant="outlined" data-testid={testId}>
      <DataGrid<Row>
        autoHeight
        rows={rows}
        disableRowSelectionOnClick
        disableColumnFilter
        hideFooter={rows.length <= 100}
        {...grid}
      />
    </Paper>
  );
}
