import { formatNumber, type Schemas } from '@orbita/web/core';
import { axisTooltip, ChartPanel, tooltipHtml } from '@orbita/web/feature-analytics';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipalityNames } from './programme-queries';
import '../i18n';

/** Students by municipality of their school (of the schools in the table), the largest first. */
export function MunicipalityChart({ schools }: { schools: Schemas['ProgrammeTableSchool'][] }) {
  const { t } = useTranslation('overview');
  const names = useMunicipalityNames();
  const option = useMemo<EChartsOption>(() => {
    const byMunicipality = new Map<string, { name: string; students: number; schools: number }>();
    for (const school of schools) {
      const key = school.municipalityId ?? '';
      const row = byMunicipality.get(key) ?? {
        name: (school.municipalityId && names.get(school.municipalityId)) || t('charts.unknownMunicipality'),
        students: 0,
        schools: 0,
      };
      row.students += school.students;
      row.schools += 1;
      byMunicipality.set(key, row);
    }
    const rows = [...byMunicipality.values()].sort((a, b) => b.students - a.students);
    const count = (key: string, value: number) => t(key, { count: value, formatted: formatNumber(value) });
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8 },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (value: number) => formatNumber(value) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.name),
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      tooltip: axisTooltip(rows, (row) =>
        tooltipHtml(row.name, [
          count('charts.studentsCount', row.students),
          count('charts.schools', row.schools),
        ]),
      ),
      series: [
        {
          type: 'bar',
          name: t('charts.students'),
          data: rows.map((row) => row.students),
          barMaxWidth: 28,
          label: { show: true, position: 'right', formatter: ({ value }) => formatNumber(Number(value)) },
        },
      ],
    };
  }, [schools, names, t]);
  const municipalities = new Set(schools.map((school) => school.municipalityId)).size;
  return (
    <ChartPanel
      testId="chart-by-municipality"
      title={t('charts.byMunicipality')}
      option={option}
      height={Math.min(320, Math.max(160, municipalities * 56 + 48))}
    />
  );
}
