import { Typography, type ButtonProps } from '@mui/material';
import { FormDialog } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { INTEGRATION_KEY } from '../data/integration-queries';

/**
 * Asks before a decision that changes what the sync applies; on success every sync query is read again
 * and the dialog closes, a refusal shows in it in the gateway's words.
 */
export function ConfirmDialog({
  title,
  text,
  submitLabel,
  submitColor,
  testId,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  submitLabel: string;
  submitColor?: ButtonProps['color'];
  testId: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: onConfirm,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [INTEGRATION_KEY] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate();
      }}
      submitting={confirm.isPending}
      failure={confirm.error?.message}
      submitLabel={submitLabel}
      submitColor={submitColor}
      testId={testId}
    >
      <Typography>{text}</Typography>
    </FormDialog>
  );
}
