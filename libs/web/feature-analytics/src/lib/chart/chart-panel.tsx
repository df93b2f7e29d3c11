import { Box, Paper, Skeleton, Typography, useTheme } from '@mui/material';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';

// ECharts is about a third of the UI's code: loaded with the first chart, not with the login page.
const ReactECharts = lazy(() => import('echarts-for-react'));

export interface ChartPanelProps {
  /** `data-testid` of the panel, for browser tests. */
  testId: string;
  /** Visible heading and the accessible name of the panel. */
  title: string;
  subtitle?: ReactNode;
  option: EChartsOption;
  /** Height of the drawing area in pixels. */
  height?: number;
}

/** Colours of the series, from the MUI theme: first series primary, then the others. */
export function useChartColors(): string[] {
  const { palette } = useTheme();
  return [
    palette.primary.main,
    palette.warning.main,
    palette.success.main,
    palette.secondary.main,
    palette.info.main,
    palette.error.main,
    palette.grey[500],
  ];
}

/**
 * A titled chart: a section (named by its title for screen readers) holding an ECharts chart that
 * follows the width of its container and the window. The chart's own option sets only the data and
 * axes; fonts, colours and the tooltip frame come from here.
 */
export function ChartPanel({ testId, title, subtitle, option, height = 320 }: ChartPanelProps) {
  const theme = useTheme();
  const colors = useChartColors();
  const fullOption = useMemo<EChartsOption>(
    () => ({
      color: colors,
      textStyle: { fontFamily: theme.typography.fontFamily },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      tooltip: { confine: true },
      animationDuration: 300,
      ...option,
    }),
    [colors, theme.typography.fontFamily, option],
  );
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-label={title}
      data-testid={testId}
      sx={{ p: 2, minWidth: 0, height: '100%' }}
    >
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {title}
      </Typography>
      {subtitle && (
        <Typography variant="body2" color="text.secondary">
          {subtitle}
        </Typography>
      )}
      <Box sx={{ width: '100%', minWidth: 0 }}>
        <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
          <ReactECharts
            option={fullOption}
            notMerge
            autoResize
            opts={{ renderer: 'svg' }}
            style={{ height, width: '100%' }}
          />
        </Suspense>
      </Box>
    </Paper>
  );
}
