import { applyServerErrors, fieldErrorsOf, isApiError } from '@orbita/web/core';
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

/**
 * Submitting a registry form: the rules run first (react-hook-form), then `save`; the server's field
 * errors land at their fields (in the user's language where the problem code is known), the rest
 * (a stale version, say) in `failure` above the fields.
 */
export function useSaveForm<T extends FieldValues, R>({
  form,
  fields,
  save,
  onSaved,
}: {
  form: UseFormReturn<T>;
  fields: readonly FieldPath<T>[];
  save: (values: T) => Promise<R>;
  onSaved: (result: R) => void;
}) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const [failure, setFailure] = useState<string>();

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      onSaved(await save(values));
    } catch (error) {
      const key = isApiError(error) && error.code ? `serverErrors.${error.code}` : undefined;
      const known = key && i18n.exists(key, { ns: REGISTRY_NS }) ? t(key) : undefined;
      if (known) {
        const atFields = Object.keys(fieldErrorsOf(error)).filter((field): field is FieldPath<T> =>
          (fields as readonly string[]).includes(field),
        );
        atFields.forEach((field) => form.setError(field, { type: 'server', message: known }));
        if (atFields.length === 0) setFailure(known);
      } else if (!applyServerErrors(error, form.setError, fields)) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    }
  });

  return { submit, failure, clearFailure: () => setFailure(undefined) };
}
