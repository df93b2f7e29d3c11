import AddIcon from '@mui/icons-material/Add';
import { Box, Button } from '@mui/material';
import {
  api,
  ExportXlsxButton,
  PageHeader,
  ServerGrid,
  unwrap,
  useCan,
  useListParams,
  useMe,
} from '@orbita/web/core';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ClassFormDialog } from '../class-form/class-form-dialog';
import { keys } from '../shared/queries';
import { useClassColumns } from './class-columns';
import { ClassFilters } from './class-filters';

const numberOrUndefined = (value: string | undefined) => (value ? Number(value) : undefined);

/** `/classes`: the programme classes the account may see; a school account sees its own school's. */
export function ClassListPage() {
  const { t } = useTranslation('classes');
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const regionWide = me.schoolId === null;
  const list = useListParams();
  const { params, filters } = list;
  const query = {
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort || undefined,
    q: filters.q,
    schoolId: regionWide ? filters.schoolId : undefined,
    schoolYear: numberOrUndefined(filters.schoolYear),
    grade: numberOrUndefined(filters.grade),
    programmeCode: filters.programmeCode,
    subject: filters.subject,
  };
  const classes = useQuery({
    queryKey: keys.classList(query),
    queryFn: () => unwrap(api.GET('/api/v1/classes', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  // The programme column only says something when the list mixes programmes.
  const programmes = new Set(classes.data?.items.map((item) => item.programmeCode));
  const columns = useClassColumns(regionWide, programmes.size > 1);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={classes.data ? t('list.total', { count: classes.data.total }) : undefined}
        actions={
          <>
            <ExportXlsxButton listPath="/api/v1/classes" query={query} />
            {can('classes:write') && (
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => setCreating(true)}
                data-testid="class-create"
              >
                {t('list.create')}
              </Button>
            )}
          </>
        }
      />
      <ClassFilters list={list} showSchool={regionWide} />
      <Box data-testid="class-grid">
        <ServerGrid
          list={list}
          query={classes}
          columns={columns}
          onRowClick={({ row }) => void navigate(`/classes/${row.id}`)}
          localeText={{ noRowsLabel: filtered ? t('list.noneFound') : t('list.empty') }}
          getRowHeight={() => 'auto'}
          sx={{
            '& .MuiDataGrid-row': { cursor: 'pointer' },
            '& .MuiDataGrid-cell': {
              py: 1.25,
              whiteSpace: 'normal',
              lineHeight: 1.45,
              display: 'flex',
              alignItems: 'center',
            },
          }}
        />
      </Box>
      {creating && (
        <ClassFormDialog
          defaultSchoolId={regionWide ? filters.schoolId : (me.schoolId ?? undefined)}
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/classes/${saved.id}`);
          }}
        />
      )}
    </>
  );
}
