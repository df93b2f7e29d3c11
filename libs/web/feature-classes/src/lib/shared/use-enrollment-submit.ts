import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { placeServerError, type FieldOfCode } from './server-errors';

/**
 * Submitting an enrollment form (a class, an order, an enrollment, a transfer…): the rules run first,
 * then `send`; the queries under `refresh` reload and `onDone` gets the result. A refusal lands at the
 * field it concerns (see `placeServerError`), else in `failure`. The result spreads into `FormDialog`.
 */
export function useEnrollmentSubmit<T extends FieldValues, R>({
  form,
  fields,
  fieldOfCode,
  send,
  refresh,
  onDone,
}: {
  form: Pick<UseFormReturn<T>, 'handleSubmit' | 'setError' | 'formState'>;
  fields: readonly Path<T>[];
  fieldOfCode?: FieldOfCode<T>;
  send: (values: T) => Promise<R>;
  refresh: QueryKey;
  onDone: (result: R) => void;
}) {
  const { t } = useTranslation('classes');
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Error>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const result = await send(values);
      await queryClient.invalidateQueries({ queryKey: refresh });
      onDone(result);
    } catch (error) {
      setFailure(placeServerError(error, form.setError, fields, t, fieldOfCode));
    }
  });

  return { onSubmit, failure: failure?.message, submitting: form.formState.isSubmitting };
}
