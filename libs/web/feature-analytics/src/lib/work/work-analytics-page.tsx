import { Button, Grid, Stack } from '@mui/material';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Empty, NotFound, PageHeader, QueryState, useMe, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useParams } from 'react-router';
import { isUuid, useTaskDifficulty, useWorkAnalytics } from '../data/analytics-queries';
import { analyticsPaths } from '../data/paths';
import { FigureCards } from '../figures/figure-cards';
import { HistogramChart } from '../figures/histogram-chart';
import { LevelsChart } from '../figures/levels-chart';
import { AnalyticsBreadcrumbs } from '../layout/analytics-breadcrumbs';
import { ProvisionalNote } from '../layout/provisional-note';
import { Section } from '../layout/section';
import { WorkSubtitle } from '../layout/work-subtitle';
import { SchoolsTable } from './schools-table';
import { TasksChart } from './tasks-chart';
import '../i18n';

/** `/analytics/works/:workId`: the region's figures of a work; a school account goes to its own school's page. */
export function WorkAnalyticsPage() {
  const { workId } = useParams();
  const me = useMe();
  if (!isUuid(workId)) return <NotFound />;
  if (me.schoolId) return <Navigate replace to={analyticsPaths.school(workId, me.schoolId)} />;
  return <WorkAnalytics workId={workId} />;
}

function WorkAnalytics({ workId }: { workId: string }) {
  const { t } = useTranslation('analytics');
  const analytics = useWorkAnalytics(workId);
  return (
    <QueryState query={analytics}>
      {(data) => (
        <>
          <AnalyticsBreadcrumbs trail={[{ label: data.work.title }]} />
          <PageHeader
            title={data.work.title}
            subtitle={<WorkSubtitle work={data.work} />}
            actions={
              (data.work.kind === 'intermediate' || data.work.kind === 'final') && (
                <Button
                  component={RouterLink}
                  to={analyticsPaths.progressOf(data.work)}
                  startIcon={<TrendingUpIcon />}
                >
                  {t('works.progressLink')}
                </Button>
              )
            }
          />
          {data.region.participants === 0 ? (
            <Empty>{t('work.empty')}</Empty>
          ) : (
            <RegionResults workId={workId} data={data} />
          )}
        </>
      )}
    </QueryState>
  );
}

function RegionResults({ workId, data }: { workId: string; data: Schemas['WorkAnalytics'] }) {
  const { t } = useTranslation('analytics');
  const tasks = useTaskDifficulty(workId);
  return (
    <Stack spacing={3}>
      <ProvisionalNote regionSchools={data.provisionalSchools} />
      <Section title={t('work.regionFigures')}>
        <FigureCards figures={data.region} maxTotal={data.work.maxTotal} />
      </Section>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <HistogramChart histogram={data.region.histogram} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <LevelsChart figures={data.region} />
        </Grid>
      </Grid>
      <QueryState query={tasks}>{(difficulty) => <TasksChart tasks={difficulty.tasks} />}</QueryState>
      <Section title={t('work.schools')} hint={t('work.schoolsHint')}>
        <SchoolsTable workId={workId} schools={data.schools} />
      </Section>
    </Stack>
  );
}
