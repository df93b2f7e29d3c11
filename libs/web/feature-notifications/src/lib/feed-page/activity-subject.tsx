import { Typography } from '@mui/material';
import { api, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

const ACTIVITY_LINK = /^\/roadmap\/activities\/([0-9a-f-]{36})$/i;

/**
 * A roadmap notification names only the deadline; this line names the activity it is about (number
 * and title), read from the roadmap. Nothing when the link is not an activity's or it cannot be read.
 */
export function ActivitySubject({ link }: { link: string }) {
  const { t } = useTranslation('notifications');
  const id = ACTIVITY_LINK.exec(link)?.[1];
  const { data } = useQuery({
    queryKey: ['roadmap', 'activity-title', id],
    queryFn: () => unwrap(api.GET('/api/v1/roadmap-activities/{id}', { params: { path: { id: id as string } } })),
    enabled: !!id,
    staleTime: 10 * 60_000,
    retry: false,
    select: (activity) => ({ number: activity.number, title: activity.title }),
  });
  if (!data) return null;
  return (
    <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }} data-testid="notification-subject">
      {t('activity', data)}
    </Typography>
  );
}
