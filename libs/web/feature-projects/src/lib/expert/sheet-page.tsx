import { PageHeader } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';

export function SheetPage() {
  const { t } = useTranslation('projects');
  return <PageHeader title={t('sheet.title')} />;
}
