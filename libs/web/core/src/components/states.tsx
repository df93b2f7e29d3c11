import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../api/problem';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack role="status" aria-live="polite" direction="row" spacing={2} sx={{ p: 3, alignItems: "center" }}>
      <CircularProgress size={24} />
      <Typography color="text.secondary">{label ?? t('states.loading')}</Typography>
    </Stack>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }} data-testid="empty-state">
      <Typography color="text.secondary">{children ?? t('states.empty')}</Typography>
    </Box>
  );
}

/** A failed request as the user should see it: the server's words, and the reference to quote. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = isApiError(error) ? error.problem : undefined;
  return (
    <Alert
      severity="error"
      role="alert"
      action={onRetry && <Button color="inherit" size="small" onClick={onRetry}>{t('states.retry')}</Button>}
    >
      <AlertTitle>{problem?.title ?? t('states.error')}</AlertTitle>
      {problem?.detail ?? (error instanceof Error ? error.message : String(error))}
      {problem?.correlationId && (
        <Typography variant="caption" component="div" color="text.secondary">
          {t('states.correlation', { id: problem.correlationId })}
        </Typography>
      )}
    </Alert>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ p: 4, alignItems: 'flex-start' }} data-testid="not-found">
      <Typography variant="h5" component="h1">{t('states.notFound')}</Typography>
      <Typography color="text.secondary">{t('states.notFoundHint')}</Typography>
      <Button component={RouterLink} to="/" variant="outlined">{t('states.toHome')}</Button>
    </Stack>
  );
}

/**
 * The three states of a query in one place: loading, error (404 and 403 as "not found", so a tampered
 * URL tells nothing about what exists), empty, else the content.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 403)) return <NotFound />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}
