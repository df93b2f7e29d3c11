import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem of an uploaded file as the server reports it: where (row, column), what was read, why. */
export interface RowProblem {
  /** The row as the spreadsheet numbers it (header = 1); null for the whole file. */
  row: number | null;
  /** The column's header as in the file; null when the problem is not in one column. */
  column: string | null;
  /** The cell as read; null when empty or not one cell. */
  value: string | null;
  message: string;
  code?: string;
}

/**
 * The row-level report of a rejected upload (a protocol, a class list): where in the file each problem
 * is, what was there and what to fix. Each row carries `data-row` (empty for the whole file) and
 * `data-code` for the browser tests, beside the test ids given.
 */
export function RowProblemsTable({
  problems,
  tableTestId,
  rowTestId,
  ariaLabel,
  labels = {},
}: {
  problems: readonly RowProblem[];
  tableTestId: string;
  rowTestId: string;
  /** The table's accessible name. */
  ariaLabel: string;
  /** A screen's own words where the common ones do not fit. */
  labels?: { message?: string; wholeFile?: string; emptyValue?: ReactNode };
}) {
  const { t } = useTranslation();
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 420, overflow: 'auto' }}>
      <Table size="small" stickyHeader data-testid={tableTestId} aria-label={ariaLabel}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 90 }}>{t('problems.row')}</TableCell>
            <TableCell sx={{ minWidth: 130 }}>{t('problems.column')}</TableCell>
            <TableCell sx={{ minWidth: 120 }}>{t('problems.value')}</TableCell>
            <TableCell sx={{ minWidth: 260 }}>{labels.message ?? t('problems.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map((problem, index) => (
            <TableRow
              key={`${problem.row ?? 'file'}-${problem.column ?? ''}-${index}`}
              data-testid={rowTestId}
              data-row={problem.row ?? ''}
              data-code={problem.code}
            >
              <TableCell>{problem.row ?? labels.wholeFile ?? t('problems.wholeFile')}</TableCell>
              <TableCell>{problem.column ?? '—'}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-word' }}>
                {problem.value ?? labels.emptyValue ?? '—'}
              </TableCell>
              <TableCell>{problem.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
