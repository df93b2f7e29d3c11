import { Box, Link, Stack, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { api, ExportXlsxButton, formatDate, ServerGrid, unwrap, useListParams } from '@orbita/web/core';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { basisText } from '../shared/basis';
import { fullName } from '../shared/format';
import { keys, type ProgrammeClass, type Student } from '../shared/queries';

/** The students in the class now: names, birth dates (to tell namesakes apart), when and on what basis. */
export function ClassStudents({ programmeClass }: { programmeClass: ProgrammeClass }) {
  const { t } = useTranslation('classes');
  const navigate = useNavigate();
  const list = useListParams({ sort: 'surname', pageSize: 50 });
  const { params } = list;
  const query = {
    classId: programmeClass.id,
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort || undefined,
  };
  const students = useQuery({
    queryKey: keys.studentList(query),
    queryFn: () => unwrap(api.GET('/api/v1/students', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const membershipOf = (student: Student) =>
    student.memberships.find((membership) => membership.classId === programmeClass.id && !membership.endedOn);

  const columns: GridColDef<Student>[] = [
    {
      field: 'surname',
      headerName: t('student.name'),
      minWidth: 240,
      flex: 2,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/students/${row.id}`} data-testid="class-student-link">
          {fullName(row)}
        </Link>
      ),
    },
    {
      field: 'birthDate',
      headerName: t('student.birthDate'),
      minWidth: 150,
      valueFormatter: (value: string) => formatDate(value),
    },
    {
      field: 'enrolledOn',
      headerName: t('membership.enrolledOn'),
      sortable: false,
      minWidth: 150,
      valueGetter: (_value, row) => formatDate(membershipOf(row)?.enrolledOn),
    },
    {
      field: 'basis',
      headerName: t('membership.basis'),
      sortable: false,
      minWidth: 200,
      flex: 1,
      valueGetter: (_value, row) => {
        const membership = membershipOf(row);
        return membership ? basisText(t, membership.basis, true) : '—';
      },
    },
  ];

  return (
    <>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 1, justifyContent: 'space-between', alignItems: 'center' }}
      >
        <Typography variant="h6" component="h2">
          {t('class.studentsTitle')}
        </Typography>
        <ExportXlsxButton listPath="/api/v1/students" query={query} testId="class-students-export" />
      </Stack>
      <Box data-testid="class-students">
        <ServerGrid
          list={list}
          query={students}
          columns={columns}
          onRowClick={({ row }) => void navigate(`/students/${row.id}`)}
          localeText={{ noRowsLabel: t('class.noStudents') }}
          getRowHeight={() => 'auto'}
          sx={{
            '& .MuiDataGrid-row': { cursor: 'pointer' },
            '& .MuiDataGrid-cell': {
              py: 1,
              whiteSpace: 'normal',
              lineHeight: 1.45,
              display: 'flex',
              alignItems: 'center',
            },
          }}
        />
      </Box>
    </>
  );
}
