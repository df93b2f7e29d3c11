import SearchIcon from '@mui/icons-material/Search';
import { Button, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useListSearch, type useListParams } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { schoolYearLabel, schoolYearOptions } from '../shared/format';
import { useSchools } from '../shared/queries';

const GRADES = Array.from({ length: 11 }, (_, index) => index + 1);

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
  // Typing settles for a moment before the list is asked again.
  const [search, setSearch] = useListSearch(list);

  const active = ['q', 'schoolId', 'schoolYear', 'grade'].some((key) => filters[key]);
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
      {active && (
        <Button
          onClick={() => {
            setSearch('');
            update({ q: undefined, schoolId: undefined, schoolYear: undefined, grade: undefined });
          }}
        >
          {t('actions.clear', { ns: 'common' })}
        </Button>
      )}
    </Stack>
  );
}
