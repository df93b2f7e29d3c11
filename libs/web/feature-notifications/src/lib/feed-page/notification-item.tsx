import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import EmojiEventsOutlinedIcon from '@mui/icons-material/EmojiEventsOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import MarkEmailReadOutlinedIcon from '@mui/icons-material/MarkEmailReadOutlined';
import SyncProblemOutlinedIcon from '@mui/icons-material/SyncProblemOutlined';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { formatDateTime } from '@orbita/web/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Notification, NotificationKind } from '../data/notification-queries';
import { ActivitySubject } from './activity-subject';
import { webPathOf } from './notification-link';

const KIND_ICONS: Record<NotificationKind, ReactElement> = {
  protocol_submitted: <DescriptionOutlinedIcon fontSize="small" />,
  protocol_accepted: <DescriptionOutlinedIcon fontSize="small" />,
  protocol_returned: <DescriptionOutlinedIcon fontSize="small" />,
  analytics_updated: <AssessmentOutlinedIcon fontSize="small" />,
  roadmap_due_soon: <EventOutlinedIcon fontSize="small" />,
  roadmap_overdue: <EventOutlinedIcon fontSize="small" />,
  project_works_assigned: <DescriptionOutlinedIcon fontSize="small" />,
  project_sheets_due_soon: <EventOutlinedIcon fontSize="small" />,
  project_works_nominated: <EmojiEventsOutlinedIcon fontSize="small" />,
  project_results_published: <EmojiEventsOutlinedIcon fontSize="small" />,
  studio_application_decided: <DescriptionOutlinedIcon fontSize="small" />,
  credit_fact_verified: <AssessmentOutlinedIcon fontSize="small" />,
  platform_mismatches_found: <SyncProblemOutlinedIcon fontSize="small" />,
};

const KIND_COLOURS: Record<NotificationKind, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  protocol_submitted: 'info',
  protocol_accepted: 'success',
  protocol_returned: 'warning',
  analytics_updated: 'info',
  roadmap_due_soon: 'warning',
  roadmap_overdue: 'error',
  project_works_assigned: 'info',
  project_sheets_due_soon: 'warning',
  project_works_nominated: 'success',
  project_results_published: 'success',
  studio_application_decided: 'info',
  credit_fact_verified: 'info',
  platform_mismatches_found: 'warning',
};

/** One notification: topic, time, title and text; open what it is about; mark it read. */
export function NotificationItem({
  notification,
  onMarkRead,
  marking,
}: {
  notification: Notification;
  onMarkRead: (id: string) => void;
  marking: boolean;
}) {
  const { t } = useTranslation('notifications');
  const unread = notification.readAt === null;
  const path = webPathOf(notification.link);
  const titleId = `notification-${notification.id}`;

  return (
    <Box
      component="li"
      aria-labelledby={titleId}
      data-testid="notification-item"
      data-unread={unread ? 'true' : 'false'}
      data-kind={notification.kind}
      sx={{
        display: 'flex',
        gap: 1.5,
        px: { xs: 1.5, sm: 2 },
        py: 1.75,
        borderLeft: 4,
        borderLeftColor: unread ? 'primary.main' : 'transparent',
        bgcolor: unread ? 'action.hover' : 'transparent',
        '&:not(:last-of-type)': { borderBottom: 1, borderBottomColor: 'divider' },
      }}
    >
      <Box sx={{ pt: 0.75, width: 10, flexShrink: 0 }} aria-hidden>
        {unread && <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: 'primary.main' }} />}
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 1, md: 2 }} sx={{ minWidth: 0, flexGrow: 1 }}>
        <Box sx={{ minWidth: 0, flexGrow: 1 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
            <Chip
              size="small"
              variant="outlined"
              color={KIND_COLOURS[notification.kind]}
              icon={KIND_ICONS[notification.kind]}
              label={t(`kinds.${notification.kind}`)}
            />
            {unread && <Chip size="small" color="primary" label={t('unread')} data-testid="notification-unread" />}
            <Typography variant="body2" color="text.secondary" component="time" dateTime={notification.createdAt}>
              {formatDateTime(notification.createdAt)}
            </Typography>
          </Stack>
          <Typography
            id={titleId}
            variant="subtitle1"
            component="h2"
            sx={{ fontWeight: unread ? 700 : 500, lineHeight: 1.35, overflowWrap: 'anywhere' }}
          >
            {notification.title}
          </Typography>
          {notification.kind.startsWith('roadmap_') && <ActivitySubject link={notification.link} />}
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line', mt: 0.5, overflowWrap: 'anywhere' }}>
            {notification.text}
          </Typography>
        </Box>
        <Stack
          direction={{ xs: 'row', md: 'column' }}
          spacing={1}
          useFlexGap
          sx={{ flexShrink: 0, flexWrap: 'wrap', alignItems: { xs: 'center', md: 'stretch' }, minWidth: { md: 200 } }}
        >
          {path && (
            <Button
              size="small"
              variant="outlined"
              component={RouterLink}
              to={path}
              endIcon={<ArrowForwardIcon />}
              onClick={() => unread && onMarkRead(notification.id)}
              aria-label={t('openTitle', { title: notification.title })}
              data-testid="notification-link"
            >
              {t('open')}
            </Button>
          )}
          {unread ? (
            <Button
              size="small"
              startIcon={<MarkEmailReadOutlinedIcon />}
              onClick={() => onMarkRead(notification.id)}
              loading={marking}
              aria-label={t('markReadTitle', { title: notification.title })}
              data-testid="notification-mark-read"
            >
              {t('markRead')}
            </Button>
          ) : (
            <Typography variant="caption" color="text.secondary" sx={{ textAlign: { md: 'center' } }}>
              {t('readAt', { time: formatDateTime(notification.readAt) })}
            </Typography>
          )}
        </Stack>
      </Stack>
    </Box>
  );
}
