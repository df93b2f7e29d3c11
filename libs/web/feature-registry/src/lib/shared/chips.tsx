import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

/** Whether an organisation is active (inactive ones stay in the registry for history). */
export function ActiveChip({ active }: { active: boolean }) {
  const { t } = useTranslation(REGISTRY_NS);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={active ? 'success' : 'default'}
      label={t(active ? 'activity.active' : 'activity.inactive')}
    />
  );
}
