import { Box, LinearProgress, Typography } from '@mui/material';
import { formatNumber, formatPercent } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import type { UploadState } from './use-protocol-upload';

/** Bytes sent, then the server's reading, checking and storing of the rows. */
export function UploadProgress({ state }: { state: Extract<UploadState, { stage: 'sending' }> }) {
  const { t } = useTranslation(WORKS_NS);
  const { server, fraction } = state;
  let label: string;
  let value: number | undefined;
  if (server && fraction >= 1) {
    const total = server.rowsTotal ?? undefined;
    label = t(`upload.phases.${server.phase}`, {
      done: formatNumber(server.rowsProcessed),
      total: total === undefined ? '…' : formatNumber(total),
    });
    value = total ? Math.min(100, (server.rowsProcessed / total) * 100) : undefined;
  } else if (fraction >= 1) {
    label = t('upload.waiting');
  } else {
    label = t('upload.sending', { file: state.fileName, percent: formatPercent(fraction, 0) });
    value = fraction * 100;
  }
  return (
    <Box role="status" aria-live="polite" sx={{ my: 1 }}>
      <LinearProgress
        data-testid="upload-progress"
        data-phase={server?.phase ?? (fraction >= 1 ? 'waiting' : 'sending')}
        variant={value === undefined ? 'indeterminate' : 'determinate'}
        value={value}
        aria-label={label}
        sx={{ height: 8, borderRadius: 1 }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {label}
      </Typography>
    </Box>
  );
}
