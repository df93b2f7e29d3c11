import { Chip, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import type { CompletenessStatus, ProtocolStatus } from './types';

const PROTOCOL_COLORS: Record<ProtocolStatus | 'none', ChipProps['color']> = {
  none: 'default',
  draft: 'default',
  submitted: 'info',
  accepted: 'success',
  returned: 'warning',
};

/** A protocol's status in words (Черновик, Отправлен, Принят, Возвращён); «Не загружен» without one. */
export function ProtocolStatusChip({
  status,
  testId = 'protocol-status',
  size = 'medium',
}: {
  status: ProtocolStatus | null;
  testId?: string;
  size?: ChipProps['size'];
}) {
  const { t } = useTranslation(WORKS_NS);
  const key = status ?? 'none';
  return (
    <Chip
      data-testid={testId}
      data-status={key}
      size={size}
      color={PROTOCOL_COLORS[key]}
      variant={key === 'none' ? 'outlined' : 'filled'}
      label={t(`protocolStatus.${key}`)}
    />
  );
}

const COMPLETENESS_COLORS: Record<CompletenessStatus, ChipProps['color']> = {
  pending: 'default',
  // A file is there but not sent: more than nothing, still not a submission.
  draft: 'default',
  submitted: 'info',
  accepted: 'success',
  returned: 'warning',
  missing: 'error',
};

/** A school's line on the completeness board. */
export function CompletenessStatusChip({ status }: { status: CompletenessStatus }) {
  const { t } = useTranslation(WORKS_NS);
  return (
    <Chip
      data-testid="completeness-status"
      data-status={status}
      size="small"
      color={COMPLETENESS_COLORS[status]}
      variant={status === 'pending' || status === 'draft' ? 'outlined' : 'filled'}
      label={t(`completenessStatus.${status}`)}
    />
  );
}
