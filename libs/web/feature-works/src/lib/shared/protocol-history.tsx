import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { ErrorAlert, formatDateTime, Loading } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { useProtocolVersions } from './queries';
import { ProtocolStatusChip } from './status-chips';
import type { ProtocolVersion } from './types';

/** Every version of a protocol, newest first: file, rows, who did what when, the return comment. */
export function ProtocolHistory({ protocolId }: { protocolId: string }) {
  const { t } = useTranslation(WORKS_NS);
  const versions = useProtocolVersions(protocolId);
  return (
    <Box component="section" aria-labelledby="protocol-history-title">
      <Typography id="protocol-history-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('history.title')}
      </Typography>
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <Typography color="text.secondary">{t('history.empty')}</Typography>
      ) : (
        <List dense data-testid="protocol-history" disablePadding>
          {[...versions.data].reverse().map((version) => (
            <HistoryItem key={version.id} version={version} />
          ))}
        </List>
      )}
    </Box>
  );
}

function HistoryItem({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation(WORKS_NS);
  const events = [
    t('history.uploaded', { date: formatDateTime(version.uploadedAt) }),
    version.submittedAt && t('history.submitted', { date: formatDateTime(version.submittedAt) }),
    version.reviewedAt && t('history.reviewed', { date: formatDateTime(version.reviewedAt) }),
  ].filter(Boolean);
  return (
    <ListItem data-testid="protocol-history-item" data-status={version.status} divider disableGutters>
      <ListItemText
        disableTypography
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t('panel.version', { number: version.number })}
            </Typography>
            <ProtocolStatusChip status={version.status} size="small" testId="protocol-history-status" />
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              {version.fileName} · {t('rows', { ns: 'common', count: version.rowCount })}
            </Typography>
          </Stack>
        }
        secondary={
          <>
            <Typography variant="body2" color="text.secondary">
              {events.join(' · ')}
            </Typography>
            {version.comment && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {t('history.comment', { comment: version.comment })}
              </Typography>
            )}
          </>
        }
      />
    </ListItem>
  );
}
