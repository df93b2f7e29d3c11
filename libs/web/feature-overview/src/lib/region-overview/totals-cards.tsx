import { Box, Grid, Paper, Typography } from '@mui/material';
import { formatDate, formatNumber, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import '../i18n';

type Totals = Schemas['ProgrammeTableTotals'];

/**
 * Totals: the region's (schools, classes, students, teachers, people registered on the Sirius.Schools
 * platform once counted, and teachers trained once any are; the number alone in `total-<key>`), or one school's (`of="school"`: no school
 * count), or the region's beside a school's (`region-total-<key>`).
 */
export function TotalsCards({
  totals,
  of = 'region',
}: {
  totals: Totals;
  of?: 'region' | 'school' | 'comparison';
}) {
  const { t, i18n } = useTranslation('overview');
  const items = [
    ...(of === 'school' ? [] : [{ key: 'schools', label: t('totals.schools'), value: totals.schools }]),
    { key: 'classes', label: t('totals.classes'), value: totals.classes },
    { key: 'students', label: t('totals.students'), value: totals.students },
    { key: 'teachers', label: t('totals.teachers'), value: totals.teachers },
    ...(totals.registeredOnPlatform === null
      ? []
      : [
          {
            key: 'registered',
            label: t('totals.registered'),
            value: totals.registeredOnPlatform,
            note: totals.registeredOnPlatformAt
              ? t('totals.registeredAt', { date: formatDate(totals.registeredOnPlatformAt) })
              : undefined,
          },
        ]),
    ...(totals.teachersTrained === 0
      ? []
      : [{ key: 'trained', label: t('totals.trained'), value: totals.teachersTrained }]),
  ];
  const testId = (key: string) => (of === 'comparison' ? `region-total-${key}` : `total-${key}`);
  return (
    <Grid
      container
      spacing={2}
      role="group"
      aria-label={t(of === 'school' ? 'totals.schoolLabel' : 'totals.label')}
    >
      {items.map((item) => (
        // Six figures side by side leave a label like «Общеобразовательных организаций» no room below
        // the widest screens: three a row there, long words hyphenated.
        <Grid key={item.key} size={{ xs: 6, md: 4, xl: 12 / items.length }}>
          <Paper component="dl" variant="outlined" sx={{ p: 2, m: 0, height: '100%' }}>
            <Typography
              component="dt"
              variant="body2"
              color="text.secondary"
              lang={i18n.language}
              sx={{ hyphens: 'auto', overflowWrap: 'anywhere' }}
            >
              {item.label}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              <Typography
                component="span"
                variant={of === 'comparison' ? 'h5' : 'h4'}
                data-testid={testId(item.key)}
              >
                {formatNumber(item.value)}
              </Typography>
              {'note' in item && item.note && (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                  {item.note}
                </Typography>
              )}
            </Box>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}

/**
 * A school's own totals from its rows of the programme table, directions counted as the region's are; its
 * people registered on the platform when counted (`registeredOnPlatformAt`, the region's count's time).
 */
export function schoolTotals(
  schools: Schemas['ProgrammeTableSchool'][],
  registeredOnPlatformAt: string | null,
): Totals {
  const classes = schools.flatMap((school) => school.classes);
  const directions = new Map<string, Schemas['ProgrammeDirectionTotal']>();
  for (const each of classes) {
    const row = directions.get(each.direction) ?? {
      direction: each.direction,
      name: each.direction,
      classes: 0,
      students: 0,
    };
    row.classes += 1;
    row.students += each.students;
    directions.set(each.direction, row);
  }
  return {
    schools: schools.length,
    classes: classes.length,
    students: schools.reduce((sum, school) => sum + school.students, 0),
    teachers: schools.reduce((sum, school) => sum + school.teachers, 0),
    directions: [...directions.values()],
    teachersTrained: schools.reduce((sum, school) => sum + school.teachersTrained, 0),
    ...registeredTotal(schools, registeredOnPlatformAt),
  };
}

function registeredTotal(schools: Schemas['ProgrammeTableSchool'][], at: string | null) {
  const counted = schools.filter((school) => school.registeredOnPlatform !== null);
  if (counted.length === 0) return { registeredOnPlatform: null, registeredOnPlatformAt: null };
  return {
    registeredOnPlatform: counted.reduce((sum, school) => sum + (school.registeredOnPlatform ?? 0), 0),
    registeredOnPlatformAt: at,
  };
}
