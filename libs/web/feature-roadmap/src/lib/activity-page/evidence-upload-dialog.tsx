import AttachFileIcon from '@mui/icons-material/AttachFile';
import {
  Box,
  Button,
  FormHelperText,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { applyServerErrors, FormDialog, uploadFile, type Schemas } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROADMAP_KEY, type ActivityDetail } from '../data/roadmap-queries';
import { ProblemAlert } from '../shared/problem-alert';

/** The registry's default limit (EVIDENCE_MAX_BYTES); the server has the last word. */
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.odt,.jpg,.jpeg,.png';

interface UploadForm {
  deliverableId: string;
  schoolId: string;
  file: File | null;
}

type Attached = Schemas['AttachedEvidence'];

/**
 * Uploads one document as evidence of an expected document, with a progress bar. Region-wide accounts
 * say which school it is from (or none); a school account's upload is always its own school's.
 */
export function EvidenceUploadDialog({
  activity,
  deliverableId,
  schools,
  defaultSchoolId,
  onClose,
}: {
  activity: ActivityDetail;
  deliverableId: string;
  /** Schools to choose from (region-wide accounts on activities schools take part in); else none. */
  schools: { id: string; name: string }[] | undefined;
  defaultSchoolId: string;
  onClose: (attached?: Attached) => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const { control, handleSubmit, setError, formState } = useForm<UploadForm>({
    defaultValues: { deliverableId, schoolId: defaultSchoolId, file: null },
  });

  const upload = useMutation({
    mutationFn: (values: UploadForm) => {
      const form = new FormData();
      form.append('deliverableId', values.deliverableId);
      if (schools && values.schoolId) form.append('schoolId', values.schoolId);
      form.append('file', values.file as File);
      setProgress(0);
      return uploadFile<Attached>(`/api/v1/roadmap-activities/${activity.id}/evidence`, form, setProgress);
    },
    onSuccess: async (attached) => {
      await queryClient.invalidateQueries({ queryKey: [ROADMAP_KEY] });
      onClose(attached);
    },
    onError: (error) => applyServerErrors(error, setError, ['deliverableId', 'schoolId', 'file']),
  });

  const busy = upload.isPending;
  return (
    <FormDialog
      title={t('upload.title')}
      submitLabel={t('upload.submit')}
      onClose={() => onClose()}
      onSubmit={handleSubmit((values) => upload.mutate(values))}
      submitting={busy}
      dialogTestId="evidence-upload-dialog"
      submitTestId="evidence-upload-submit"
    >
      <Controller
        name="deliverableId"
        control={control}
        rules={{ required: tc('form.required') }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label={t('upload.deliverable')}
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            disabled={busy}
          >
            {activity.deliverables.map((deliverable) => (
              <MenuItem key={deliverable.id} value={deliverable.id}>
                {deliverable.title}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {schools && (
        <Controller
          name="schoolId"
          control={control}
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              select
              label={t('upload.school')}
              error={!!fieldState.error}
              helperText={fieldState.error?.message}
              disabled={busy}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              data-testid="evidence-upload-school"
            >
              <MenuItem value="">{t('upload.wholeActivity')}</MenuItem>
              {schools.map((school) => (
                <MenuItem key={school.id} value={school.id}>
                  {school.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}
      <Controller
        name="file"
        control={control}
        rules={{
          validate: (file) =>
            !file ? t('upload.fileRequired') : file.size > MAX_BYTES ? t('upload.tooLarge') : true,
        }}
        render={({ field, fieldState }) => (
          <Box>
            <Stack
              direction={{ xs: 'column', sm: 'row' }}
              spacing={1.5}
              sx={{ alignItems: { sm: 'center' } }}
            >
              <Button
                component="label"
                variant="outlined"
                startIcon={<AttachFileIcon />}
                disabled={busy}
                sx={{ flexShrink: 0 }}
              >
                {t('upload.chooseFile')}
                <input
                  type="file"
                  hidden
                  accept={ACCEPT}
                  aria-label={t('upload.file')}
                  data-testid="evidence-file-input"
                  onChange={(event) => {
                    field.onChange(event.target.files?.[0] ?? null);
                    event.target.value = '';
                  }}
                />
              </Button>
              <Typography
                variant="body2"
                color={field.value ? 'text.primary' : 'text.secondary'}
                sx={{ overflowWrap: 'anywhere' }}
                data-testid="evidence-file-name"
              >
                {field.value?.name ?? t('upload.noFile')}
              </Typography>
            </Stack>
            <FormHelperText error={!!fieldState.error}>
              {fieldState.error?.message ?? t('upload.formats')}
            </FormHelperText>
          </Box>
        )}
      />
      {busy && (
        <Box data-testid="upload-progress">
          <LinearProgress
            variant="determinate"
            value={Math.round(progress * 100)}
            aria-label={t('upload.progress', { percent: Math.round(progress * 100) })}
          />
          <Typography variant="caption" color="text.secondary">
            {t('upload.progress', { percent: Math.round(progress * 100) })}
          </Typography>
        </Box>
      )}
      {upload.isError && !formState.isSubmitting && <ProblemAlert error={upload.error} />}
    </FormDialog>
  );
}
