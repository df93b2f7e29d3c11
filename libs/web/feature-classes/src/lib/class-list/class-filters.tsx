import SearchIcon from '@mui/icons-material/Search';
import { Button, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useListSearch, type useListParams } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { schoolYearLabel, schoolYearOptions, subjectName } from '../shared/format';
import { useProgrammes, useSchools, useSubjects } from '../shared/queries';

const GRADES = Array.from({ length: 11 }, (_, index) => index + 1);
const FILTER_KEYS = ['q', 'schoolId', 'programmeCode', 'schoolYear', 'grade', 'subject'] as const;

/** Search and filters of the class list, kept in the URL with paging and sorting. */
export function ClassFilters({
  list,
  showSchool,
}: {
  list: ReturnType<typeof useListParams>;
  showSchool: boolean;
}) {
  const { t } = useTranslation('classes');
  const { filters, setFilter, update } = list;
  const schools = useSchools().data ?? [];
  const subjects = useSubjects().data ?? [];
  const programmes = useProgrammes().data ?? [];
  // Typing settles for a moment before the list is asked again.
  const [search, setSearch] = useListSearch(list);

  const active = FILTER_KEYS.some((key) => filters[key]);
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}
      data-testid="class-filters"
    >
      <TextField
        size="small"
        label={t('list.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 200, flex: { xs: '1 1 100%', sm: '0 1 240px' } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
          htmlInput: { 'data-testid': 'class-search' },
        }}
      />
      {showSchool && (
        <TextField
          select
          size="small"
          label={t('fields.school')}
          value={filters.schoolId ?? ''}
          onChange={(event) => setFilter('schoolId', event.target.value || undefined)}
          sx={{ minWidth: 240, flex: { xs: '1 1 100%', sm: '0 1 320px' } }}
          slotProps={{ htmlInput: { 'data-testid': 'class-filter-school' } }}
        >
          <MenuItem value="">{t('list.allSchools')}</MenuItem>
          {schools.map((school) => (
            <MenuItem key={school.id} value={school.id}>
              {school.shortName}
            </MenuItem>
          ))}
        </TextField>
      )}
      {/* A region running one programme needs no programme filter. */}
      {programmes.length > 1 && (
        <TextField
          select
          size="small"
          label={t('fields.programme')}
          value={filters.programmeCode ?? ''}
          onChange={(event) => setFilter('programmeCode', event.target.value || undefined)}
          sx={{ minWidth: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'class-filter-programme' } }}
        >
          <MenuItem value="">{t('list.allProgrammes')}</MenuItem>
          {programmes.map((programme) => (
            <MenuItem key={programme.code} value={programme.code}>
              {programme.shortName}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={t('fields.schoolYear')}
        value={filters.schoolYear ?? ''}
        onChange={(event) => setFilter('schoolYear', event.target.value || undefined)}
        sx={{ minWidth: 150 }}
        slotProps={{ htmlInput: { 'data-testid': 'class-filter-year' } }}
      >
        <MenuItem value="">{t('list.allYears')}</MenuItem>
        {schoolYearOptions().map((year) => (
          <MenuItem key={year} value={String(year)}>
            {schoolYearLabel(year)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('fields.grade')}
        value={filters.grade ?? ''}
        onChange={(event) => setFilter('grade', event.target.value || undefined)}
        sx={{ minWidth: 130 }}
        slotProps={{ htmlInput: { 'data-testid': 'class-filter-grade' } }}
      >
        <MenuItem value="">{t('list.allGrades')}</MenuItem>
        {GRADES.map((grade) => (
          <MenuItem key={grade} value={String(grade)}>
            {grade}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('fields.subject')}
        value={filters.subject ?? ''}
        onChange={(event) => setFilter('subject', event.target.value || undefined)}
        sx={{ minWidth: 180 }}
        slotProps={{ htmlInput: { 'data-testid': 'class-filter-subject' } }}
      >
        <MenuItem value="">{t('list.allSubjects')}</MenuItem>
        {subjects.map((subject) => (
          <MenuItem key={subject.code} value={subject.code}>
            {subjectName(t, subject.code, subject.title)}
          </MenuItem>
        ))}
      </TextField>
      {active && (
        <Button
          onClick={() => {
            setSearch('');
            update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
          }}
        >
          {t('actions.clear', { ns: 'common' })}
        </Button>
      )}
    </Stack>
  );
}
