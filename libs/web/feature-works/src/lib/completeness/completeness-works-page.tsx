import { PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { WorksGrid } from '../works-list/works-grid';

const toBoard = (work: { id: string }) => `/works/${work.id}/completeness`;

/** `/completeness`: pick a work to see which schools have submitted their protocols. */
export function CompletenessWorksPage() {
  const { t } = useTranslation(WORKS_NS);
  return (
    <>
      <PageHeader title={t('completeness.title')} subtitle={t('completeness.pickWork')} />
      <WorksGrid linkTo={toBoard} />
    </>
  );
}
