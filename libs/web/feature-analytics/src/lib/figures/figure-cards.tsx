import { Box, Grid, Paper, Typography } from '@mui/material';
import { formatNumber, formatPercent, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import '../i18n';

type ScoreFigures = Schemas['ScoreFigures'];

export interface Figure {
  /** `data-testid` is `figure-<key>`; the value alone is in `figure-<key>-value`. */
  key: string;
  label: string;
  value: string;
  hint?: string;
}

/** «+1,38» / «−0,5»: a difference with its sign. */
export function formatDifference(value: number | null | undefined, fractionDigits = 2): string {
  if (value === null || value === undefined) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), fractionDigits)}`;
}

/**
 * The figures of a group (region or school) as cards: participants, mean (and its share of the
 * maximum), median, spread, extremes. With `region`, each card also shows the region's value, and a
 * card gives the difference of the means.
 */
export function FigureCards({
  figures,
  maxTotal,
  region,
  meanDifference,
}: {
  figures: ScoreFigures;
  maxTotal: number;
  region?: ScoreFigures;
  meanDifference?: number | null;
}) {
  const { t } = useTranslation('analytics');
  const regionHint = (value: string) => (region ? t('figures.regionMean', { value }) : undefined);
  const meanPercent = (mean: number | null) =>
    mean === null || maxTotal <= 0
      ? undefined
      : t('figures.meanPercent', { percent: formatPercent(mean / maxTotal) });

  const items: Figure[] = [
    {
      key: 'participants',
      label: t('figures.participants'),
      value: formatNumber(figures.participants),
      hint: region && regionHint(formatNumber(region.participants)),
    },
    {
      key: 'mean',
      label: t('figures.mean'),
      value: formatNumber(figures.mean, 2),
      hint: region ? regionHint(formatNumber(region.mean, 2)) : meanPercent(figures.mean),
    },
    {
      key: 'median',
      label: t('figures.median'),
      value: formatNumber(figures.median, 1),
      hint: region
        ? regionHint(formatNumber(region.median, 1))
        : t('outOf', { max: formatNumber(maxTotal, 2) }),
    },
    {
      key: 'standard-deviation',
      label: t('figures.standardDeviation'),
      value: formatNumber(figures.standardDeviation, 2),
      hint: region && regionHint(formatNumber(region.standardDeviation, 2)),
    },
    {
      key: 'min',
      label: t('figures.min'),
      value: formatNumber(figures.min, 2),
      hint: region && regionHint(formatNumber(region.min, 2)),
    },
    {
      key: 'max',
      label: t('figures.max'),
      value: formatNumber(figures.max, 2),
      hint: region && regionHint(formatNumber(region.max, 2)),
    },
  ];
  if (meanDifference !== undefined) {
    items.push({
      key: 'mean-difference',
      label: t('figures.meanDifference'),
      value: formatDifference(meanDifference),
    });
  }

  return <FigureGrid items={items} />;
}

/** Figures as a grid of cards, each a small description list (label, value, hint). */
export function FigureGrid({ items }: { items: Figure[] }) {
  const { t } = useTranslation('analytics');
  return (
    <Grid container spacing={2} role="group" aria-label={t('figures.label')}>
      {items.map((item) => (
        <Grid key={item.key} size={{ xs: 6, sm: 4, md: items.length > 6 ? 3 : 2 }}>
          <Paper
            component="dl"
            variant="outlined"
            sx={{ p: 2, m: 0, height: '100%' }}
            data-testid={`figure-${item.key}`}
          >
            <Typography component="dt" variant="body2" color="text.secondary">
              {item.label}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              <Typography component="span" variant="h5" data-testid={`figure-${item.key}-value`}>
                {item.value}
              </Typography>
              {item.hint && (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {item.hint}
                </Typography>
              )}
            </Box>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
