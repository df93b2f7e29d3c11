import { Grid, Paper, Stack, Typography } from '@mui/material';
import { formatNumber, formatPercent, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';

type Totals = Schemas['CompletenessTotals'];

const COUNTS = ['expected', 'reported', 'awaitingReview', 'accepted', 'returned', 'pending', 'drafts', 'missing'] as const;
const RATES = ['reportingRate', 'onTimeRate'] as const;

/** The region's totals of the board: the two rates, then counts of schools. */
export function CompletenessTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation(WORKS_NS);
  return (
    <Stack spacing={1.5} data-testid="completeness-totals">
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {RATES.map((key) => (
          <Typography key={key} data-testid={`completeness-total-${key}`}>
            {t(`completeness.totals.${key}`)}:{' '}
            <strong>
              {/* The API's rates are percentages (87.5); formatPercent takes fractions. */}
              {formatPercent(totals[key] === null ? null : totals[key] / 100)}
            </strong>
          </Typography>
        ))}
      </Stack>
      <Grid container spacing={1.5}>
        {COUNTS.map((key) => (
          <Grid key={key} size={{ xs: 6, sm: 3, lg: 'grow' }}>
            <Paper variant="outlined" sx={{ p: 1.5, height: '100%' }} data-testid={`completeness-total-${key}`}>
              <Typography variant="h5" component="p">
                {formatNumber(totals[key])}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t(`completeness.totals.${key}`)}
              </Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}
