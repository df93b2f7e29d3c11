import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

// The gateway's own rules (libs/contracts registry DTOs), checked before sending.
const PHONE = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const INN = /^(\d{10}|\d{12})$/;

/** Validation rules of the registry's forms, with their messages in the user's language. */
export function useRules() {
  const { t } = useTranslation([REGISTRY_NS, 'common']);
  return useMemo(() => {
    const maxLength = (max: number) => ({ value: max, message: t('validation.tooLong', { max }) });
    const pattern = (value: RegExp, key: string) => ({ value, message: t(`validation.${key}`) });
    return {
      required: t('common:form.required'),
      maxLength,
      text: (max: number, required = false) => ({
        required: required ? t('common:form.required') : false,
        maxLength: maxLength(max),
        validate: (value: unknown) =>
          !required || typeof value !== 'string' || value.trim() !== '' || t('common:form.required'),
      }),
      email: { pattern: pattern(EMAIL, 'email'), maxLength: maxLength(254) },
      phone: { pattern: pattern(PHONE, 'phone') },
      website: { pattern: pattern(WEBSITE, 'website'), maxLength: maxLength(300) },
      inn: { pattern: pattern(INN, 'inn') },
    };
  }, [t]);
}

/** A form's text as the API wants it: trimmed, and null for nothing. */
export function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
