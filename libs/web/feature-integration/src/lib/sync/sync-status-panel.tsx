import { Box, Paper, Typography } from '@mui/material';
import { formatDateTime, formatPercent } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../data/integration-queries';

/** The sync at a glance: the platform, the schedule and next run, the last success, the deletion guard. */
export function SyncStatusPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation('integration');
  const facts: [string, ReactNode][] = [
    [t('status.platform'), status.configured ? (status.sourceUrl ?? '—') : t('status.notConfigured')],
    [
      t('status.schedule'),
      status.scheduleMinutes
        ? t('status.everyMinutes', { count: status.scheduleMinutes })
        : t('status.manualOnly'),
    ],
    [t('status.nextRun'), formatDateTime(status.nextScheduledAt)],
    [
      t('status.lastSucceeded'),
      status.lastSucceeded
        ? formatDateTime(status.lastSucceeded.finishedAt ?? status.lastSucceeded.startedAt)
        : t('status.never'),
    ],
    [t('status.guard'), t('status.guardShare', { share: formatPercent(status.deletionGuardShare, 0) })],
  ];
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mb: 3 }}
      component="section"
      aria-labelledby="sync-status-title"
      data-testid="sync-status"
      data-configured={status.configured}
    >
      <Typography variant="h6" component="h2" id="sync-status-title" sx={{ mb: 1 }}>
        {t('status.title')}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: 0.5,
          m: 0,
        }}
      >
        {facts.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {term}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
