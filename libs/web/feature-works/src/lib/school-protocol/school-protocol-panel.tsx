import SendIcon from '@mui/icons-material/Send';
import { Alert, AlertTitle, Box, Button, Divider, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { api, ErrorAlert, formatDateTime, Loading, unwrap, useCan } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { WORKS_NS } from '../i18n';
import { ProtocolHistory } from '../shared/protocol-history';
import { useRefreshProtocols, useSchoolProtocol } from '../shared/queries';
import { ProtocolStatusChip } from '../shared/status-chips';
import type { Protocol, Work } from '../shared/types';
import { ProtocolProblems } from './protocol-problems';
import { TemplateButton } from './template-button';
import { UploadControls } from './upload-controls';
import { UploadProgress } from './upload-progress';
import { useProtocolUpload, type UploadState } from './use-protocol-upload';

/**
 * One school's protocol for a work: the template, the upload (with the row-level report of a rejected
 * file), the status, submitting a draft, and the history of versions.
 */
export function SchoolProtocolPanel({
  work,
  schoolId,
  schoolName,
  regionWide,
}: {
  work: Work;
  schoolId: string;
  schoolName?: string;
  regionWide: boolean;
}) {
  const { t } = useTranslation(WORKS_NS);
  const can = useCan();
  const protocolQuery = useSchoolProtocol(work.id, schoolId);
  const refresh = useRefreshProtocols();
  const upload = useProtocolUpload({ workId: work.id, schoolId, regionWide, onStored: refresh });
  const [templateError, setTemplateError] = useState<unknown>();
  const [message, setMessage] = useState<string>();
  const submit = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/protocols/{id}/submit', { params: { path: { id } } })),
    onSuccess: async () => {
      await refresh();
      setMessage(t('panel.submitted'));
    },
  });

  const protocol = protocolQuery.data ?? null;
  const locked = protocol?.status === 'submitted' || protocol?.status === 'accepted';
  const canUpload = can('protocols:submit') && !locked;

  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, md: 3 } }}
      component="section"
      aria-labelledby="school-protocol-title"
      data-testid="school-protocol-panel"
      data-school-id={schoolId}
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 2 }}
      >
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography id="school-protocol-title" variant="h6" component="h2">
            {schoolName ? t('panel.titleFor', { school: schoolName }) : t('panel.title')}
          </Typography>
          {protocolQuery.isSuccess && <ProtocolStatusChip status={protocol?.status ?? null} />}
        </Stack>
        {protocol && (
          <Button component={RouterLink} to={`/protocols/${protocol.id}`} data-testid="open-protocol">
            {t('panel.openRows')}
          </Button>
        )}
      </Stack>

      {protocolQuery.isPending ? (
        <Loading />
      ) : protocolQuery.isError ? (
        <ErrorAlert error={protocolQuery.error} onRetry={() => void protocolQuery.refetch()} />
      ) : (
        <Stack spacing={2}>
          <StatusDetails protocol={protocol} />

          <Box>
            <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <TemplateButton workId={work.id} schoolId={schoolId} onError={setTemplateError} />
              {canUpload && <UploadControls busy={upload.busy} again={!!protocol} onFile={(file, now) => void upload.start(file, now)} />}
              {protocol?.status === 'draft' && can('protocols:submit') && (
                <Button
                  variant="contained"
                  color="secondary"
                  startIcon={<SendIcon />}
                  loading={submit.isPending}
                  disabled={upload.busy}
                  onClick={() => submit.mutate(protocol.id)}
                  data-testid="submit-protocol"
                >
                  {t('panel.submit')}
                </Button>
              )}
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t(work.openCodes ? 'panel.templateHintOpen' : 'panel.templateHint')} {canUpload && t('panel.formats')}
            </Typography>
          </Box>

          {templateError !== undefined && <ErrorAlert error={templateError} />}
          {submit.isError && <ErrorAlert error={submit.error} />}
          <UploadOutcome state={upload.state} />

          {protocol && (
            <>
              <Divider />
              <ProtocolHistory protocolId={protocol.id} />
            </>
          )}
        </Stack>
      )}
      <Snackbar
        open={!!message}
        autoHideDuration={5000}
        onClose={() => setMessage(undefined)}
        message={message}
        data-testid="works-snackbar"
      />
    </Paper>
  );
}

/** The current version in one line, and what the status means for the school. */
function StatusDetails({ protocol }: { protocol: Protocol | null }) {
  const { t } = useTranslation(WORKS_NS);
  if (!protocol) return <Typography color="text.secondary">{t('panel.noneHint')}</Typography>;
  const version = protocol.currentVersion;
  const facts = [
    t('panel.version', { number: version.number }),
    version.fileName,
    t('rows', { ns: 'common', count: version.rowCount }),
    `${t('panel.uploadedAt')} ${formatDateTime(version.uploadedAt)}`,
    version.submittedAt && `${t('panel.submittedAt')} ${formatDateTime(version.submittedAt)}`,
    version.reviewedAt && `${t('panel.reviewedAt')} ${formatDateTime(version.reviewedAt)}`,
  ].filter(Boolean);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }} data-testid="protocol-current-version">
        {facts.join(' · ')}
      </Typography>
      {protocol.status === 'returned' && (
        <Alert severity="warning" data-testid="protocol-return-comment">
          <AlertTitle>{t('panel.returnedComment')}</AlertTitle>
          {version.comment && <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{version.comment}</Typography>}
          {t('panel.returnedHint')}
        </Alert>
      )}
      {protocol.status === 'draft' && <Alert severity="info">{t('panel.draftHint')}</Alert>}
      {protocol.status === 'submitted' && <Alert severity="info">{t('panel.submittedHint')}</Alert>}
      {protocol.status === 'accepted' && <Alert severity="success">{t('panel.acceptedHint')}</Alert>}
    </Stack>
  );
}

function UploadOutcome({ state }: { state: UploadState }) {
  const { t } = useTranslation(WORKS_NS);
  switch (state.stage) {
    case 'idle':
      return null;
    case 'sending':
      return <UploadProgress state={state} />;
    case 'done': {
      const rows = t('rows', { ns: 'common', count: state.result.protocol.currentVersion.rowCount });
      return (
        <Alert severity="success" data-testid="upload-result">
          {state.submitted ? t('upload.doneSubmitted', { file: state.fileName, rows }) : t('upload.doneDraft', { file: state.fileName, rows })}
        </Alert>
      );
    }
    case 'rejected':
      return <ProtocolProblems fileName={state.fileName} problems={state.problems} problemCount={state.problemCount} />;
    case 'failed':
      return <ErrorAlert error={state.error} />;
  }
}
