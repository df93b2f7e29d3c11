import { MenuItem, Stack, TextField } from '@mui/material';
import { useListSearch, type useListParams } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';
import { schoolYearOptions } from '../shared/dates';
import { useWorkLabels } from '../shared/labels';
import { SUBJECTS, WORK_KINDS } from '../shared/types';

/** Search and filters of the works list, kept in the URL. */
export function WorksFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation(WORKS_NS);
  const labels = useWorkLabels();
  const { filters, setFilter } = list;
  // Type freely; the list follows a moment later.
  const [search, setSearch] = useListSearch(list, 300);

  const select = (key: string, label: string, options: { value: string; label: string }[]) => (
    <TextField
      select
      size="small"
      label={label}
      value={filters[key] ?? ''}
      onChange={(event) => setFilter(key, event.target.value || undefined)}
      sx={{ minWidth: 170 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      data-testid={`works-filter-${key}`}
    >
      <MenuItem value="">{t('list.any')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
      <TextField
        size="small"
        type="search"
        label={t('list.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}
        slotProps={{ htmlInput: { 'data-testid': 'works-search' } }}
      />
      {select(
        'kind',
        t('list.kind'),
        WORK_KINDS.map((kind) => ({ value: kind, label: labels.kind(kind) })),
      )}
      {select(
        'subject',
        t('list.subject'),
        SUBJECTS.map((subject) => ({ value: subject, label: labels.subject(subject) })),
      )}
      {select(
        'schoolYear',
        t('list.schoolYear'),
        schoolYearOptions().map((year) => ({
          value: String(year),
          label: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
        })),
      )}
      {select('open', t('list.window'), [
        { value: 'true', label: t('list.openNow') },
        { value: 'false', label: t('list.notOpen') },
      ])}
    </Stack>
  );
}
