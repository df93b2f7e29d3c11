import { TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { applyServerErrors, isApiError, unwrap } from '../api/problem';
import { FormDialog } from '../components/form-dialog';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function ChangePasswordDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<PasswordForm>({
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const close = (changed: boolean) => {
    reset();
    setFailure(undefined);
    onClose(changed);
  };

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFailure(undefined);
    try {
      await unwrap(api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } }));
      close(true);
    } catch (error) {
      if (isApiError(error, 401) || isApiError(error, 403)) {
        setError('currentPassword', { type: 'server', message: t('password.wrongCurrent') });
      } else if (!applyServerErrors(error, setError, ['currentPassword', 'newPassword'])) {
        setFailure((error as Error).message);
      }
    }
  });

  return (
    <FormDialog
      open={open}
      title={t('password.title')}
      onClose={() => close(false)}
      onSubmit={submit}
      submitting={formState.isSubmitting}
      failure={failure}
      maxWidth="xs"
    >
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        {...register('currentPassword', { required: t('form.required') })}
        error={!!formState.errors.currentPassword}
        helperText={formState.errors.currentPassword?.message}
      />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        {...register('newPassword', {
          required: t('form.required'),
          minLength: { value: 10, message: t('password.tooShort') },
        })}
        error={!!formState.errors.newPassword}
        helperText={formState.errors.newPassword?.message}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        {...register('repeat', {
          validate: (value) => value === getValues('newPassword') || t('password.mismatch'),
        })}
        error={!!formState.errors.repeat}
        helperText={formState.errors.repeat?.message}
      />
    </FormDialog>
  );
}
