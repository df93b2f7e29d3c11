import { PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';

export function MyWorksPage() {
  const { t } = useTranslation('projects');
  return <PageHeader title={t('expert.title')} />;
}
