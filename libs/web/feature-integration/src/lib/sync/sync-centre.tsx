import { Button } from '@mui/material';
import { PageHeader, QueryState } from '@orbita/web/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_KEY, useSyncStatus, type SyncRunStatus } from '../data/integration-queries';
import { ParkedRunCard } from './parked-run-card';
import { RunsTable } from './runs-table';
import { SchoolsTable } from './schools-table';
import { StartRunDialog } from './start-run-dialog';
import { SyncStatusPanel } from './sync-status-panel';

/**
 * The regional centre's «Сириус.Школы»: the sync's status, starting a run, a parked run to decide, the
 * runs and the schools' reconciliation. When a run ends, everything is read again (its counts, the
 * schools' reconciliation that follows it).
 */
export function SyncCentre() {
  const { t } = useTranslation('integration');
  const status = useSyncStatus();
  const [starting, setStarting] = useState(false);
  useRefreshWhenRunEnds(status.data?.lastRun?.status);
  const runBlocked =
    !status.data?.configured || status.data.lastRun?.status === 'running' || !!status.data.parked;
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button
            variant="contained"
            onClick={() => setStarting(true)}
            disabled={runBlocked}
            data-testid="sync-start"
          >
            {t('start.action')}
          </Button>
        }
      />
      <QueryState query={status}>
        {(data) => (
          <>
            <SyncStatusPanel status={data} />
            {data.parked && <ParkedRunCard run={data.parked} guardShare={data.deletionGuardShare} />}
          </>
        )}
      </QueryState>
      <RunsTable />
      <SchoolsTable />
      {starting && <StartRunDialog onClose={() => setStarting(false)} />}
    </>
  );
}

function useRefreshWhenRunEnds(lastRunStatus: SyncRunStatus | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef(lastRunStatus);
  useEffect(() => {
    if (previous.current === 'running' && lastRunStatus !== 'running')
      void queryClient.invalidateQueries({ queryKey: [INTEGRATION_KEY] });
    previous.current = lastRunStatus;
  }, [lastRunStatus, queryClient]);
}
