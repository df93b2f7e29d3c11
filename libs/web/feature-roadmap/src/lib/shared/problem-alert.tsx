import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { fieldErrorsOf, isApiError } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problem-message';

/** A failed upload or change: what went wrong in the user's language, the server's words and reference under it. */
export function ProblemAlert({ error, action }: { error: unknown; action?: ReactNode }) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const { message, detail } = problemMessage(t, error);
  const fields = Object.entries(fieldErrorsOf(error));
  const correlationId = isApiError(error) ? error.problem.correlationId : undefined;
  return (
    <Alert severity="error" role="alert" action={action} data-testid="problem-alert">
      <AlertTitle>{message}</AlertTitle>
      {detail && detail !== message && <Typography variant="body2">{detail}</Typography>}
      {fields.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {fields.map(([field, text]) => (
            <li key={field}>
              <Typography variant="body2">{field}: {text}</Typography>
            </li>
          ))}
        </Box>
      )}
      {correlationId && (
        <Typography variant="caption" component="div" color="text.secondary">
          {tc('states.correlation', { id: correlationId })}
        </Typography>
      )}
    </Alert>
  );
}
