import { MenuItem, TextField } from '@mui/material';
import { api, formatDate, unwrap } from '@orbita/web/core';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys, type Student } from '../shared/queries';
import { placeServerError } from '../shared/server-errors';
import { StudentDialog } from './student-dialog';

interface LinkValues {
  workId: string;
  participantCode: string;
}

/** Links the student to the participant code they wrote a diagnostic work under: their results follow. */
export function LinkCodeDialog({ student, onClose }: { student: Student; onClose: () => void }) {
  const { t } = useTranslation('classes');
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Error>();
  const works = useQuery({
    queryKey: keys.works,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/works', { params: { query: { pageSize: 200, sort: '-windowFrom' } } })))
        .items,
  });
  const { control, register, handleSubmit, formState, setError } = useForm<LinkValues>({
    defaultValues: { workId: '', participantCode: '' },
  });
  const required = t('form.required', { ns: 'common' });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/api/v1/students/{id}/participant-codes', {
          params: { path: { id: student.id } },
          body: { workId: values.workId, participantCode: values.participantCode.trim() },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: keys.trajectory(student.id) });
      onClose();
    } catch (error) {
      setFailure(placeServerError(error, setError, ['workId', 'participantCode'], t));
    }
  });

  return (
    <StudentDialog
      title={t('codes.linkTitle')}
      submitLabel={t('codes.link')}
      submitting={formState.isSubmitting}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
      testId="link-code-dialog"
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
    </StudentDialog>
  );
}
