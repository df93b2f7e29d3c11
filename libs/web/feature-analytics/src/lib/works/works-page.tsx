import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Alert, Box, Button, Link, MenuItem, Stack, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import {
  api,
  formatDate,
  formatNumber,
  PageHeader,
  ServerGrid,
  unwrap,
  useCan,
  useListParams,
  useListSearch,
  useMe,
  type Schemas,
} from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useWorkLabels } from '../data/labels';
import { analyticsPaths } from '../data/paths';
import { SchoolYearSelect, useSchoolYearLabel } from '../school-year/school-year-select';
import { currentSchoolYear, schoolYearOptions } from '../school-year/school-year';
import '../i18n';

type Work = Schemas['Work'];
type WorkKind = Work['kind'];
const KINDS: WorkKind[] = [
  'selection',
  'intermediate',
  'final',
  'invitational',
  'olympiad',
  'teacher_competency',
];
const YEARS_BACK = 4;

/** `/analytics`: pick a work (server-paged list with filters) or go to the year's progress. */
export function WorksPage() {
  const { t } = useTranslation('analytics');
  const can = useCan();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('works.subtitle')}
        actions={
          <Button component={RouterLink} to={analyticsPaths.progress} startIcon={<TrendingUpIcon />}>
            {t('works.progressLink')}
          </Button>
        }
      />
      {can('works:read') ? <WorksList /> : <Alert severity="info">{t('works.noAccess')}</Alert>}
    </>
  );
}

function WorksList() {
  const { t } = useTranslation('analytics');
  const me = useMe();
  const labels = useWorkLabels();
  const yearLabel = useSchoolYearLabel();
  const list = useListParams({ sort: '-schoolYear' });
  const { params, filters, setFilter } = list;
  const schoolYear = filters['schoolYear'] ? Number(filters['schoolYear']) : undefined;
  const kind = KINDS.find((value) => value === filters['kind']);
  // The search box writes to the URL after a pause in typing.
  const [search, setSearch] = useListSearch(list, 300);
  const q = filters['q'] ?? '';

  const works = useQuery({
    queryKey: ['works', 'list', params, schoolYear, kind, q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/works', {
          params: { query: { ...params, schoolYear, kind, q: q || undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const years = useMemo(() => {
    const current = currentSchoolYear();
    return schoolYearOptions(
      Array.from({ length: YEARS_BACK + 1 }, (_, back) => current - back).concat(schoolYear ?? []),
    );
  }, [schoolYear]);

  const columns = useMemo<GridColDef<Work>[]>(
    () => [
      {
        field: 'title',
        headerName: t('works.columns.title'),
        flex: 3,
        minWidth: 260,
        renderCell: ({ row }) => (
          <Link
            component={RouterLink}
            to={me.schoolId ? analyticsPaths.school(row.id, me.schoolId) : analyticsPaths.work(row.id)}
          >
            {row.title}
          </Link>
        ),
      },
      {
        field: 'kind',
        headerName: t('works.columns.kind'),
        minWidth: 130,
        flex: 1,
        valueFormatter: (value: WorkKind) => labels.kind(value),
      },
      {
        field: 'subject',
        headerName: t('works.columns.subject'),
        minWidth: 130,
        flex: 1,
        valueFormatter: (value: string) => labels.subject(value),
      },
      {
        field: 'grades',
        headerName: t('works.columns.grades'),
        minWidth: 90,
        sortable: false,
        valueFormatter: (value: number[]) => value.join(', '),
      },
      {
        field: 'schoolYear',
        headerName: t('works.columns.schoolYear'),
        minWidth: 110,
        valueFormatter: (value: number) => yearLabel(value),
      },
      {
        field: 'windowFrom',
        headerName: t('works.columns.window'),
        minWidth: 190,
        flex: 1,
        valueGetter: (_value, row) => `${formatDate(row.windowFrom)}–${formatDate(row.windowTo)}`,
      },
      {
        field: 'protocolCount',
        headerName: t('works.columns.protocols'),
        type: 'number',
        minWidth: 110,
        sortable: false,
        valueFormatter: (value: number) => formatNumber(value),
      },
    ],
    [t, labels, yearLabel, me.schoolId],
  );

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          size="small"
          type="search"
          label={t('works.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ minWidth: 260 }}
        />
        <SchoolYearSelect
          value={schoolYear}
          years={years}
          onChange={(year) => setFilter('schoolYear', year === undefined ? undefined : String(year))}
          allLabel={t('allYears')}
        />
        <TextField
          select
          size="small"
          label={t('works.kind')}
          value={kind ?? ''}
          onChange={(event) => setFilter('kind', event.target.value || undefined)}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('works.allKinds')}</MenuItem>
          {KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {labels.kind(value)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Box data-testid="analytics-works">
        <ServerGrid<Work>
          list={list}
          query={works}
          columns={columns}
          localeText={{ noRowsLabel: t('works.empty') }}
          // Titles are long and are what the user picks by: let them wrap.
          getRowHeight={() => 'auto'}
          sx={{
            '& .MuiDataGrid-cell': { py: 1, alignItems: 'center', display: 'flex', whiteSpace: 'normal' },
          }}
        />
      </Box>
    </Stack>
  );
}
