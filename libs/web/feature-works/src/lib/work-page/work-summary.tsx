import { Box, Paper, Stack, Typography } from '@mui/material';
import { formatDate, formatNumber } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { formatDay } from '../shared/dates';
import type { Work } from '../shared/types';
import { WindowChip } from '../works-list/window-chip';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Box sx={{ typography: 'body1' }}>{children}</Box>
    </Box>
  );
}

/** Window, version, maximum, codes: what a school needs to know about the work at a glance. */
export function WorkSummary({ work }: { work: Work }) {
  const { t } = useTranslation(WORKS_NS);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('work.summary')} data-testid="work-summary">
      <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
        <Fact label={t('work.windowDates')}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{t('window.range', { from: formatDay(work.windowFrom), to: formatDay(work.windowTo) })}</span>
            <WindowChip from={work.windowFrom} to={work.windowTo} />
          </Stack>
        </Fact>
        <Fact label={t('work.version')}>
          {t('work.versionValue', { version: work.version, date: formatDate(work.publishedAt) })}
        </Fact>
        <Fact label={t('work.taskCount')}>{formatNumber(work.tasks.length)}</Fact>
        <Fact label={t('work.maxTotal')}>{formatNumber(work.maxTotal, 2)}</Fact>
        <Fact label={t('work.codes')}>{work.openCodes ? t('work.codesOpen') : t('work.codesIssued')}</Fact>
        <Fact label={t('work.schools')}>{formatNumber(work.schoolIds.length)}</Fact>
      </Stack>
    </Paper>
  );
}
