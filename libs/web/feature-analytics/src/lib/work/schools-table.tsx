import { Chip, Link } from '@mui/material';
import { type GridColDef } from '@mui/x-data-grid';
import { formatNumber, type Schemas } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDifference } from '../figures/figure-cards';
import { analyticsPaths } from '../data/paths';
import { FiguresGrid } from '../figures/figures-grid';
import '../i18n';

type SchoolSummary = Schemas['SchoolSummary'];

/** The schools of a work with their figures (all of them: the API gives the whole list), each linking to its page. */
export function SchoolsTable({ workId, schools }: { workId: string; schools: SchoolSummary[] }) {
  const { t } = useTranslation('analytics');
  const columns = useMemo<GridColDef<SchoolSummary>[]>(
    () => [
      {
        field: 'schoolName',
        headerName: t('work.columns.school'),
        flex: 2,
        minWidth: 220,
        valueGetter: (_value, row) => row.schoolName ?? t('work.unnamedSchool'),
        renderCell: ({ row, value }) => (
          <>
            <Link component={RouterLink} to={analyticsPaths.school(workId, row.schoolId)}>
              {String(value)}
            </Link>
            {row.provisional && (
              <Chip size="small" variant="outlined" label={t('provisional.chip')} sx={{ ml: 1 }} />
            )}
          </>
        ),
      },
      {
        field: 'participants',
        headerName: t('work.columns.participants'),
        type: 'number',
        minWidth: 110,
        flex: 1,
        valueFormatter: (value: number) => formatNumber(value),
      },
      {
        field: 'mean',
        headerName: t('work.columns.mean'),
        type: 'number',
        minWidth: 140,
        flex: 1,
        valueFormatter: (value: number | null) => formatNumber(value, 2),
      },
      {
        field: 'median',
        headerName: t('work.columns.median'),
        type: 'number',
        minWidth: 100,
        flex: 1,
        valueFormatter: (value: number | null) => formatNumber(value, 1),
      },
      {
        field: 'min',
        headerName: t('work.columns.min'),
        type: 'number',
        minWidth: 80,
        flex: 0.7,
        valueFormatter: (value: number | null) => formatNumber(value, 2),
      },
      {
        field: 'max',
        headerName: t('work.columns.max'),
        type: 'number',
        minWidth: 80,
        flex: 0.7,
        valueFormatter: (value: number | null) => formatNumber(value, 2),
      },
      {
        field: 'meanDifference',
        headerName: t('work.columns.meanDifference'),
        type: 'number',
        minWidth: 110,
        flex: 1,
        valueFormatter: (value: number | null) => formatDifference(value),
        cellClassName: ({ value }) =>
          typeof value === 'number' && value !== 0 ? (value > 0 ? 'difference-up' : 'difference-down') : '',
      },
    ],
    [t, workId],
  );
  return (
    <FiguresGrid<SchoolSummary>
      testId="analytics-schools-table"
      rows={schools}
      columns={columns}
      getRowId={(row) => row.schoolId}
      initialState={{ sorting: { sortModel: [{ field: 'mean', sort: 'desc' }] } }}
      sx={{ '& .difference-up': { color: 'success.dark' }, '& .difference-down': { color: 'error.main' } }}
    />
  );
}
