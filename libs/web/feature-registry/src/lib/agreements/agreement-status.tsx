import { Chip, Stack } from '@mui/material';
import { daysUntil, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

export type Agreement = Schemas['Agreement'];

/** Agreements ending within this many days are flagged for renewal. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * «Истекает через N дней» (warning, within 30 days) or «Истекло» (error) for an agreement in force with
 * an end date; nothing for drafts, terminated and open-ended ones, or when the end is far.
 */
export function ExpiryChip({ agreement }: { agreement: Pick<Agreement, 'status' | 'validTo'> }) {
  const { t } = useTranslation(REGISTRY_NS);
  if (!agreement.validTo || (agreement.status !== 'active' && agreement.status !== 'expired')) return null;
  const days = daysUntil(agreement.validTo);
  if (agreement.status === 'expired' || days < 0) {
    return (
      <Chip size="small" color="error" label={t('agreements.expired')} data-testid="agreement-expiring" />
    );
  }
  if (days > EXPIRY_WARNING_DAYS) return null;
  return (
    <Chip
      size="small"
      color="warning"
      label={days === 0 ? t('agreements.expiresToday') : t('agreements.expiresIn', { count: days })}
      data-testid="agreement-expiring"
    />
  );
}

const STATUS_COLOURS = { draft: 'default', active: 'success', terminated: 'default' } as const;

/** The agreement's status; an expired one shows «Истекло» only, an ending one its countdown too. */
export function AgreementStatus({ agreement }: { agreement: Pick<Agreement, 'status' | 'validTo'> }) {
  const { t } = useTranslation(REGISTRY_NS);
  const { status } = agreement;
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }} data-testid="agreement-status">
      {status !== 'expired' && (
        <Chip
          size="small"
          variant={status === 'active' ? 'filled' : 'outlined'}
          color={STATUS_COLOURS[status]}
          label={t(`agreementStatus.${status}`)}
        />
      )}
      <ExpiryChip agreement={agreement} />
    </Stack>
  );
}
