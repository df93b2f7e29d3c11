import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { formatDate } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople, type ActivityDetail } from '../data/roadmap-queries';
import { ActivityMarkers, StateChip } from '../shared/activity-markers';
import { windowLabel } from '../shared/activity-window';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="div" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '13rem minmax(0, 1fr)' }, columnGap: 2, rowGap: 0.25, py: 1 }}>
      <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>{children}</Box>
    </Box>
  );
}

/** What the activity is, when, who takes part and who answers for it. */
export function ActivitySummary({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation('roadmap');
  const people = usePeople(activity.responsiblePersonIds);
  const named = people.flatMap((query) => (query.data ? [query.data.fullName] : []));
  const hidden = people.filter((query) => query.isError).length;
  const loading = people.some((query) => query.isPending);

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }} data-testid="activity-summary">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{activity.title}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        <StateChip state={activity.status} />
        <ActivityMarkers activity={activity} />
      </Stack>
      {activity.details.length > 0 && (
        <Box sx={{ mb: 1 }}>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>{t('detail.details')}</Typography>
          <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 3 }}>
            {activity.details.map((line, i) => (
              <Typography key={i} component="li" variant="body2">{line}</Typography>
            ))}
          </Box>
        </Box>
      )}
      <Box component="dl" sx={{ m: 0, '& > div:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' } }}>
        <Field label={t('detail.stage')}>
          <Typography variant="body2">{t('stage', { number: activity.stage.number, title: activity.stage.title })}</Typography>
        </Field>
        <Field label={t('detail.window')}>
          <Typography variant="body2">{windowLabel(t, activity.window)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('detail.windowText')}: «{activity.window.text}»
          </Typography>
        </Field>
        {activity.milestones.length > 0 && (
          <Field label={t('detail.milestones')}>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {activity.milestones.map((milestone, i) => (
                <Typography key={i} component="li" variant="body2">
                  {milestone.label ? `${milestone.label}: ` : ''}
                  {milestone.from && milestone.from !== milestone.to
                    ? t('windowDates.range', { from: formatDate(milestone.from), to: formatDate(milestone.to) })
                    : formatDate(milestone.to)}
                </Typography>
              ))}
            </Box>
          </Field>
        )}
        <Field label={t('detail.nextDeadline')}>
          <Typography variant="body2" data-testid="activity-next-deadline">
            {activity.nextDeadline
              ? `${formatDate(activity.nextDeadline)} (${
                  activity.daysLeft === 0 ? t('detail.today') : t('detail.daysLeft', { count: activity.daysLeft ?? 0 })
                })`
              : activity.status === 'done'
                ? '—'
                : t('detail.deadlinePassed', { date: formatDate(activity.windowEnd) })}
          </Typography>
        </Field>
        <Field label={t('detail.participants')}>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 0.5 }}>
            {activity.participants.kinds.map((kind) => (
              <Chip key={kind} size="small" variant="outlined" label={t(`participants.${kind}`)} />
            ))}
          </Stack>
          <Typography variant="body2" color="text.secondary">{activity.participants.text}</Typography>
        </Field>
        <Field label={t('detail.responsiblePeople')}>
          <Typography variant="body2" data-testid="activity-responsible-people">
            {activity.responsiblePersonIds.length === 0
              ? t('detail.nobody')
              : loading
                ? '…'
                : [named.join(', '), hidden > 0 ? t('detail.hiddenPeople', { count: hidden }) : '']
                    .filter(Boolean)
                    .join('; ')}
          </Typography>
        </Field>
        <Field label={t('detail.responsibleRoles')}>
          <Typography variant="body2">
            {activity.responsibleRoles.length === 0
              ? t('detail.nobody')
              : activity.responsibleRoles.map((role) => t(`roles.${role}`)).join(', ')}
          </Typography>
        </Field>
      </Box>
    </Paper>
  );
}
