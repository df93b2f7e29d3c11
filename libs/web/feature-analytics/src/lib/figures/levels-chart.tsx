import { useTheme } from '@mui/material';
import { formatNumber, formatPercent, type Schemas } from '@orbita/web/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/chart-panel';
import { axisTooltip, tooltipHtml } from '../chart/tooltip';
import '../i18n';

/** Participants per performance level (and below the lowest threshold, when any), with their shares. */
export function LevelsChart({ figures }: { figures: Schemas['ScoreFigures'] }) {
  // `t` changes with the language, so the numbers are formatted again then.
  const { t } = useTranslation('analytics');
  const { palette } = useTheme();
  const option = useMemo<EChartsOption>(() => {
    // The lowest level warns, the highest succeeds, those between are neutral; below every level is grey.
    const levelColor = (index: number) =>
      figures.levels.length > 1 && index === 0
        ? palette.warning.main
        : figures.levels.length > 1 && index === figures.levels.length - 1
          ? palette.success.main
          : palette.primary.main;
    const rows = [
      ...(figures.belowLevels > 0
        ? [
            {
              label: t('charts.belowLevels'),
              count: figures.belowLevels,
              share: figures.belowLevels / (figures.participants || 1),
              color: palette.grey[500],
            },
          ]
        : []),
      ...figures.levels.map((level, index) => ({
        label: level.label,
        count: level.count,
        share: level.share,
        color: levelColor(index),
      })),
    ];
    return {
      grid: { left: 8, right: 16, top: 24, bottom: 8 },
      xAxis: { type: 'category', data: rows.map((row) => row.label) },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (value: number) => formatNumber(value) },
      },
      tooltip: axisTooltip(rows, (row) =>
        tooltipHtml(row.label, [`${formatNumber(row.count)} (${formatPercent(row.share)})`]),
      ),
      series: [
        {
          type: 'bar',
          name: t('charts.participants'),
          barMaxWidth: 96,
          data: rows.map((row) => ({ value: row.count, itemStyle: { color: row.color } })),
          label: {
            show: true,
            position: 'top',
            formatter: ({ dataIndex }) => {
              const row = rows[dataIndex];
              return row ? `${formatNumber(row.count)} · ${formatPercent(row.share, 0)}` : '';
            },
          },
        },
      ],
    };
  }, [figures, t, palette]);
  return <ChartPanel testId="chart-levels" title={t('charts.levels')} option={option} />;
}
