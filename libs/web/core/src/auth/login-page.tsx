import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { useSession } from './session';

interface LoginForm {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const [failure, setFailure] = useState<string>();
  const { register, handleSubmit, formState } = useForm<LoginForm>({ defaultValues: { email: '', password: '' } });

  const submit = handleSubmit(async ({ email, password }) => {
    setFailure(undefined);
    try {
      await login(email.trim(), password);
    } catch (error) {
      setFailure(isApiError(error, 429) ? t('login.tooMany') : isApiError(error) && error.status < 500 ? t('login.failed') : String((error as Error).message));
    }
  });

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Paper component="form" onSubmit={submit} noValidate sx={{ p: 4, width: '100%', maxWidth: 400 }}>
        <Stack spacing={2}>
          <Box>
            <Typography variant="h5" component="h1">{t('login.title')}</Typography>
            <Typography variant="body2" color="text.secondary">{t('appTagline')}</Typography>
          </Box>
          {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          <TextField
            label={t('login.email')}
            type="email"
            autoComplete="username"
            autoFocus
            {...register('email', { required: t('form.required') })}
            error={!!formState.errors.email}
            helperText={formState.errors.email?.message}
          />
          <TextField
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            {...register('password', { required: t('form.required') })}
            error={!!formState.errors.password}
            helperText={formState.errors.password?.message}
          />
          <Button type="submit" variant="contained" size="large" loading={formState.isSubmitting}>
            {t('login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
