import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import { Chip, Stack, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS, type Activity, type ActivityState } from '../data/roadmap-queries';

type Markable = Pick<Activity, 'state' | 'overdue' | 'daysLeft' | 'nextDeadline' | 'missingDeliverableCount'>;

/** Not done and the next deadline within {@link DUE_SOON_DAYS} days (today included). */
export function isDueSoon(activity: Markable): boolean {
  return (
    activity.state !== 'done' &&
    !activity.overdue &&
    activity.daysLeft !== null &&
    activity.daysLeft >= 0 &&
    activity.daysLeft <= DUE_SOON_DAYS
  );
}

export const STATE_COLOURS: Record<ActivityState, ChipProps['color']> = {
  planned: 'default',
  in_progress: 'info',
  done: 'success',
  overdue: 'error',
};

export function StateChip({ state, size = 'small' }: { state: ActivityState; size?: ChipProps['size'] }) {
  const { t } = useTranslation('roadmap');
  return (
    <Chip
      size={size}
      color={STATE_COLOURS[state]}
      variant={state === 'planned' ? 'outlined' : 'filled'}
      label={t(`status.${state}`)}
      data-testid="activity-state"
      data-state={state}
    />
  );
}

/**
 * The warnings of an activity: due soon, overdue, documents missing. Overdue is shown as a marker, not
 * only as the state, so the three can be scanned in one column.
 */
export function ActivityMarkers({ activity }: { activity: Markable }) {
  const { t } = useTranslation('roadmap');
  const dueSoon = isDueSoon(activity);
  const days = activity.daysLeft ?? 0;
  if (!dueSoon && !activity.overdue && activity.missingDeliverableCount === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {activity.overdue && (
        <Chip
          size="small"
          color="error"
          icon={<ErrorOutlineIcon />}
          label={t('markers.overdue')}
          data-testid="activity-overdue"
        />
      )}
      {dueSoon && (
        <Chip
          size="small"
          color="warning"
          icon={<HourglassBottomIcon />}
          label={days === 0 ? t('markers.dueToday') : t('markers.dueIn', { count: days })}
          data-testid="activity-due-soon"
        />
      )}
      {activity.missingDeliverableCount > 0 && (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          icon={<DescriptionOutlinedIcon />}
          label={t('markers.missing', { count: activity.missingDeliverableCount })}
          data-testid="activity-missing-deliverable"
        />
      )}
    </Stack>
  );
}
