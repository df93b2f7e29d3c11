import { useCan, type Schemas } from '@orbita/web/core';
import { useCallback, useMemo } from 'react';
import { useSubjects } from './analytics-queries';
import { useTranslation } from 'react-i18next';
import '../i18n';

type WorkKind = Schemas['Work']['kind'];

/** Russian/English names of work kinds, subjects (unknown codes as the API's title or the code) and grades. */
export function useWorkLabels() {
  const { t } = useTranslation('analytics');
  const kind = useCallback((value: WorkKind) => t(`kinds.${value}`), [t]);
  const subject = useCallback(
    (code: string, title?: string) => t(`subjects.${code}`, { defaultValue: title ?? code }),
    [t],
  );
  const grades = useCallback(
    (values: readonly number[]) => t('gradeValue', { grades: values.join(', ') }),
    [t],
  );
  return useMemo(() => ({ kind, subject, grades }), [kind, subject, grades]);
}

/**
 * The name of a profile subject in the user's language: the translation of a known code, else the
 * title the API gives (Russian), else the code.
 */
export function useSubjectLabel(): (code: string) => string {
  const { t } = useTranslation('analytics');
  const can = useCan();
  const subjects = useSubjects(can('classes:read'));
  const titles = useMemo(
    () => new Map((subjects.data ?? []).map((item) => [item.code, item.title])),
    [subjects.data],
  );
  return useCallback(
    (code: string) => t(`subjects.${code}`, { defaultValue: titles.get(code) ?? code }),
    [t, titles],
  );
}
