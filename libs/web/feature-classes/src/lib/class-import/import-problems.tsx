import { Alert, AlertTitle } from '@mui/material';
import { RowProblemsTable, type Schemas } from '@orbita/web/core';
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
      <RowProblemsTable
        problems={report.problems}
        tableTestId="class-list-problems"
        rowTestId="class-list-problem"
        ariaLabel={t('import.problemsTable')}
        labels={{
          message: t('import.message'),
          wholeFile: t('import.wholeFile'),
          emptyValue: <em>{t('import.emptyValue')}</em>,
        }}
      />
    </>
  );
}
