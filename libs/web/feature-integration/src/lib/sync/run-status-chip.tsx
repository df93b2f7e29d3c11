import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SyncRunStatus } from '../data/integration-queries';

const COLORS: Record<SyncRunStatus, ChipProps['color']> = {
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  parked: 'warning',
  rejected: 'default',
};

/** A run's status in words, coloured; `data-status` carries the code for tests. */
export function RunStatusChip({ status }: { status: SyncRunStatus }) {
  const { t } = useTranslation('integration');
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[status]}
      label={t(`runStatus.${status}`)}
      data-testid="run-status"
      data-status={status}
    />
  );
}
