import { MenuItem, TextField } from '@mui/material';
import { api, formatDate, FormDialog, unwrap } from '@orbita/web/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys, useWorks, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';

interface LinkValues {
  workId: string;
  participantCode: string;
}

/** Links the student to the participant code they wrote a diagnostic work under: their results follow. */
export function LinkCodeDialog({ student, onClose }: { student: Student; onClose: () => void }) {
  const { t } = useTranslation('classes');
  const works = useWorks();
  const form = useForm<LinkValues>({ defaultValues: { workId: '', participantCode: '' } });
  const { control, register, formState } = form;
  const required = t('form.required', { ns: 'common' });

  const submit = useEnrollmentSubmit({
    form,
    fields: ['workId', 'participantCode'],
    send: (values) =>
      unwrap(
        api.POST('/api/v1/students/{id}/participant-codes', {
          params: { path: { id: student.id } },
          body: { workId: values.workId, participantCode: values.participantCode.trim() },
        }),
      ),
    refresh: keys.trajectory(student.id),
    onDone: () => onClose(),
  });

  return (
    <FormDialog
      title={t('codes.linkTitle')}
      submitLabel={t('codes.link')}
      onClose={onClose}
      testId="link-code-dialog"
      {...submit}
    >
      <Controller
        control={control}
        name="workId"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('codes.work')}
            {...field}
            error={!!fieldState.error || works.isError}
            helperText={
              fieldState.error?.message ?? (works.isError ? t('codes.worksUnavailable') : undefined)
            }
          >
            {(works.data ?? []).map((work) => (
              <MenuItem key={work.workId} value={work.workId}>
                {work.title} · {formatDate(work.windowFrom)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        label={t('codes.code')}
        {...register('participantCode', {
          validate: (value) => value.trim() !== '' || required,
          maxLength: { value: 50, message: t('form.maxLength', { count: 50 }) },
        })}
        error={!!formState.errors.participantCode}
        helperText={formState.errors.participantCode?.message ?? t('codes.codeHint')}
      />
    </FormDialog>
  );
}
