import { Chip, Stack } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { api, ExportXlsxButton, type Schemas, ServerGrid, unwrap } from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { contactColumns, gridProps } from '../shared/grid';
import { useLocalList } from '../shared/local-list';
import { Section } from '../shared/section';

type Person = Schemas['Person'];

/** The people of a school (coordinator, teachers, mentors). The server logs this read of personal data. */
export function SchoolPeople({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation(REGISTRY_NS);
  const list = useLocalList({ sort: 'surname' });
  const query = { ...list.params, organisationId: schoolId };
  const result = useQuery({
    queryKey: ['people', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const columns = useMemo<GridColDef<Person>[]>(
    () => [
      {
        field: 'surname',
        headerName: t('fields.person'),
        flex: 1.2,
        minWidth: 220,
        valueGetter: (_value, row) => row.fullName,
      },
      {
        field: 'roles',
        headerName: t('fields.roles'),
        flex: 1,
        minWidth: 170,
        sortable: false,
        renderCell: ({ row }) => (
          <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
            {row.roles.map((role) => (
              <Chip key={role} size="small" label={t(`personRoles.${role}`)} />
            ))}
          </Stack>
        ),
      },
      { field: 'position', headerName: t('fields.position'), flex: 1, minWidth: 160 },
      ...contactColumns<Person>(t, { emailSortable: true }),
    ],
    [t],
  );
  const { sx, ...grid } = gridProps(t('schools.noPeople'));
  return (
    <Section
      title={t('schools.people')}
      testId="school-people"
      actions={<ExportXlsxButton listPath="/api/v1/people" query={query} testId="school-people-export" />}
    >
      <ServerGrid<Person>
        list={list}
        query={result}
        columns={columns}
        pageSizeOptions={[10, 20, 50]}
        {...grid}
        sx={{ ...sx, '& .MuiDataGrid-row': { cursor: 'default' } }}
      />
    </Section>
  );
}
