import {
  Alert,
  AlertTitle,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import type { Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';

export type ClassListInvalid = Schemas['ClassListInvalidProblem'];

/** The row-level report of a rejected class list: where in the file, what was there, what to fix. */
export function ImportProblems({ report }: { report: ClassListInvalid }) {
  const { t } = useTranslation('classes');
  const rows = new Set(report.problems.map((problem) => problem.row).filter((row) => row !== null)).size;
  return (
    <>
      <Alert severity="error" sx={{ mb: 1.5 }} data-testid="class-list-rejected">
        <AlertTitle>{t('import.rejected', { count: report.problemCount })}</AlertTitle>
        {rows > 0 ? t('import.rejectedRows', { count: rows }) : t('import.rejectedFile')}{' '}
        {t('import.nothingStored')}
        {report.problems.length < report.problemCount &&
          ` ${t('import.firstProblems', { count: report.problems.length })}`}
      </Alert>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 420 }}>
        <Table
          size="small"
          stickyHeader
          data-testid="class-list-problems"
          aria-label={t('import.problemsTable')}
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 90 }}>{t('import.row')}</TableCell>
              <TableCell sx={{ minWidth: 130 }}>{t('import.column')}</TableCell>
              <TableCell sx={{ minWidth: 120 }}>{t('import.value')}</TableCell>
              <TableCell sx={{ minWidth: 260 }}>{t('import.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.problems.map((problem, index) => (
              <TableRow
                key={`${problem.row ?? 'file'}-${problem.column ?? ''}-${index}`}
                data-testid="class-list-problem"
              >
                <TableCell>{problem.row ?? t('import.wholeFile')}</TableCell>
                <TableCell>{problem.column ?? '—'}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-word' }}>
                  {problem.value ?? <em>{t('import.emptyValue')}</em>}
                </TableCell>
                <TableCell>{problem.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
