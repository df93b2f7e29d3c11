import {
  Button,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { formatDateTime, formatNumber, QueryState } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUNS_PAGE_SIZE, SYNC_KINDS, useRuns, type SyncRun } from '../data/integration-queries';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { decideRun } from './run-decision';
import { RunStatusChip } from './run-status-chip';

/** Errors shown in a run's row; the rest are counted. */
const SHOWN_ERRORS = 3;

/** «1 мин 5 с», «12 с» or, under ten seconds, «0,4 с» (the demo region's run takes less than one). */
function useDuration(): (ms: number | null) => string {
  const { t } = useTranslation('integration');
  return (ms) => {
    if (ms === null) return '—';
    if (ms < 10_000) return t('runs.seconds', { seconds: formatNumber(ms / 1000, 1) });
    const seconds = Math.round(ms / 1000);
    return seconds < 60
      ? t('runs.seconds', { seconds })
      : t('runs.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
}

/** The runs, newest first: status, trigger, timing, per-roster counts, progress while running, errors. */
export function RunsTable() {
  const { t } = useTranslation('integration');
  const [page, setPage] = useState(1);
  const runs = useRuns(page);
  const duration = useDuration();
  const [abandoning, setAbandoning] = useState<SyncRun | null>(null);
  return (
    <section aria-labelledby="runs-title">
      <Typography variant="h6" component="h2" id="runs-title" sx={{ mb: 1 }}>
        {t('runs.title')}
      </Typography>
      <QueryState query={runs} isEmpty={(data) => data.total === 0} empty={t('runs.none')}>
        {(data) => (
          <Paper variant="outlined" sx={{ mb: 3 }}>
            <TableContainer>
              <Table size="small" aria-labelledby="runs-title">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('runs.status')}</TableCell>
                    <TableCell>{t('runs.trigger')}</TableCell>
                    <TableCell>{t('runs.startedAt')}</TableCell>
                    <TableCell align="right">{t('runs.duration')}</TableCell>
                    <TableCell align="right">{t('runs.attempts')}</TableCell>
                    <TableCell>{t('runs.counts')}</TableCell>
                    <TableCell>{t('runs.errors')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.items.map((run) => (
                    <TableRow
                      key={run.id}
                      data-testid="run-row"
                      data-run-id={run.id}
                      data-status={run.status}
                      sx={{ verticalAlign: 'top' }}
                    >
                      <TableCell>
                        <RunStatusChip status={run.status} />
                        {run.status === 'running' && run.progress.kind && (
                          <Typography variant="body2" data-testid="run-progress" sx={{ mt: 0.5 }}>
                            {t('runs.progress', {
                              kind: t(`reading.${run.progress.kind}`),
                              offset: formatNumber(run.progress.offset),
                            })}
                          </Typography>
                        )}
                        {run.status === 'failed' && (
                          <Button
                            size="small"
                            color="error"
                            onClick={() => setAbandoning(run)}
                            data-testid="run-abandon"
                            sx={{ mt: 0.5 }}
                          >
                            {t('runs.abandon')}
                          </Button>
                        )}
                      </TableCell>
                      <TableCell>{t(`trigger.${run.trigger}`)}</TableCell>
                      <TableCell>{formatDateTime(run.startedAt)}</TableCell>
                      <TableCell align="right">{duration(run.durationMs)}</TableCell>
                      <TableCell align="right">{run.attempts}</TableCell>
                      <TableCell>
                        {SYNC_KINDS.map((kind) => (
                          <Typography key={kind} variant="body2" data-testid={`run-counts-${kind}`}>
                            {t('runs.kindCounts', {
                              kind: t(`kinds.${kind}`),
                              read: formatNumber(run.counts[kind].read),
                              created: formatNumber(run.counts[kind].created),
                              updated: formatNumber(run.counts[kind].updated),
                              markedDeleted: formatNumber(run.counts[kind].markedDeleted),
                            })}
                          </Typography>
                        ))}
                      </TableCell>
                      <TableCell data-testid="run-errors">
                        {run.errors.length === 0
                          ? t('runs.noErrors')
                          : run.errors.slice(0, SHOWN_ERRORS).map((error) => (
                              <Typography key={`${error.at}${error.message}`} variant="body2">
                                {formatDateTime(error.at)}: {error.message}
                              </Typography>
                            ))}
                        {run.errors.length > SHOWN_ERRORS && (
                          <Typography variant="body2" color="text.secondary">
                            {t('runs.moreErrors', { count: run.errors.length - SHOWN_ERRORS })}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {data.total > RUNS_PAGE_SIZE && (
              <TablePagination
                component="div"
                count={data.total}
                page={page - 1}
                onPageChange={(_, next) => setPage(next + 1)}
                rowsPerPage={RUNS_PAGE_SIZE}
                rowsPerPageOptions={[]}
                aria-label={t('runs.pages')}
              />
            )}
          </Paper>
        )}
      </QueryState>
      {abandoning && (
        <ConfirmDialog
          title={t('runs.abandonTitle')}
          text={t('runs.abandonText')}
          submitLabel={t('runs.abandon')}
          submitColor="error"
          testId="abandon-form"
          onConfirm={() => decideRun(abandoning.id, 'reject')}
          onClose={() => setAbandoning(null)}
        />
      )}
    </section>
  );
}
