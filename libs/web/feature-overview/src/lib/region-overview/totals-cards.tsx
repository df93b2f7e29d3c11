import { Box, Grid, Paper, Typography } from '@mui/material';
import { formatNumber, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import '../i18n';

/** The region's totals: schools, classes, students, teachers (the number alone in `total-<key>`). */
export function TotalsCards({ totals }: { totals: Schemas['ProgrammeTableTotals'] }) {
  const { t } = useTranslation('overview');
  const items = [
    { key: 'schools', label: t('totals.schools'), value: totals.schools },
    { key: 'classes', label: t('totals.classes'), value: totals.classes },
    { key: 'students', label: t('totals.students'), value: totals.students },
    { key: 'teachers', label: t('totals.teachers'), value: totals.teachers },
  ];
  return (
    <Grid container spacing={2} role="group" aria-label={t('totals.label')}>
      {items.map((item) => (
        <Grid key={item.key} size={{ xs: 6, md: 3 }}>
          <Paper component="dl" variant="outlined" sx={{ p: 2, m: 0, height: '100%' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {item.label}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              <Typography component="span" variant="h4" data-testid={`total-${item.key}`}>
                {formatNumber(item.value)}
              </Typography>
            </Box>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
