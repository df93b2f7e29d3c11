import { Checkbox, FormControlLabel, Typography } from '@mui/material';
import { api, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_KEY } from '../data/integration-queries';

/** «Запустить синхронизацию»: the changes since the last success, or (`full`) every record. */
export function StartRunDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('integration');
  const queryClient = useQueryClient();
  const [full, setFull] = useState(false);
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/integration/runs', { body: { full } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [INTEGRATION_KEY] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('start.title')}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate();
      }}
      submitting={start.isPending}
      failure={start.error?.message}
      submitLabel={t('start.submit')}
      testId="start-form"
    >
      <Typography>{t('start.text')}</Typography>
      <FormControlLabel
        control={
          <Checkbox
            checked={full}
            onChange={(event) => setFull(event.target.checked)}
            slotProps={{ input: { 'data-testid': 'start-full' } as InputHTMLAttributes<HTMLInputElement> }}
          />
        }
        label={t('start.full')}
      />
    </FormDialog>
  );
}
