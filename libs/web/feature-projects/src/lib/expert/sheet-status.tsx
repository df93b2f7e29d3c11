import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ExpertSheet } from '../data/projects-queries';

const COLOR = { draft: 'warning', submitted: 'success', reopened: 'error' } as const;

/** A sheet's state; a sheet never saved has none: «Не начат». */
export function SheetStatusChip({ status }: { status: ExpertSheet['status'] | undefined }) {
  const { t } = useTranslation('projects');
  return (
    <Chip
      size="small"
      variant={status ? 'filled' : 'outlined'}
      color={status ? COLOR[status] : 'default'}
      label={t(`sheetStatus.${status ?? 'none'}`)}
      data-testid="sheet-status"
    />
  );
}
