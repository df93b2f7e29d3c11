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
  Typography,
} from '@mui/material';
import { formatNumber } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import type { ProtocolProblem } from '../shared/types';

/** Whole-file problems first, then by row; the server's order within a row. */
function byRow(problems: ProtocolProblem[]): ProtocolProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

/** The row-level report of a rejected protocol file: where each problem is and what to correct. */
export function ProtocolProblems({
  fileName,
  problems,
  problemCount,
}: {
  fileName: string;
  problems: ProtocolProblem[];
  problemCount: number;
}) {
  const { t } = useTranslation(WORKS_NS);
  const sorted = useMemo(() => byRow(problems), [problems]);
  return (
    <>
      <Alert severity="error" role="alert" data-testid="protocol-rejected" sx={{ mb: 1 }}>
        <AlertTitle>{t('upload.rejectedTitle')}</AlertTitle>
        {t('upload.rejectedText', { file: fileName, count: problemCount })}
        {problems.length < problemCount && (
          <Typography variant="body2">
            {t('upload.shownFirst', { shown: formatNumber(problems.length), count: formatNumber(problemCount) })}
          </Typography>
        )}
      </Alert>
      {sorted.length > 0 && (
        <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 420, overflow: 'auto' }}>
          <Table size="small" stickyHeader data-testid="protocol-problems" aria-label={t('upload.rejectedTitle')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 90 }}>{t('upload.row')}</TableCell>
                <TableCell sx={{ width: 170 }}>{t('upload.column')}</TableCell>
                <TableCell sx={{ width: 130 }}>{t('upload.value')}</TableCell>
                <TableCell>{t('upload.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((problem, index) => (
                <TableRow
                  key={`${problem.row ?? 'file'}-${problem.column ?? ''}-${index}`}
                  data-testid="protocol-problem"
                  data-row={problem.row ?? ''}
                  data-code={problem.code}
                >
                  <TableCell>{problem.row ?? t('upload.wholeFile')}</TableCell>
                  <TableCell>{problem.column ?? '—'}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{problem.value ?? '—'}</TableCell>
                  <TableCell>{problem.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
