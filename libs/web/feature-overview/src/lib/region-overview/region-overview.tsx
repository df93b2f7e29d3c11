import { Box, Grid, Stack, Typography } from '@mui/material';
import { Loading, PageHeader, QueryState, useMe } from '@orbita/web/core';
import { SchoolYearSelect, useSchoolYearLabel } from '@orbita/web/feature-analytics';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DownloadProgrammeTableButton } from './download-button';
import { DownloadHalfYearReportButton } from './half-year-report-button';
import { MunicipalityChart } from './municipality-chart';
import { ProfileChart } from './profile-chart';
import { useProgrammeTable, useProgrammeYears } from './programme-queries';
import { ProgrammeTableView } from './programme-table';
import { schoolTotals, TotalsCards } from './totals-cards';
import '../i18n';

/**
 * `/` for roles with reports:read: the programme table of a school year (`?year=2024`, by default the
 * newest year with participants) with the region's totals, its charts, the Excel download and (for the
 * region) the half-year status report. A school account sees its school: its own figures and charts, the
 * region's totals only under their own heading.
 */
export function RegionOverview() {
  const { t } = useTranslation('overview');
  const me = useMe();
  const yearLabel = useSchoolYearLabel();
  const [search, setSearch] = useSearchParams();
  const { ready, years, defaultYear } = useProgrammeYears();
  const fromUrl = Number(search.get('year')) || undefined;
  const schoolYear = fromUrl ?? (ready ? defaultYear : undefined);
  const table = useProgrammeTable(schoolYear);

  if (schoolYear === undefined) return <Loading />;
  const chooseYear = (year: number | undefined) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (year === undefined) next.delete('year');
        else next.set('year', String(year));
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t(me.schoolId ? 'schoolTitle' : 'title')}
        subtitle={t('subtitle', { programme: t('programme'), year: yearLabel(schoolYear) })}
        actions={
          <Stack direction="row" spacing={1}>
            {/* The status report is the region's. */}
            {!me.schoolId && <DownloadHalfYearReportButton schoolYear={schoolYear} />}
            <DownloadProgrammeTableButton schoolYear={schoolYear} />
          </Stack>
        }
      />
      <Box sx={{ mb: 3 }}>
        <SchoolYearSelect
          value={schoolYear}
          years={[...new Set([...years, schoolYear])].sort((a, b) => b - a)}
          onChange={chooseYear}
          testId="overview-school-year"
        />
      </Box>
      <QueryState query={table} isEmpty={(data) => data.totals.classes === 0} empty={t('empty')}>
        {(data) => {
          // A school account's table holds its own school only; its totals are the region's.
          const own = me.schoolId
            ? schoolTotals(data.schools, data.totals.registeredOnPlatformAt)
            : data.totals;
          return (
            <Stack spacing={3}>
              <TotalsCards totals={own} of={me.schoolId ? 'school' : 'region'} />
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <ProfileChart directions={own.directions} />
                </Grid>
                {!me.schoolId && (
                  <Grid size={{ xs: 12, md: 6 }}>
                    <MunicipalityChart schools={data.schools} />
                  </Grid>
                )}
              </Grid>
              <Box component="section" aria-label={t('table.title')}>
                <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
                  {t('table.title')}
                </Typography>
                <ProgrammeTableView table={data} />
              </Box>
              {me.schoolId && (
                <Box component="section" aria-label={t('regionTotals')} data-testid="region-totals">
                  <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
                    {t('regionTotals')}
                  </Typography>
                  <TotalsCards totals={data.totals} of="comparison" />
                </Box>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
