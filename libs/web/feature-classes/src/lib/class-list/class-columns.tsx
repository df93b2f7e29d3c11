import { Link } from '@mui/material';
import { formatNumber } from '@orbita/web/core';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { schoolYearLabel, subjectList, subjectName } from '../shared/format';
import { useProgrammeName, useSchoolName, useSubjects, type ProgrammeClass } from '../shared/queries';

/** Columns of the class list; the server sorts by year, grade and label only. */
export function useClassColumns(showSchool: boolean, showProgramme: boolean): GridColDef<ProgrammeClass>[] {
  const { t } = useTranslation('classes');
  const schoolName = useSchoolName();
  const programmeName = useProgrammeName();
  const subjects = useSubjects().data;
  const subjectTitle = (code: string) =>
    subjectName(t, code, subjects?.find((subject) => subject.code === code)?.title);

  const columns: (GridColDef<ProgrammeClass> | false)[] = [
    {
      field: 'label',
      headerName: t('fields.label'),
      minWidth: 70,
      flex: 0.3,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/classes/${row.id}`} data-testid="class-link">
          {row.label}
        </Link>
      ),
    },
    showSchool && {
      field: 'schoolId',
      headerName: t('fields.school'),
      sortable: false,
      minWidth: 170,
      flex: 1.3,
      valueGetter: (_value, row) => schoolName(row.schoolId),
    },
    {
      field: 'schoolYear',
      headerName: t('fields.schoolYear'),
      minWidth: 115,
      valueFormatter: (value: number) => schoolYearLabel(value),
    },
    {
      field: 'profileSubjects',
      headerName: t('fields.profileSubjects'),
      sortable: false,
      minWidth: 180,
      flex: 1.3,
      valueGetter: (_value, row) => subjectList(row.profileSubjects.map(subjectTitle)),
    },
    {
      field: 'delivery',
      headerName: t('fields.delivery'),
      sortable: false,
      minWidth: 130,
      flex: 0.8,
      valueGetter: (_value, row) => t(`deliveryShort.${row.delivery}`),
    },
    showProgramme && {
      field: 'programmeCode',
      headerName: t('fields.programme'),
      sortable: false,
      minWidth: 150,
      flex: 0.7,
      valueGetter: (_value, row) => programmeName(row.programmeCode),
    },
    {
      field: 'studentCount',
      headerName: t('fields.studentCount'),
      sortable: false,
      minWidth: 95,
      type: 'number',
      valueFormatter: (value: number) => formatNumber(value),
    },
  ];
  return columns.filter((column): column is GridColDef<ProgrammeClass> => column !== false);
}
