import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_KEY, type Mismatch } from '../data/integration-queries';
import { fullName } from './person';

export type MismatchDecision = 'approve' | 'reject';

interface DecisionForm {
  keepExternalId: string;
  comment: string;
}

/**
 * Approving or rejecting a mismatch, with an optional comment; approving a duplicate names the platform
 * account to keep (the others are merged into it).
 */
export function DecideMismatchDialog({
  mismatch,
  decision,
  onClose,
}: {
  mismatch: Mismatch;
  decision: MismatchDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation('integration');
  const queryClient = useQueryClient();
  const keepLabelId = useId();
  const choosesAccount = decision === 'approve' && mismatch.kind === 'duplicate';
  const { control, register, handleSubmit, setError, formState } = useForm<DecisionForm>({
    defaultValues: { keepExternalId: '', comment: '' },
  });
  const decide = useMutation({
    mutationFn: ({ keepExternalId, comment }: DecisionForm) =>
      unwrap(
        api.POST('/api/v1/integration/mismatches/{id}/decision', {
          params: { path: { id: mismatch.id } },
          body: {
            decision,
            ...(choosesAccount && { keepExternalId }),
            ...(comment.trim() && { comment: comment.trim() }),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [INTEGRATION_KEY] });
      onClose();
    },
    onError: (error) => applyServerErrors(error, setError, ['keepExternalId', 'comment']),
  });
  const { errors } = formState;
  const fieldErrorShown = !!errors.keepExternalId || !!errors.comment;
  return (
    <FormDialog
      title={t(`decide.${decision}Title`, { kind: t(`kind.${mismatch.kind}`) })}
      onClose={onClose}
      onSubmit={(event) => void handleSubmit((values) => decide.mutate(values))(event)}
      submitting={decide.isPending}
      failure={decide.error && !fieldErrorShown ? decide.error.message : undefined}
      submitLabel={t(`report.${decision}`)}
      submitColor={decision === 'reject' ? 'error' : 'primary'}
      testId="mismatch-decision-form"
    >
      {choosesAccount && (
        <Controller
          name="keepExternalId"
          control={control}
          rules={{ required: t('decide.keepRequired') }}
          render={({ field }) => (
            <FormControl error={!!errors.keepExternalId} required>
              <FormLabel id={keepLabelId}>{t('decide.keep')}</FormLabel>
              <RadioGroup {...field} aria-labelledby={keepLabelId}>
                {mismatch.platform.map((person) => (
                  <FormControlLabel
                    key={person.externalId}
                    value={person.externalId}
                    control={<Radio />}
                    label={`${fullName(person)} (${person.externalId})`}
                    data-testid="keep-account"
                  />
                ))}
              </RadioGroup>
              {errors.keepExternalId && <FormHelperText>{errors.keepExternalId.message}</FormHelperText>}
            </FormControl>
          )}
        />
      )}
      <TextField
        {...register('comment')}
        label={t('decide.comment')}
        multiline
        minRows={2}
        error={!!errors.comment}
        helperText={errors.comment?.message}
        slotProps={{ htmlInput: { 'data-testid': 'mismatch-comment', maxLength: 1000 } }}
      />
    </FormDialog>
  );
}
