import { FilterBar, SearchFilter, SelectFilter, type useListParams } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { schoolYearOptions } from '../shared/dates';
import { useWorkLabels } from '../shared/labels';
import { SUBJECTS, WORK_KINDS } from '../shared/types';

/** Search and filters of the works list, kept in the URL. */
export function WorksFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation(WORKS_NS);
  const labels = useWorkLabels();
  const selects = [
    {
      name: 'kind',
      label: t('list.kind'),
      options: WORK_KINDS.map((kind) => ({ value: kind, label: labels.kind(kind) })),
    },
    {
      name: 'subject',
      label: t('list.subject'),
      options: SUBJECTS.map((subject) => ({ value: subject, label: labels.subject(subject) })),
    },
    {
      name: 'schoolYear',
      label: t('list.schoolYear'),
      options: schoolYearOptions().map((year) => ({
        value: String(year),
        label: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
      })),
    },
    {
      name: 'open',
      label: t('list.window'),
      options: [
        { value: 'true', label: t('list.openNow') },
        { value: 'false', label: t('list.notOpen') },
      ],
    },
  ];
  return (
    <FilterBar list={list}>
      {/* Type freely; the list follows a moment later. */}
      <SearchFilter list={list} placeholder={t('list.search')} delay={300} testId="works-search" />
      {selects.map((select) => (
        <SelectFilter
          key={select.name}
          list={list}
          {...select}
          testId={`works-filter-${select.name}`}
          width={190}
        />
      ))}
    </FilterBar>
  );
}
