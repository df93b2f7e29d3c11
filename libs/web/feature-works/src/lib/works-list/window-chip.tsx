import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { windowState } from '../shared/dates';

/** Whether a work's window is open today, upcoming or over. */
export function WindowChip({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation(WORKS_NS);
  const state = windowState(from, to);
  const color = state === 'open' ? 'success' : state === 'upcoming' ? 'info' : 'default';
  return <Chip size="small" variant="outlined" color={color} label={t(`window.${state}`)} data-testid="window-state" />;
}
