import { TextField, Typography } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, type StudioApplication } from '../data/studios-queries';
import { problemText } from '../shared/problem';

export type Decision = 'approve' | 'return' | 'reject';

/** The centre's decision on an application: approving opens the studio; returning or rejecting says why. */
export function DecideDialog({
  application,
  decision,
  schoolName,
  onClose,
}: {
  application: StudioApplication;
  decision: Decision;
  schoolName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const needsComment = decision !== 'approve';
  const { register, handleSubmit, setError, formState } = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const decide = useMutation({
    mutationFn: ({ comment }: { comment: string }) =>
      unwrap(
        api.POST('/api/v1/studio-applications/{id}/decision', {
          params: { path: { id: application.id } },
          body: { decision, ...(comment.trim() && { comment: comment.trim() }) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
    onError: (error) => applyServerErrors(error, setError, ['comment']),
  });
  const error = formState.errors.comment;
  return (
    <FormDialog
      title={t(`decide.${decision}Title`)}
      onClose={onClose}
      onSubmit={handleSubmit((values) => decide.mutate(values))}
      submitting={decide.isPending}
      failure={decide.error && !error ? problemText(decide.error) : undefined}
      submitLabel={t(`decide.${decision}`)}
      submitColor={decision === 'reject' ? 'error' : 'primary'}
      testId="decide-form"
    >
      <Typography>
        {schoolName}: {application.direction} — «{application.theme}»
      </Typography>
      <TextField
        {...register('comment', {
          validate: (value) => !needsComment || value.trim() !== '' || tc('form.required'),
        })}
        label={t(needsComment ? `decide.${decision}Comment` : 'decide.optionalComment')}
        required={needsComment}
        multiline
        minRows={3}
        error={!!error}
        helperText={error?.message}
        slotProps={{ htmlInput: { 'data-testid': 'decide-comment', maxLength: 2000 } }}
      />
    </FormDialog>
  );
}
