import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Button, FormHelperText, LinearProgress, Stack, Typography } from '@mui/material';
import { downloadFile, FormDialog, uploadFile } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, type CreditFact } from '../data/studios-queries';
import { problemText } from '../shared/problem';

/** What the service takes as evidence (judged by content there; this only filters the file picker). */
const ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.odt,.jpg,.jpeg,.png';
const MAX_BYTES = 30 * 1024 * 1024;

/** A fact's evidence file (listed with the fact) to download under its name, or a dash while it has none. */
export function EvidenceLink({ fact }: { fact: CreditFact }) {
  const { t } = useTranslation('studios');
  const evidence = fact.evidence;
  const [failed, setFailed] = useState<unknown>(null);
  if (!evidence) return <>—</>;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        size="small"
        startIcon={<AttachFileIcon />}
        aria-label={t('evidence.downloadNamed', { name: evidence.fileName })}
        onClick={() => {
          setFailed(null);
          downloadFile(`/api/v1/credit-facts/${fact.id}/evidence/content`, evidence.fileName).catch(setFailed);
        }}
        sx={{ textTransform: 'none', overflowWrap: 'anywhere', textAlign: 'left' }}
        data-testid="fact-evidence"
      >
        {evidence.fileName}
      </Button>
      {!!failed && (
        <Typography variant="body2" color="error" role="alert">
          {problemText(failed)}
        </Typography>
      )}
    </Stack>
  );
}

/** Attaches (or replaces) a pending fact's evidence file; the centre downloads it while verifying. */
export function AttachEvidenceDialog({ fact, onClose }: { fact: CreditFact; onClose: () => void }) {
  const { t } = useTranslation('studios');
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const { control, handleSubmit } = useForm<{ file: File | null }>({ defaultValues: { file: null } });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return uploadFile(`/api/v1/credit-facts/${fact.id}/evidence`, form, setProgress);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('evidence.title')}
      onClose={onClose}
      onSubmit={handleSubmit(({ file }) => upload.mutate(file as File))}
      submitting={upload.isPending}
      failure={problemText(upload.error)}
      submitLabel={t('evidence.upload')}
      testId="evidence-form"
    >
      <Typography>{fact.description}</Typography>
      <Controller
        name="file"
        control={control}
        rules={{ validate: (file) => (!file ? t('evidence.fileRequired') : file.size > MAX_BYTES ? t('evidence.tooLarge') : true) }}
        render={({ field, fieldState }) => (
          <Box>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
              <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={upload.isPending}>
                {t('evidence.choose')}
                <input
                  type="file"
                  hidden
                  accept={ACCEPT}
                  aria-label={t('evidence.file')}
                  data-testid="evidence-file-input"
                  onChange={(event) => {
                    field.onChange(event.target.files?.[0] ?? null);
                    event.target.value = '';
                  }}
                />
              </Button>
              <Typography variant="body2" color={field.value ? 'text.primary' : 'text.secondary'} sx={{ overflowWrap: 'anywhere' }}>
                {field.value?.name ?? t('evidence.noFile')}
              </Typography>
            </Stack>
            <FormHelperText error={!!fieldState.error}>{fieldState.error?.message ?? t('evidence.formats')}</FormHelperText>
          </Box>
        )}
      />
      {upload.isPending && <LinearProgress variant="determinate" value={progress * 100} aria-label={t('evidence.progress')} />}
    </FormDialog>
  );
}
