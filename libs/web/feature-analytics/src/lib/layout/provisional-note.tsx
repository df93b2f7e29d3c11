import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import '../i18n';

/**
 * «Предварительные данные»: figures that come from protocols the regional centre has not accepted yet —
 * a return would take them out again.
 */
export function ProvisionalNote({ own, regionSchools }: { own?: boolean; regionSchools: number }) {
  const { t } = useTranslation('analytics');
  if (!own && regionSchools === 0) return null;
  return (
    <Alert severity="info" data-testid="provisional-note">
      <strong>{t('provisional.title')}</strong>{' '}
      {own ? t('provisional.school') : t('provisional.region', { count: regionSchools })}
    </Alert>
  );
}
