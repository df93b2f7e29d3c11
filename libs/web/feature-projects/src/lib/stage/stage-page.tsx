import { PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';

export function StagePage() {
  const { t } = useTranslation('projects');
  return <PageHeader title={t('stage.title')} />;
}
