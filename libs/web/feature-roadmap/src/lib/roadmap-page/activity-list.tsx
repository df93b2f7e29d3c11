import { Box, Link, Paper, Stack, Typography } from '@mui/material';
import { useMe } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Activity } from '../data/roadmap-queries';
import { ActivityMarkers, StateChip } from '../shared/activity-markers';
import { windowLabel } from '../shared/activity-window';
import type { StageGroup } from './group-by-stage';

const ROW_COLUMNS = {
  xs: '3rem minmax(0, 1fr)',
  md: '3rem minmax(0, 1fr) 11rem 13rem',
};

/** The activities stage by stage, one row each: number, title and participants, window, state and warnings. */
export function ActivityList({ groups }: { groups: StageGroup[] }) {
  const { t } = useTranslation('roadmap');
  return (
    <Stack spacing={2} data-testid="roadmap-list">
      {groups.map((group) => (
        <Paper key={group.number} variant="outlined" component="section" aria-labelledby={`stage-${group.number}`} data-testid="roadmap-stage">
          <Stack
            direction="row"
            spacing={2}
            sx={{ px: 2, py: 1.5, bgcolor: 'action.hover', alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}
          >
            <Typography id={`stage-${group.number}`} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {t('stage', { number: group.number, title: group.title })}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('activities', { count: group.activities.length })}
            </Typography>
          </Stack>
          <Box
            sx={{
              display: { xs: 'none', md: 'grid' },
              gridTemplateColumns: ROW_COLUMNS,
              columnGap: 2,
              px: 2,
              py: 0.75,
              borderBottom: 1,
              borderColor: 'divider',
              color: 'text.secondary',
              typography: 'caption',
            }}
            aria-hidden
          >
            <span>{t('columns.number')}</span>
            <span>{t('columns.activity')}</span>
            <span>{t('columns.window')}</span>
            <span>{t('columns.status')}</span>
          </Box>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {group.activities.map((activity) => (
              <ActivityRow key={activity.id} activity={activity} />
            ))}
          </Box>
        </Paper>
      ))}
    </Stack>
  );
}

function ActivityRow({ activity }: { activity: Activity }) {
  const { t } = useTranslation('roadmap');
  // A school's own documents where schools take part; elsewhere the counts are the region's, and say so.
  const regionsDocuments = useMe().schoolId !== null && !activity.participants.kinds.includes('schools');
  const documents =
    activity.deliverableCount === 0
      ? t('noDocumentsExpected')
      : t('documentsOf', {
          done: activity.deliverableCount - activity.missingDeliverableCount,
          total: activity.deliverableCount,
        });
  return (
    <Box
      component="li"
      data-testid="activity-row"
      data-activity-id={activity.id}
      sx={{
        display: 'grid',
        gridTemplateColumns: ROW_COLUMNS,
        columnGap: 2,
        rowGap: 1,
        px: 2,
        py: 1.5,
        '&:not(:last-of-type)': { borderBottom: 1, borderBottomColor: 'divider' },
        borderLeft: 4,
        borderLeftColor: activity.overdue ? 'error.main' : activity.state === 'done' ? 'success.main' : 'transparent',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, pt: 0.25 }}>{activity.number}</Typography>
      <Box sx={{ minWidth: 0 }}>
        <Link component={RouterLink} to={`/roadmap/activities/${activity.id}`} underline="hover" sx={{ fontWeight: 500 }}>
          {activity.title}
        </Link>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {activity.participants.kinds.map((kind) => t(`participants.${kind}`)).join(' · ')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t(regionsDocuments ? 'columns.regionDocuments' : 'columns.documents')}: {documents}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ gridColumn: { xs: '2', md: 'auto' } }}>
        {windowLabel(t, activity.window)}
      </Typography>
      <Stack
        direction={{ xs: 'row', md: 'column' }}
        spacing={0.75}
        useFlexGap
        sx={{ gridColumn: { xs: '2', md: 'auto' }, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <StateChip state={activity.status} />
        <ActivityMarkers activity={activity} />
      </Stack>
    </Box>
  );
}
