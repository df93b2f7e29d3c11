import { MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import {
  api,
  ExportXlsxButton,
  formatNumber,
  ServerGrid,
  unwrap,
  useListParams,
  useListSearch,
  type Schemas,
} from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { useWorkVersion } from '../shared/queries';
import type { Protocol, ProtocolVersion } from '../shared/types';

type Row = Schemas['ProtocolRow'];

/** The rows of a protocol version (by participant code, never names), paged and sorted by the server. */
export function ProtocolRows({ protocol, versions }: { protocol: Protocol; versions: ProtocolVersion[] }) {
  const { t } = useTranslation(WORKS_NS);
  const list = useListParams({ sort: 'row', pageSize: 50 });
  const { params, filters, setFilter } = list;
  const [search, setSearch] = useListSearch(list, 300);
  const versionId = filters.versionId ?? protocol.currentVersion.id;
  const version = versions.find((item) => item.id === versionId) ?? protocol.currentVersion;
  const blueprint = useWorkVersion(protocol.workId, version.workVersion);

  const rows = useQuery({
    queryKey: ['protocols', protocol.id, 'rows', version.id, params, filters.q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/protocols/{id}/rows', {
          params: {
            path: { id: protocol.id },
            query: {
              versionId: version.id,
              page: params.page,
              pageSize: params.pageSize,
              sort: params.sort,
              q: filters.q,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const taskCount = blueprint.data?.tasks.length ?? rows.data?.items[0]?.scores.length ?? 0;
  const columns = useMemo<GridColDef<Row>[]>(() => {
    const tasks = Array.from({ length: taskCount }, (_, index) => {
      const task = blueprint.data?.tasks[index];
      const label = task?.label ?? String(index + 1);
      return {
        field: `task${index}`,
        headerName: t('review.columns.task', { label }),
        description: task ? `${task.topic ?? label} (${formatNumber(task.maxScore, 2)})` : undefined,
        flex: 1,
        minWidth: 60,
        sortable: false,
        type: 'number' as const,
        valueGetter: (_value: unknown, row: Row) => row.scores[index],
        valueFormatter: (value: number | undefined) => formatNumber(value, 2),
      };
    });
    return [
      { field: 'row', headerName: t('review.columns.row'), width: 96, type: 'number' },
      { field: 'participantCode', headerName: t('review.columns.participantCode'), width: 200 },
      { field: 'classLabel', headerName: t('review.columns.classLabel'), width: 80 },
      ...tasks,
      {
        field: 'total',
        headerName: t('review.columns.total'),
        width: 80,
        type: 'number',
        valueFormatter: (value: number) => formatNumber(value, 2),
      },
    ];
  }, [t, taskCount, blueprint.data]);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="protocol-rows-title">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <Typography id="protocol-rows-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('review.rows')}
        </Typography>
        {versions.length > 1 && (
          <TextField
            select
            size="small"
            label={t('review.versionSelect')}
            value={version.id}
            onChange={(event) =>
              setFilter(
                'versionId',
                event.target.value === protocol.currentVersion.id ? undefined : event.target.value,
              )
            }
            sx={{ minWidth: 220 }}
            data-testid="protocol-version-select"
          >
            {[...versions].reverse().map((item) => (
              <MenuItem key={item.id} value={item.id}>
                {t('review.versionOption', {
                  number: item.number,
                  status: t(`protocolStatus.${item.status}`),
                })}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          size="small"
          type="search"
          label={t('review.rowsSearch')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ minWidth: 240 }}
        />
        <ExportXlsxButton
          listPath={`/api/v1/protocols/${protocol.id}/rows`}
          query={{ versionId: version.id, sort: params.sort, q: filters.q }}
          testId="protocol-rows-export"
        />
      </Stack>
      <ServerGrid<Row>
        list={list}
        query={rows}
        columns={columns}
        getRowId={(row) => row.row}
        density="compact"
        localeText={{ noRowsLabel: t('review.rowsEmpty') }}
        data-testid="protocol-rows"
      />
    </Paper>
  );
}
