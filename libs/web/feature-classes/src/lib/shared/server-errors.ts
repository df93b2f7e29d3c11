import { applyServerErrors, fieldErrorsOf, isApiError } from '@orbita/web/core';
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** Enrollment refusals the user gets in their own words (the server's are English, for developers). */
const KNOWN_CODES = [
  'DUPLICATE_CLASS',
  'UNKNOWN_SUBJECT',
  'CLASS_HAS_STUDENTS',
  'STALE_REVISION',
  'ALREADY_ENROLLED',
  'NOT_ENROLLED',
  'SCHOOL_MISMATCH',
  'DUPLICATE_ORDER',
  'ORDER_NOT_FOUND',
  'CLASS_NOT_FOUND',
  'STUDENT_NOT_FOUND',
  'SCHOOL_NOT_FOUND',
  'SCHOOL_REQUIRED',
  'UNKNOWN_WORK',
  'PARTICIPANT_CODE_NOT_ISSUED',
  'WORK_NOT_FOR_GRADE',
  'PARTICIPANT_CODE_TAKEN',
  'ALREADY_LINKED',
  'CAMPAIGN_NOT_FOUND',
  'NOT_RECOMMENDED',
  'CAMPAIGN_MISMATCH',
  'NO_SCORE',
  'BASIS_INVALID',
] as const;

/** Which form field a known refusal concerns, where the server names none (or another). */
export type FieldOfCode<T extends FieldValues> = Partial<Record<(typeof KNOWN_CODES)[number], Path<T>>>;

/**
 * Puts a failed request's message at the form field it concerns (known refusals translated, validation
 * errors as the server words them). Returns what the form must show as a whole, or undefined.
 */
export function placeServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: TFunction,
  fieldOfCode: FieldOfCode<T> = {},
): Error | undefined {
  if (isApiError(error)) {
    const code = (KNOWN_CODES as readonly string[]).find((known) => error.code === `ENROLLMENT.${known}`) as
      (typeof KNOWN_CODES)[number] | undefined;
    if (code) {
      const message = t(`errors.${code}`, { ns: 'classes' });
      const serverField = Object.keys(fieldErrorsOf(error))[0];
      const field =
        fieldOfCode[code] ??
        ((fields as readonly string[]).includes(serverField) ? (serverField as Path<T>) : undefined);
      if (field) {
        setError(field, { type: 'server', message });
        return undefined;
      }
      return new Error(message);
    }
  }
  if (applyServerErrors(error, setError, fields)) return undefined;
  return error instanceof Error ? error : new Error(String(error));
}
