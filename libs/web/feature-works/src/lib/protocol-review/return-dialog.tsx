import { DialogContentText, TextField } from '@mui/material';
import { api, applyServerErrors, ErrorAlert, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';

interface ReturnForm {
  comment: string;
}

/** «Вернуть»: the comment the school must act on, required; server field errors land at the field. */
export function ReturnDialog({
  protocolId,
  open,
  onClose,
  onReturned,
}: {
  protocolId: string;
  open: boolean;
  onClose: () => void;
  onReturned: () => Promise<unknown>;
}) {
  const { t } = useTranslation(WORKS_NS);
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<ReturnForm>({ defaultValues: { comment: '' } });
  const { register, handleSubmit, setError, reset, formState } = form;
  const send = useMutation({
    mutationFn: (values: ReturnForm) =>
      unwrap(
        api.POST('/api/v1/protocols/{id}/return', {
          params: { path: { id: protocolId } },
          body: { comment: values.comment.trim() },
        }),
      ),
  });

  const close = () => {
    if (send.isPending) return;
    reset();
    setFailure(undefined);
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await send.mutateAsync(values);
      reset();
      await onReturned();
    } catch (error) {
      if (!applyServerErrors(error, setError, ['comment'])) setFailure(error);
    }
  });

  return (
    <FormDialog
      open={open}
      title={t('review.returnTitle')}
      submitLabel={t('review.confirmReturn')}
      submitColor="warning"
      onClose={close}
      onSubmit={submit}
      submitting={send.isPending}
      testId="return-protocol-form"
      submitTestId="confirm-return"
    >
      <DialogContentText>{t('review.returnHint')}</DialogContentText>
      <TextField
        {...register('comment', {
          validate: (value) => value.trim().length > 0 || t('form.required', { ns: 'common' }),
          maxLength: { value: 4000, message: t('review.commentTooLong') },
        })}
        label={t('review.comment')}
        placeholder={t('review.commentHint')}
        required
        autoFocus
        fullWidth
        multiline
        minRows={3}
        error={!!formState.errors.comment}
        helperText={formState.errors.comment?.message ?? t('review.commentHint')}
        slotProps={{ htmlInput: { 'data-testid': 'return-comment', maxLength: 4000 } }}
      />
      {failure !== undefined && <ErrorAlert error={failure} />}
    </FormDialog>
  );
}
