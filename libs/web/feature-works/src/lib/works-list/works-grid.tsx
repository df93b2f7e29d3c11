import { Link, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { api, ExportXlsxButton, formatNumber, ServerGrid, unwrap, useListParams } from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { WORKS_NS } from '../i18n';
import { formatDay } from '../shared/dates';
import { useWorkLabels } from '../shared/labels';
import type { Work, WorkKind } from '../shared/types';
import { WindowChip } from './window-chip';
import { WorksFilters } from './works-filters';

/**
 * Diagnostic works, paged and sorted by the server, with filters; `linkTo` says where a work leads (its
 * page, or its completeness board).
 */
export function WorksGrid({ linkTo }: { linkTo: (work: Work) => string }) {
  const { t } = useTranslation(WORKS_NS);
  const labels = useWorkLabels();
  const navigate = useNavigate();
  // On a tablet the title already names the subject and grade; keep the grid narrow enough to read.
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  const list = useListParams({ sort: '-windowFrom' });
  const { params, filters } = list;

  const query = {
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort,
    q: filters.q,
    kind: filters.kind as WorkKind | undefined,
    subject: filters.subject,
    schoolYear: filters.schoolYear ? Number(filters.schoolYear) : undefined,
    open: filters.open === undefined ? undefined : filters.open === 'true',
  };
  const works = useQuery({
    queryKey: ['works', 'list', params, filters],
    queryFn: () => unwrap(api.GET('/api/v1/works', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const columns = useMemo<GridColDef<Work>[]>(
    () => [
      {
        field: 'title',
        headerName: t('list.columns.title'),
        flex: 1,
        minWidth: 220,
        renderCell: ({ row }) => (
          <Link
            component={RouterLink}
            to={linkTo(row)}
            onClick={(event) => event.stopPropagation()}
            data-testid="work-link"
            sx={{ whiteSpace: 'normal', lineHeight: 1.3 }}
          >
            {row.title}
          </Link>
        ),
      },
      {
        field: 'kind',
        headerName: t('list.columns.kind'),
        width: 140,
        valueGetter: (_value, row) => labels.kind(row.kind),
      },
      {
        field: 'subject',
        headerName: t('list.columns.subject'),
        width: 120,
        valueGetter: (_value, row) => labels.subject(row.subject),
      },
      {
        field: 'grades',
        headerName: t('list.columns.grades'),
        width: 75,
        sortable: false,
        valueGetter: (_value, row) => row.grades.join(', '),
      },
      {
        field: 'schoolYear',
        headerName: t('list.columns.schoolYear'),
        width: 95,
        valueGetter: (_value, row) =>
          `${row.schoolYear}/${String((row.schoolYear + 1) % 100).padStart(2, '0')}`,
      },
      {
        field: 'windowFrom',
        headerName: t('list.columns.windowFrom'),
        width: 200,
        renderCell: ({ row }) => (
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="body2">
              {t('window.range', { from: formatDay(row.windowFrom), to: formatDay(row.windowTo) })}
            </Typography>
            <WindowChip from={row.windowFrom} to={row.windowTo} />
          </Stack>
        ),
      },
      {
        field: 'tasks',
        headerName: t('list.columns.tasks'),
        width: 120,
        sortable: false,
        valueGetter: (_value, row) =>
          t('list.tasksValue', { tasks: row.tasks.length, max: formatNumber(row.maxTotal, 2) }),
      },
    ],
    [t, labels, linkTo],
  );

  return (
    <>
      <Stack direction="row" sx={{ mb: 1, justifyContent: 'flex-end' }}>
        <ExportXlsxButton listPath="/api/v1/works" query={query} testId="works-export" />
      </Stack>
      <WorksFilters list={list} />
      <ServerGrid<Work>
        list={list}
        query={works}
        columns={columns}
        getRowId={(row) => row.id}
        getRowHeight={() => 'auto'}
        columnVisibilityModel={narrow ? { subject: false, grades: false, schoolYear: false } : {}}
        onRowClick={({ row }) => void navigate(linkTo(row))}
        localeText={{ noRowsLabel: t('list.empty') }}
        sx={{
          '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
          '& .MuiDataGrid-row': { cursor: 'pointer' },
        }}
        data-testid="works-grid"
      />
    </>
  );
}
