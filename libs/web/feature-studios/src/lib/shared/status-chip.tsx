import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, FactStatus } from '../data/studios-queries';

const COLORS: Record<ApplicationStatus | FactStatus, ChipProps['color']> = {
  submitted: 'info',
  pending: 'info',
  returned: 'warning',
  approved: 'success',
  accepted: 'success',
  rejected: 'error',
};

/** An application's or a fact's status in words, coloured; `data-status` carries the code for tests. */
export function StatusChip({ status, kind }: { status: ApplicationStatus | FactStatus; kind: 'application' | 'fact' }) {
  const { t } = useTranslation('studios');
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[status]}
      label={t(`${kind}Status.${status}`)}
      data-testid={`${kind}-status`}
      data-status={status}
    />
  );
}
