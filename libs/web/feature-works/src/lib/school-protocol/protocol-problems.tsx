import { Alert, AlertTitle, Typography } from '@mui/material';
import { formatNumber, RowProblemsTable } from '@orbita/web/core';
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
            {t('upload.shownFirst', {
              shown: formatNumber(problems.length),
              count: formatNumber(problemCount),
            })}
          </Typography>
        )}
      </Alert>
      {sorted.length > 0 && (
        <RowProblemsTable
          problems={sorted}
          tableTestId="protocol-problems"
          rowTestId="protocol-problem"
          ariaLabel={t('upload.rejectedTitle')}
        />
      )}
    </>
  );
}
