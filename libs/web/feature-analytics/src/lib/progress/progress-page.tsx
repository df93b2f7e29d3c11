import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import {
  Empty,
  ErrorAlert,
  formatNumber,
  isApiError,
  Loading,
  PageHeader,
  useCan,
  type Schemas,
} from '@orbita/web/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAllWorks, useProgress, useSubjects } from '../data/analytics-queries';
import { useWorkLabels } from '../data/labels';
import { FigureGrid, formatDifference } from '../figures/figure-cards';
import { AnalyticsBreadcrumbs } from '../layout/analytics-breadcrumbs';
import { Section } from '../layout/section';
import { SchoolYearSelect } from '../school-year/school-year-select';
import { currentSchoolYear, schoolYearOptions } from '../school-year/school-year';
import { ProgressChart } from './progress-chart';
import { defaultProgressParams, type ProgressParams } from './progress-params';
import { ProgressTable } from './progress-table';
import '../i18n';

const GRADES = Array.from({ length: 11 }, (_, index) => index + 1);
const YEARS_BACK = 4;

/** `/analytics/progress?subject=math&grade=7&year=2024`: intermediate → final change, region and schools. */
export function ProgressPage() {
  const { t } = useTranslation('analytics');
  const can = useCan();
  const labels = useWorkLabels();
  const [search, setSearch] = useSearchParams();
  const works = useAllWorks(can('works:read'));
  const subjects = useSubjects(can('classes:read'));

  const fromUrl: Partial<ProgressParams> = {
    subject: search.get('subject') || undefined,
    grade: Number(search.get('grade')) || undefined,
    schoolYear: Number(search.get('year')) || undefined,
  };
  const fallback = useMemo(() => defaultProgressParams(works.data?.items ?? []), [works.data]);
  const subject = fromUrl.subject ?? fallback?.subject;
  const grade = fromUrl.grade ?? fallback?.grade;
  const schoolYear = fromUrl.schoolYear ?? fallback?.schoolYear ?? currentSchoolYear();
  const params = subject && grade ? { subject, grade, schoolYear } : undefined;
  const progress = useProgress(params);

  const set = (key: string, value: string | undefined) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        // Keep the other choices as they are on screen, even when they came from the defaults.
        if (subject) next.set('subject', subject);
        if (grade) next.set('grade', String(grade));
        next.set('year', String(schoolYear));
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const subjectOptions = useMemo(() => {
    const codes = new Map((subjects.data ?? []).map((item) => [item.code, item.title]));
    for (const work of works.data?.items ?? [])
      if (!codes.has(work.subject)) codes.set(work.subject, work.subject);
    if (subject && !codes.has(subject)) codes.set(subject, subject);
    return [...codes.entries()];
  }, [subjects.data, works.data, subject]);

  const years = useMemo(() => {
    const current = currentSchoolYear();
    const known = (works.data?.items ?? []).map((work) => work.schoolYear);
    return schoolYearOptions([
      ...known,
      schoolYear,
      ...Array.from({ length: YEARS_BACK }, (_, back) => current - back - 1),
    ]);
  }, [works.data, schoolYear]);

  return (
    <>
      <AnalyticsBreadcrumbs trail={[{ label: t('progress.title') }]} />
      <PageHeader title={t('progress.title')} subtitle={t('progress.subtitle')} />
      <Stack spacing={3}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            size="small"
            label={t('progress.subject')}
            value={subject ?? ''}
            onChange={(event) => set('subject', event.target.value)}
            sx={{ minWidth: 200 }}
          >
            {subjectOptions.map(([code, title]) => (
              <MenuItem key={code} value={code}>
                {labels.subject(code, title)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('progress.grade')}
            value={grade ? String(grade) : ''}
            onChange={(event) => set('grade', event.target.value)}
            sx={{ minWidth: 120 }}
          >
            {GRADES.map((value) => (
              <MenuItem key={value} value={String(value)}>
                {value}
              </MenuItem>
            ))}
          </TextField>
          <SchoolYearSelect
            value={schoolYear}
            years={years}
            onChange={(year) => set('year', year ? String(year) : undefined)}
          />
        </Stack>
        <ProgressResults query={progress} hasParams={!!params} />
      </Stack>
    </>
  );
}

function ProgressResults({
  query,
  hasParams,
}: {
  query: ReturnType<typeof useProgress>;
  hasParams: boolean;
}) {
  const { t } = useTranslation('analytics');
  if (!hasParams) return <Empty>{t('progress.choose')}</Empty>;
  if (query.isPending) return <Loading />;
  if (query.isError) {
    // No pair of works for the choice: a normal answer to a question, not a failure.
    if (isApiError(query.error, 404)) return <Empty>{t('progress.notAvailable')}</Empty>;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const progress = query.data;
  if (progress.region.intermediateParticipants === 0 && progress.region.finalParticipants === 0) {
    return (
      <>
        <WorksLine progress={progress} />
        <Empty>{t('progress.noData')}</Empty>
      </>
    );
  }
  return (
    <Stack spacing={3} sx={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
      <WorksLine progress={progress} />
      <Section title={t('progress.region')}>
        <RegionProgress region={progress.region} />
      </Section>
      <ProgressChart progress={progress} />
      <Section title={t('work.schools')}>
        <ProgressTable schools={progress.schools} />
      </Section>
    </Stack>
  );
}

function WorksLine({ progress }: { progress: Schemas['Progress'] }) {
  const { t } = useTranslation('analytics');
  return (
    <Typography color="text.secondary">
      {t('progress.works', { intermediate: progress.intermediate.title, final: progress.final.title })}
    </Typography>
  );
}

function RegionProgress({ region }: { region: Schemas['ProgressFigures'] }) {
  const { t } = useTranslation('analytics');
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, 1)} %`);
  const participants = (count: number) =>
    t('progress.participants', { count, formatted: formatNumber(count) });
  return (
    <FigureGrid
      items={[
        {
          key: 'intermediate-percent',
          label: t('progress.intermediate'),
          value: percent(region.intermediatePercent),
          hint: participants(region.intermediateParticipants),
        },
        {
          key: 'final-percent',
          label: t('progress.final'),
          value: percent(region.finalPercent),
          hint: participants(region.finalParticipants),
        },
        {
          key: 'change',
          label: t('progress.columns.change'),
          value: formatDifference(region.changePercentPoints, 1),
          hint: t(`progress.method.${region.method}`),
        },
        {
          key: 'matched',
          label: t('progress.columns.matched'),
          value: formatNumber(region.matchedParticipants),
        },
        {
          key: 'matched-change',
          label: t('progress.columns.matchedChange'),
          value: formatDifference(region.matchedChangePercentPoints, 1),
        },
      ]}
    />
  );
}
