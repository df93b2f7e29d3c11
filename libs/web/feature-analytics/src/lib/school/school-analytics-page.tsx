import { Button, Grid, Stack } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import { Empty, NotFound, PageHeader, QueryState, useMe, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isUuid, useSchoolAnalytics } from '../data/analytics-queries';
import { analyticsPaths } from '../data/paths';
import { FigureCards } from '../figures/figure-cards';
import { HistogramChart } from '../figures/histogram-chart';
import { LevelsChart } from '../figures/levels-chart';
import { AnalyticsBreadcrumbs } from '../layout/analytics-breadcrumbs';
import { ProvisionalNote } from '../layout/provisional-note';
import { Section } from '../layout/section';
import { WorkSubtitle } from '../layout/work-subtitle';
import { ClassesTable } from './classes-table';
import { SchoolVsRegionChart } from './school-vs-region-chart';
import '../i18n';

/**
 * `/analytics/works/:workId/schools/:schoolId`: a school against the region. Another school's page,
 * asked by a school account, answers 404 and shows "not found".
 */
export function SchoolAnalyticsPage() {
  const { workId, schoolId } = useParams();
  if (!isUuid(workId) || !isUuid(schoolId)) return <NotFound />;
  return <SchoolAnalytics workId={workId} schoolId={schoolId} />;
}

function SchoolAnalytics({ workId, schoolId }: { workId: string; schoolId: string }) {
  const { t } = useTranslation('analytics');
  const me = useMe();
  const regionWide = !me.schoolId;
  const analytics = useSchoolAnalytics(workId, schoolId);
  return (
    <QueryState query={analytics}>
      {(data) => {
        const schoolName = data.school.schoolName ?? t('work.unnamedSchool');
        return (
          <>
            <AnalyticsBreadcrumbs
              trail={[
                { label: data.work.title, to: regionWide ? analyticsPaths.work(workId) : undefined },
                { label: schoolName },
              ]}
            />
            <PageHeader
              title={schoolName}
              subtitle={
                <>
                  {data.work.title}
                  <br />
                  <WorkSubtitle work={data.work} />
                </>
              }
              actions={
                regionWide && (
                  <Button component={RouterLink} to={analyticsPaths.work(workId)} startIcon={<PublicIcon />}>
                    {t('school.toRegion')}
                  </Button>
                )
              }
            />
            {data.figures.participants === 0 ? (
              <NoSchoolResults data={data} />
            ) : (
              <SchoolResults data={data} schoolName={schoolName} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function SchoolResults({ data, schoolName }: { data: Schemas['SchoolAnalytics']; schoolName: string }) {
  const { t } = useTranslation('analytics');
  return (
    <Stack spacing={3}>
      <ProvisionalNote own={data.provisional} regionSchools={data.regionProvisionalSchools} />
      <Section title={t('school.figures')}>
        <FigureCards
          figures={data.figures}
          maxTotal={data.work.maxTotal}
          region={data.region}
          meanDifference={data.comparison.meanDifference}
        />
      </Section>
      <SchoolVsRegionChart tasks={data.comparison.tasks} schoolName={schoolName} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <HistogramChart
            histogram={data.figures.histogram}
            region={data.region.histogram}
            groupName={schoolName}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <LevelsChart figures={data.figures} />
        </Grid>
      </Grid>
      <Section title={t('school.classes')}>
        <ClassesTable classes={data.classes} />
      </Section>
    </Stack>
  );
}

/** The school has no counted protocol yet: say so, and show the region's figures if there are any. */
function NoSchoolResults({ data }: { data: Schemas['SchoolAnalytics'] }) {
  const { t } = useTranslation('analytics');
  return (
    <Stack spacing={3}>
      <Empty>{t('school.empty')}</Empty>
      {data.region.participants > 0 && <ProvisionalNote regionSchools={data.regionProvisionalSchools} />}
      {data.region.participants > 0 && (
        <Section title={t('school.regionFigures')}>
          <FigureCards figures={data.region} maxTotal={data.work.maxTotal} />
        </Section>
      )}
    </Stack>
  );
}
