import { formatDate, formatNumber, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { useWorkLabels } from '../data/labels';
import { useSchoolYearLabel } from '../school-year/school-year-select';
import '../i18n';

/** «Промежуточная · Математика · 7 класс · 2024/25 · 02.12.2024–05.12.2024 · макс. 15» */
export function WorkSubtitle({ work }: { work: Schemas['AnalysedWork'] }) {
  const { t } = useTranslation('analytics');
  const labels = useWorkLabels();
  const year = useSchoolYearLabel();
  return (
    <>
      {[
        labels.kind(work.kind),
        labels.subject(work.subject),
        labels.grades(work.grades),
        year(work.schoolYear),
        `${formatDate(work.windowFrom)}–${formatDate(work.windowTo)}`,
        t('maxTotal', { max: formatNumber(work.maxTotal, 2) }),
      ].join(' · ')}
    </>
  );
}
