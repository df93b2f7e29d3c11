import { TextField, Typography } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, type CreditFact } from '../data/studios-queries';
import { problemText } from '../shared/problem';

/** Rejecting a fact says why: the school reads the reason beside it. */
export function RejectFactDialog({ fact, indicatorName, onClose }: { fact: CreditFact; indicatorName: string; onClose: () => void }) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const reject = useMutation({
    mutationFn: ({ reason }: { reason: string }) =>
      unwrap(
        api.POST('/api/v1/credit-facts/{id}/verification', {
          params: { path: { id: fact.id } },
          body: { verdict: 'reject', reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
    onError: (error) => applyServerErrors(error, setError, ['reason']),
  });
  const error = formState.errors.reason;
  return (
    <FormDialog
      title={t('verify.rejectTitle')}
      onClose={onClose}
      onSubmit={handleSubmit((values) => reject.mutate(values))}
      submitting={reject.isPending}
      failure={reject.error && !error ? problemText(reject.error) : undefined}
      submitLabel={t('verify.reject')}
      submitColor="error"
      testId="reject-fact-form"
    >
      <Typography>
        {indicatorName}: {fact.description}
      </Typography>
      <TextField
        {...register('reason', { validate: (value) => value.trim() !== '' || tc('form.required') })}
        label={t('verify.reason')}
        required
        multiline
        minRows={3}
        error={!!error}
        helperText={error?.message}
        slotProps={{ htmlInput: { 'data-testid': 'reject-fact-reason', maxLength: 2000 } }}
      />
    </FormDialog>
  );
}
