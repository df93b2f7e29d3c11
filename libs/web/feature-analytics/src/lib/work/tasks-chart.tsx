import { formatPercent, type Schemas } from '@orbita/web/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/chart-panel';
import { axisTooltip, tooltipHtml } from '../chart/tooltip';
import '../i18n';

type TaskRow = Schemas['TaskDifficultyRow'];

/** Solved share per task in the region, the hardest task on top; full and zero scores in the tooltip. */
export function TasksChart({ tasks }: { tasks: TaskRow[] }) {
  const { t } = useTranslation('analytics');
  const option = useMemo<EChartsOption>(() => {
    const name = (task: TaskRow) =>
      task.topic
        ? `${t('charts.task', { label: task.label })} · ${task.topic}`
        : t('charts.task', { label: task.label });
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (value: number) => formatPercent(value, 0) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: tasks.map(name),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      tooltip: axisTooltip(tasks, (task) => {
        return tooltipHtml(name(task), [
          `${t('charts.solvedShare')}: ${formatPercent(task.solvedShare)}`,
          `${t('charts.fullShare')}: ${formatPercent(task.fullShare)}`,
          `${t('charts.zeroShare')}: ${formatPercent(task.zeroShare)}`,
        ]);
      }),
      series: [
        {
          type: 'bar',
          name: t('charts.solvedShare'),
          data: tasks.map((task) => task.solvedShare ?? 0),
          barMaxWidth: 28,
          label: {
            show: true,
            position: 'right',
            formatter: ({ dataIndex }) => formatPercent(tasks[dataIndex]?.solvedShare, 0),
          },
        },
      ],
    };
  }, [tasks, t]);
  return (
    <ChartPanel
      testId="chart-tasks"
      title={t('charts.tasks')}
      subtitle={t('charts.tasksHint')}
      option={option}
      height={Math.max(240, tasks.length * 36 + 24)}
    />
  );
}
