import { type GridColDef } from '@mui/x-data-grid';
import { formatNumber, type Schemas } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDifference } from '../figures/figure-cards';
import { FiguresGrid } from '../figures/figures-grid';
import '../i18n';

type SchoolProgress = Schemas['SchoolProgress'];

/** Each school's change from the intermediate to the final work. */
export function ProgressTable({ schools }: { schools: SchoolProgress[] }) {
  const { t } = useTranslation('analytics');
  const columns = useMemo<GridColDef<SchoolProgress>[]>(() => {
    const count = (value: number) => formatNumber(value);
    const percent = (value: number | null) => formatNumber(value, 1);
    const points = (value: number | null) => formatDifference(value, 1);
    return [
      {
        field: 'schoolName',
        headerName: t('progress.columns.school'),
        flex: 2,
        minWidth: 200,
        valueGetter: (value: string | null) => value ?? t('work.unnamedSchool'),
      },
      {
        field: 'intermediateParticipants',
        headerName: t('progress.columns.intermediateParticipants'),
        type: 'number',
        minWidth: 130,
        flex: 1,
        valueFormatter: count,
      },
      {
        field: 'finalParticipants',
        headerName: t('progress.columns.finalParticipants'),
        type: 'number',
        minWidth: 130,
        flex: 1,
        valueFormatter: count,
      },
      {
        field: 'intermediatePercent',
        headerName: t('progress.columns.intermediatePercent'),
        type: 'number',
        minWidth: 130,
        flex: 1,
        valueFormatter: percent,
      },
      {
        field: 'finalPercent',
        headerName: t('progress.columns.finalPercent'),
        type: 'number',
        minWidth: 120,
        flex: 1,
        valueFormatter: percent,
      },
      {
        field: 'changePercentPoints',
        headerName: t('progress.columns.change'),
        type: 'number',
        minWidth: 130,
        flex: 1,
        valueFormatter: points,
      },
      {
        field: 'matchedParticipants',
        headerName: t('progress.columns.matched'),
        type: 'number',
        minWidth: 150,
        flex: 1,
        valueFormatter: count,
      },
      {
        field: 'matchedChangePercentPoints',
        headerName: t('progress.columns.matchedChange'),
        type: 'number',
        minWidth: 170,
        flex: 1,
        valueFormatter: points,
      },
    ];
  }, [t]);
  return (
    <FiguresGrid<SchoolProgress>
      testId="progress-table"
      rows={schools}
      columns={columns}
      getRowId={(row) => row.schoolId}
      // Long headers (which work, which measure) wrap instead of being cut.
      columnHeaderHeight={72}
      sx={{ '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.3 } }}
    />
  );
}
