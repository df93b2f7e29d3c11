import { formatNumber, formatPercent, type Schemas } from '@orbita/web/core';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/chart-panel';
import '../i18n';

type Bin = Schemas['HistogramBin'];

/** `4–5`, or `7` for a bin of one whole score. */
function binLabel(bin: Bin): string {
  return bin.from === bin.to ? formatNumber(bin.from, 1) : `${formatNumber(bin.from, 1)}–${formatNumber(bin.to, 1)}`;
}

/**
 * Participants per score bin. With `region`, the group and the region side by side as shares of their
 * participants, so a small school compares with the whole region.
 */
export function HistogramChart({
  histogram,
  region,
  groupName,
}: {
  histogram: Bin[];
  region?: Bin[];
  groupName?: string;
}) {
  // `t` changes with the language, so the numbers are formatted again then.
  const { t } = useTranslation('analytics');
  const option = useMemo<EChartsOption>(() => {
    const categories = histogram.map(binLabel);
    const axis = {
      type: 'category' as const,
      data: categories,
      name: t('charts.histogramAxis'),
      nameLocation: 'middle' as const,
      nameGap: 28,
    };
    if (!region) {
      return {
        xAxis: axis,
        yAxis: {
          type: 'value',
          minInterval: 1,
          axisLabel: { formatter: (value: number) => formatNumber(value) },
        },
        tooltip: { trigger: 'axis', valueFormatter: (value) => formatNumber(Number(value)) },
        grid: { left: 8, right: 16, top: 24, bottom: 36 },
        series: [
          {
            type: 'bar',
            name: t('charts.participants'),
            data: histogram.map((bin) => bin.count),
            barCategoryGap: '8%',
            label: {
              show: true,
              position: 'top',
              formatter: ({ value }) => (Number(value) ? formatNumber(Number(value)) : ''),
            },
          },
        ],
      };
    }
    const shares = (bins: Bin[]) => {
      const total = bins.reduce((sum, bin) => sum + bin.count, 0);
      return bins.map((bin) => (total ? bin.count / total : 0));
    };
    return {
      legend: { top: 0 },
      xAxis: axis,
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatPercent(value, 0) } },
      tooltip: { trigger: 'axis', valueFormatter: (value) => formatPercent(Number(value)) },
      grid: { left: 8, right: 16, top: 40, bottom: 36 },
      series: [
        { type: 'bar', name: groupName ?? t('charts.school'), data: shares(histogram) },
        { type: 'bar', name: t('charts.region'), data: shares(region) },
      ],
    };
  }, [histogram, region, groupName, t]);
  return <ChartPanel testId="chart-histogram" title={t('charts.histogram')} option={option} />;
}
