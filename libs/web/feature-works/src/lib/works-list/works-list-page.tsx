import { PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { WorksGrid } from './works-grid';

const toWork = (work: { id: string }) => `/works/${work.id}`;

/** `/works`: the diagnostic works the user may see (a school sees the works its school takes). */
export function WorksListPage() {
  const { t } = useTranslation(WORKS_NS);
  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <WorksGrid linkTo={toWork} />
    </>
  );
}
