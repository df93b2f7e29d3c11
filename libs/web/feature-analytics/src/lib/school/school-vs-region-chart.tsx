import { formatPercent, type Schemas } from '@orbita/web/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/chart-panel';
import { axisTooltip, tooltipHtml } from '../chart/tooltip';
import { formatDifference } from '../figures/figure-cards';
import '../i18n';

/** Solved share of each task: the school next to the region. */
export function SchoolVsRegionChart({
  tasks,
  schoolName,
}: {
  tasks: Schemas['TaskComparison'][];
  schoolName: string;
}) {
  const { t } = useTranslation('analytics');
  const option = useMemo<EChartsOption>(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      xAxis: { type: 'category', data: tasks.map((task) => task.label) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (value: number) => formatPercent(value, 0) } },
      tooltip: axisTooltip(tasks, (task) => {
        const difference =
          task.solvedShareDifference === null
            ? '—'
            : `${formatDifference(task.solvedShareDifference * 100, 1)} %`;
        return tooltipHtml(t('charts.task', { label: task.label }), [
          `${schoolName}: ${formatPercent(task.schoolSolvedShare)}`,
          `${t('charts.region')}: ${formatPercent(task.regionSolvedShare)}`,
          `Δ ${difference}`,
        ]);
      }),
      series: [
        {
          type: 'bar',
          name: schoolName,
          data: tasks.map((task) => task.schoolSolvedShare ?? 0),
          barMaxWidth: 32,
        },
        {
          type: 'bar',
          name: t('charts.region'),
          data: tasks.map((task) => task.regionSolvedShare ?? 0),
          barMaxWidth: 32,
        },
      ],
    }),
    [tasks, schoolName, t],
  );
  return <ChartPanel testId="chart-school-vs-region" title={t('charts.schoolVsRegion')} option={option} />;
}
