import FormatListBulletedIcon from '@mui/icons-material/FormatListBulleted';
import ViewTimelineIcon from '@mui/icons-material/ViewTimeline';
import { Alert, LinearProgress, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Empty, ErrorAlert, Loading, PageHeader, QueryState, useMe } from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities, useRoadmap, useRoadmaps, type Roadmap } from '../data/roadmap-queries';
import { ActivityList } from './activity-list';
import { ActivityTimeline } from './activity-timeline';
import { groupByStage } from './group-by-stage';
import { RoadmapFilters } from './roadmap-filters';
import { useRoadmapFilters, type RoadmapView } from './use-roadmap-filters';

/** `/roadmap`: the stages and activities of a roadmap, as a list or a timeline, with their warnings. */
export function RoadmapPage() {
  const { t } = useTranslation('roadmap');
  const roadmaps = useRoadmaps();
  const controls = useRoadmapFilters();
  const { state, set } = controls;
  const roadmapId = state.roadmapId ?? roadmaps.data?.items[0]?.id;
  const roadmap = useRoadmap(roadmapId);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={roadmap.data ? <RoadmapSubtitle roadmap={roadmap.data} /> : undefined}
        actions={
          <ToggleButtonGroup
            exclusive
            size="small"
            value={state.view}
            onChange={(_, view: RoadmapView | null) => view && set({ view: view === 'list' ? undefined : view })}
            aria-label={t('view.label')}
            sx={{ '& .MuiToggleButton-root': { textTransform: 'none', whiteSpace: 'nowrap', px: 1.5 } }}
          >
            <ToggleButton value="list" data-testid="roadmap-view-list">
              <FormatListBulletedIcon fontSize="small" sx={{ mr: 0.75 }} />
              {t('view.list')}
            </ToggleButton>
            <ToggleButton value="timeline" data-testid="roadmap-view-timeline">
              <ViewTimelineIcon fontSize="small" sx={{ mr: 0.75 }} />
              {t('view.timeline')}
            </ToggleButton>
          </ToggleButtonGroup>
        }
      />
      <QueryState query={roadmaps} isEmpty={(page) => page.items.length === 0} empty={t('noRoadmaps')}>
        {(page) => (
          <>
            {page.items.length > 1 && (
              <TextField
                select
                size="small"
                label={t('roadmapSelect')}
                value={roadmapId ?? ''}
                onChange={(event) => set({ roadmap: event.target.value })}
                sx={{ mb: 2, minWidth: 280, maxWidth: '100%' }}
                data-testid="roadmap-select"
              >
                {page.items.map((item) => (
                  <MenuItem key={item.id} value={item.id}>
                    {t('schoolYear', { from: item.schoolYear, to: String(item.schoolYear + 1).slice(-2) })} — {item.title}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <QueryState query={roadmap}>{(data) => <RoadmapActivities roadmap={data} controls={controls} />}</QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}

function RoadmapSubtitle({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation('roadmap');
  return (
    <>
      <Typography component="span" sx={{ display: 'block' }}>{roadmap.title}</Typography>
      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
        {roadmap.approved ? t('approvedBy', { act: roadmap.approvedBy ?? '—' }) : t('notApproved')}
      </Typography>
    </>
  );
}

function RoadmapActivities({ roadmap, controls }: { roadmap: Roadmap; controls: ReturnType<typeof useRoadmapFilters> }) {
  const { t } = useTranslation('roadmap');
  const me = useMe();
  const activities = useActivities(roadmap.id, controls.filters);
  const groups = useMemo(() => groupByStage(activities.data ?? [], roadmap), [activities.data, roadmap]);
  const count = activities.data?.length ?? 0;

  return (
    <>
      {me.schoolId && <Alert severity="info" sx={{ mb: 2 }}>{t('schoolView')}</Alert>}
      <RoadmapFilters roadmap={roadmap} controls={controls} />
      {activities.isPending ? (
        <Loading />
      ) : activities.isError ? (
        <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
      ) : (
        <>
          <Stack sx={{ mb: 1, minHeight: 4 }}>{activities.isFetching && <LinearProgress />}</Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} role="status" data-testid="roadmap-count">
            {t('found', { count })}
          </Typography>
          {count === 0 ? (
            <Empty>{controls.filtered ? t('filters.noMatch') : undefined}</Empty>
          ) : controls.state.view === 'timeline' ? (
            <ActivityTimeline groups={groups} schoolYear={roadmap.schoolYear} />
          ) : (
            <ActivityList groups={groups} />
          )}
        </>
      )}
    </>
  );
}
