import { formatNumber, type Schemas } from '@orbita/web/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/chart-panel';
import { axisTooltip, tooltipHtml } from '../chart/tooltip';
import { formatDifference } from '../figures/figure-cards';
import '../i18n';

type Progress = Schemas['Progress'];

/** Mean result (% of the maximum) in the intermediate and the final work: the region on top, then each school. */
export function ProgressChart({ progress }: { progress: Progress }) {
  const { t } = useTranslation('analytics');
  const option = useMemo<EChartsOption>(() => {
    const rows = [
      { name: t('progress.region'), figures: progress.region },
      ...progress.schools.map((school) => ({
        name: school.schoolName ?? t('work.unnamedSchool'),
        figures: school,
      })),
    ];
    const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, 1)} %`);
    return {
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      xAxis: {
        type: 'value',
        max: 100,
        axisLabel: { formatter: (value: number) => `${formatNumber(value)} %` },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.name),
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      tooltip: axisTooltip(rows, (row) => {
        return tooltipHtml(row.name, [
          `${t('progress.intermediate')}: ${percent(row.figures.intermediatePercent)}`,
          `${t('progress.final')}: ${percent(row.figures.finalPercent)}`,
          `${t('progress.columns.change')}: ${formatDifference(row.figures.changePercentPoints, 1)}`,
        ]);
      }),
      series: [
        {
          type: 'bar',
          name: t('progress.intermediate'),
          data: rows.map((row) => row.figures.intermediatePercent),
          barMaxWidth: 20,
        },
        {
          type: 'bar',
          name: t('progress.final'),
          data: rows.map((row) => row.figures.finalPercent),
          barMaxWidth: 20,
        },
      ],
    };
  }, [progress, t]);
  const bars = progress.schools.length + 1;
  return (
    <ChartPanel
      testId="chart-progress"
      title={t('progress.chart')}
      option={option}
      height={Math.max(260, bars * 56 + 80)}
    />
  );
}
