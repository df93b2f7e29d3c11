import { FilterBar, SearchFilter, SelectFilter, type useListParams } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { schoolYearLabel, schoolYearOptions, subjectName } from '../shared/format';
import { useProgrammes, useSchools, useSubjects } from '../shared/queries';

const GRADES = Array.from({ length: 11 }, (_, index) => String(index + 1));

/** Search and filters of the class list, kept in the URL with paging and sorting. */
export function ClassFilters({
  list,
  showSchool,
}: {
  list: ReturnType<typeof useListParams>;
  showSchool: boolean;
}) {
  const { t } = useTranslation('classes');
  const schools = useSchools().data ?? [];
  const subjects = useSubjects().data ?? [];
  const programmes = useProgrammes().data ?? [];
  return (
    <FilterBar list={list} testId="class-filters">
      <SearchFilter list={list} placeholder={t('list.search')} testId="class-search" />
      {showSchool && (
        <SelectFilter
          list={list}
          name="schoolId"
          label={t('fields.school')}
          allLabel={t('list.allSchools')}
          testId="class-filter-school"
          width={240}
          options={schools.map((school) => ({ value: school.id, label: school.shortName }))}
        />
      )}
      {/* A region running one programme needs no programme filter. */}
      {programmes.length > 1 && (
        <SelectFilter
          list={list}
          name="programmeCode"
          label={t('fields.programme')}
          allLabel={t('list.allProgrammes')}
          testId="class-filter-programme"
          width={200}
          options={programmes.map((programme) => ({
            value: programme.code,
            label: programme.shortName ?? programme.title,
          }))}
        />
      )}
      <SelectFilter
        list={list}
        name="schoolYear"
        label={t('fields.schoolYear')}
        allLabel={t('list.allYears')}
        testId="class-filter-year"
        options={schoolYearOptions().map((year) => ({ value: String(year), label: schoolYearLabel(year) }))}
      />
      <SelectFilter
        list={list}
        name="grade"
        label={t('fields.grade')}
        testId="class-filter-grade"
        width={150}
        options={GRADES.map((grade) => ({ value: grade, label: grade }))}
      />
      <SelectFilter
        list={list}
        name="subject"
        label={t('fields.subject')}
        allLabel={t('list.allSubjects')}
        testId="class-filter-subject"
        width={180}
        options={subjects.map((subject) => ({
          value: subject.code,
          label: subjectName(t, subject.code, subject.title),
        }))}
      />
    </FilterBar>
  );
}
