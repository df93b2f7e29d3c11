import { Alert, Button, Stack } from '@mui/material';
import { api, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_KEY } from '../data/integration-queries';

/**
 * «Сверить»: reconciles one school (or, without `schoolId`, every school of the region) with the platform's
 * records as stored now, then says how many schools and new mismatches it found.
 */
export function ReconcileButton({ schoolId }: { schoolId?: string }) {
  const { t } = useTranslation('integration');
  const queryClient = useQueryClient();
  const reconcile = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/integration/reconciliations', { body: schoolId ? { schoolId } : {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [INTEGRATION_KEY] }),
  });
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        onClick={() => reconcile.mutate()}
        loading={reconcile.isPending}
        data-testid="reconcile"
      >
        {t('reconcile.action')}
      </Button>
      {reconcile.data && (
        <Alert severity="success" role="status" data-testid="reconcile-result">
          {t('reconcile.done', { schools: reconcile.data.schools, count: reconcile.data.newMismatches })}
        </Alert>
      )}
      {reconcile.error && (
        <Alert severity="error" role="alert">
          {reconcile.error.message}
        </Alert>
      )}
    </Stack>
  );
}
