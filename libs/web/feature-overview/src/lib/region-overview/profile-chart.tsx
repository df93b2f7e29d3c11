import { formatNumber, type Schemas } from '@orbita/web/core';
import { ChartPanel, tooltipHtml } from '@orbita/web/feature-analytics';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';

/** Students of the region by profile (direction) of their class, with the number of classes. */
export function ProfileChart({ directions }: { directions: Schemas['ProgrammeDirectionTotal'][] }) {
  const { t } = useTranslation('overview');
  const option = useMemo<EChartsOption>(() => {
    const rows = directions.map((direction) => ({
      name: t(`directions.${direction.direction}`, { defaultValue: direction.name }),
      students: direction.students,
      classes: direction.classes,
    }));
    const count = (key: string, value: number) => t(key, { count: value, formatted: formatNumber(value) });
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const row = rows[Array.isArray(params) ? 0 : params.dataIndex];
          return row
            ? tooltipHtml(row.name, [
                count('charts.studentsCount', row.students),
                count('charts.classes', row.classes),
              ])
            : '';
        },
      },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          name: t('charts.students'),
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          data: rows.map((row) => ({ name: row.name, value: row.students })),
          label: {
            formatter: ({ dataIndex }) => (rows[dataIndex] ? formatNumber(rows[dataIndex].students) : ''),
          },
        },
      ],
    };
  }, [directions, t]);
  return <ChartPanel testId="chart-by-profile" title={t('charts.byProfile')} option={option} />;
}
