import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckIcon from '@mui/icons-material/Check';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import InsightsIcon from '@mui/icons-material/Insights';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, AlertTitle, Box, Button, Link, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { api, ErrorAlert, formatDateTime, PageHeader, QueryState, unwrap, useCan } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { WORKS_NS } from '../i18n';
import { ProtocolHistory } from '../shared/protocol-history';
import { useProtocol, useProtocolVersions, useRefreshProtocols, useSchool, useWork } from '../shared/queries';
import { ProtocolStatusChip } from '../shared/status-chips';
import type { Protocol } from '../shared/types';
import { ProtocolRows } from './protocol-rows';
import { ReturnDialog } from './return-dialog';

/** `/protocols/:protocolId`: a school's protocol, its rows and history; accept or return it. */
export function ProtocolReviewPage() {
  const { protocolId = '' } = useParams();
  const protocol = useProtocol(protocolId);
  return <QueryState query={protocol}>{(data) => <Review protocol={data} />}</QueryState>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </Box>
  );
}

function Review({ protocol }: { protocol: Protocol }) {
  const { t } = useTranslation(WORKS_NS);
  const can = useCan();
  const work = useWork(protocol.workId);
  const school = useSchool(protocol.schoolId);
  const versions = useProtocolVersions(protocol.id);
  const refresh = useRefreshProtocols();
  const [returning, setReturning] = useState(false);
  const [message, setMessage] = useState<string>();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/protocols/{id}/accept', { params: { path: { id: protocol.id } } })),
    onSuccess: async () => {
      await refresh();
      setMessage(t('review.accepted'));
    },
  });

  const version = protocol.currentVersion;
  const reviewable = can('protocols:review') && protocol.status === 'submitted';
  const schoolName = school.data?.shortName;

  return (
    <>
      <PageHeader
        title={schoolName ? t('review.title', { school: schoolName }) : t('review.titleNoSchool')}
        subtitle={
          work.data && (
            <Link component={RouterLink} to={`/works/${protocol.workId}`} color="inherit">
              {work.data.title}
            </Link>
          )
        }
        actions={
          <>
            {can('analytics:read') && (
              <Button
                component={RouterLink}
                to={`/analytics/works/${protocol.workId}/schools/${protocol.schoolId}`}
                startIcon={<InsightsIcon />}
                data-testid="open-school-analytics"
              sx={{ whiteSpace: 'nowrap' }}
              >
                {t('review.schoolAnalytics')}
              </Button>
            )}
            {can('protocols:review') && can('analytics:read') ? (
              <Button component={RouterLink} to={`/works/${protocol.workId}/completeness`} startIcon={<FactCheckIcon />} sx={{ whiteSpace: 'nowrap' }}>
                {t('review.toBoard')}
              </Button>
            ) : (
              <Button component={RouterLink} to={`/works/${protocol.workId}`} startIcon={<ArrowBackIcon />} sx={{ whiteSpace: 'nowrap' }}>
                {t('review.toWork')}
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={3}>
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }} component="section">
          <Stack
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
          >
            <Stack spacing={2} sx={{ minWidth: 0 }}>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="h6" component="h2">
                  {t('panel.version', { number: version.number })}
                </Typography>
                <ProtocolStatusChip status={protocol.status} />
              </Stack>
              <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap' }}>
                <Fact label={t('panel.file')}>{version.fileName}</Fact>
                <Fact label={t('review.rowCount')}>{version.rowCount}</Fact>
                <Fact label={t('panel.uploadedAt')}>{formatDateTime(version.uploadedAt)}</Fact>
                <Fact label={t('panel.submittedAt')}>{formatDateTime(version.submittedAt)}</Fact>
                {version.reviewedAt && <Fact label={t('panel.reviewedAt')}>{formatDateTime(version.reviewedAt)}</Fact>}
              </Stack>
              <Typography variant="caption" color="text.secondary">
                {t('review.workVersion', { version: version.workVersion })}
              </Typography>
            </Stack>
            {reviewable && (
              <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
                <Button
                  variant="contained"
                  color="success"
                  startIcon={<CheckIcon />}
                  loading={accept.isPending}
                  onClick={() => accept.mutate()}
                  data-testid="accept-protocol"
                >
                  {t('review.accept')}
                </Button>
                <Button
                  variant="outlined"
                  color="warning"
                  startIcon={<UndoIcon />}
                  disabled={accept.isPending}
                  onClick={() => setReturning(true)}
                  data-testid="return-protocol"
                >
                  {t('review.return')}
                </Button>
              </Stack>
            )}
          </Stack>
          {protocol.status === 'returned' && version.comment && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="protocol-return-comment">
              <AlertTitle>{t('panel.returnedComment')}</AlertTitle>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{version.comment}</Typography>
            </Alert>
          )}
          {accept.isError && (
            <Box sx={{ mt: 2 }}>
              <ErrorAlert error={accept.error} />
            </Box>
          )}
        </Paper>

        <ProtocolRows protocol={protocol} versions={versions.data ?? []} />

        <Paper variant="outlined" sx={{ p: 2 }}>
          <ProtocolHistory protocolId={protocol.id} />
        </Paper>
      </Stack>

      <ReturnDialog
        protocolId={protocol.id}
        open={returning}
        onClose={() => setReturning(false)}
        onReturned={async () => {
          setReturning(false);
          await refresh();
          setMessage(t('review.returned'));
        }}
      />
      <Snackbar
        open={!!message}
        autoHideDuration={5000}
        onClose={() => setMessage(undefined)}
        message={message}
        data-testid="works-snackbar"
      />
    </>
  );
}
