import { type GridColDef } from '@mui/x-data-grid';
import { formatNumber, type Schemas } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FiguresGrid } from '../figures/figures-grid';
import '../i18n';

type ClassFigures = Schemas['ClassFigures'];

const number = (fractionDigits: number) => (value: number | null) => formatNumber(value, fractionDigits);

/** The figures of each class of the school (classes as the protocol names them). */
export function ClassesTable({ classes }: { classes: ClassFigures[] }) {
  const { t } = useTranslation('analytics');
  const columns = useMemo<GridColDef<ClassFigures>[]>(
    () => [
      { field: 'classLabel', headerName: t('school.columns.classLabel'), minWidth: 100, flex: 1 },
      ...(
        [
          ['participants', 0],
          ['mean', 2],
          ['median', 1],
          ['standardDeviation', 2],
          ['min', 2],
          ['max', 2],
        ] as const
      ).map(([field, digits]): GridColDef<ClassFigures> => ({
        field,
        headerName: t(`school.columns.${field}`),
        type: 'number',
        minWidth: 100,
        flex: 1,
        valueGetter: (_value, row) => row.figures[field],
        valueFormatter: number(digits),
      })),
    ],
    [t],
  );
  return (
    <FiguresGrid<ClassFigures>
      testId="analytics-classes-table"
      rows={classes}
      columns={columns}
      getRowId={(row) => row.classLabel}
    />
  );
}
