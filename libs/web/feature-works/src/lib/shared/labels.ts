import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import type { Work } from './types';

/** Words for a work's codes: kind, subject (unknown codes shown as they are), school year, grades. */
export function useWorkLabels() {
  const { t } = useTranslation(WORKS_NS);
  const kind = useCallback((value: Work['kind']) => t(`kinds.${value}`), [t]);
  const subject = useCallback((value: string) => t(`subjects.${value}`, { defaultValue: value }), [t]);
  const schoolYear = useCallback(
    (year: number) => t('schoolYear', { from: year, to: String((year + 1) % 100).padStart(2, '0') }),
    [t],
  );
  const grades = useCallback(
    (values: number[]) => t('grades', { count: values.length, list: values.join(', ') }),
    [t],
  );
  return useMemo(() => ({ kind, subject, schoolYear, grades }), [kind, subject, schoolYear, grades]);
}
