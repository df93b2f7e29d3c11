import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import {
  api,
  FilterBar,
  formatNumber,
  PageHeader,
  SelectFilter,
  ServerGrid,
  unwrap,
  useListParams,
  useMe,
} from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { schoolYearLabel, schoolYearOptions } from '../shared/format';
import { useSchoolName, useSchools } from '../shared/queries';
import { CampaignFormDialog } from './campaign-form-dialog';
import { selectionKeys, type Campaign } from './selection-queries';

/** `/selection`: selection campaigns (отбор); a school account sees its own school's. */
export function CampaignListPage() {
  const { t } = useTranslation('classes');
  const me = useMe();
  const navigate = useNavigate();
  const schools = useSchools().data ?? [];
  const schoolName = useSchoolName();
  const [creating, setCreating] = useState(false);
  const regionWide = me.schoolId === null;
  const list = useListParams();
  const { params, filters } = list;
  const query = {
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort || undefined,
    schoolId: regionWide ? filters.schoolId : undefined,
    schoolYear: filters.schoolYear ? Number(filters.schoolYear) : undefined,
  };
  const campaigns = useQuery({
    queryKey: selectionKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/selection-campaigns', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const columns: (GridColDef<Campaign> | false)[] = [
    {
      field: 'grade',
      headerName: t('fields.grade'),
      minWidth: 110,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/selection/${row.id}`} data-testid="campaign-link">
          {t('selection.gradeLabel', { grade: row.grade })}
        </Link>
      ),
    },
    regionWide && {
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
      field: 'basis',
      headerName: t('selection.basis'),
      sortable: false,
      minWidth: 130,
      valueGetter: (_value, row) => t(`basisShort.${row.basis}`),
    },
    {
      field: 'threshold',
      headerName: t('selection.threshold'),
      sortable: false,
      type: 'number',
      valueFormatter: (value: number) => formatNumber(value, 2),
    },
    { field: 'quota', headerName: t('selection.quota'), sortable: false, type: 'number' },
    {
      field: 'candidates',
      headerName: t('selection.candidates'),
      sortable: false,
      type: 'number',
      valueGetter: (_value, row) => row.candidates.length,
    },
    {
      field: 'rankedAt',
      headerName: t('selection.state'),
      sortable: false,
      minWidth: 140,
      flex: 0.6,
      valueGetter: (_value, row) => t(row.rankedAt ? 'selection.ranked' : 'selection.notRanked'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('selection.title')}
        subtitle={t('selection.subtitle')}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
            data-testid="campaign-create"
          >
            {t('selection.create')}
          </Button>
        }
      />
      <FilterBar list={list} testId="campaign-filters">
        {regionWide && (
          <SelectFilter
            list={list}
            name="schoolId"
            label={t('fields.school')}
            allLabel={t('list.allSchools')}
            width={240}
            options={schools.map((school) => ({ value: school.id, label: school.shortName }))}
          />
        )}
        <SelectFilter
          list={list}
          name="schoolYear"
          label={t('fields.schoolYear')}
          allLabel={t('list.allYears')}
          options={schoolYearOptions().map((year) => ({ value: String(year), label: schoolYearLabel(year) }))}
        />
      </FilterBar>
      <Box data-testid="campaign-grid">
        <ServerGrid
          list={list}
          query={campaigns}
          columns={columns.filter((column): column is GridColDef<Campaign> => column !== false)}
          onRowClick={({ row }) => void navigate(`/selection/${row.id}`)}
          localeText={{ noRowsLabel: t('selection.empty') }}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
      </Box>
      {creating && (
        <CampaignFormDialog
          defaultSchoolId={regionWide ? filters.schoolId : undefined}
          onClose={(created) => {
            setCreating(false);
            if (created) void navigate(`/selection/${created.id}`);
          }}
        />
      )}
    </>
  );
}
