import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { Button, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useListSearch, type useListParams } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';

type List = ReturnType<typeof useListParams>;
const FIELD_SX = { minWidth: { xs: '100%', sm: 150 }, flex: { sm: '1 1 150px' }, maxWidth: { sm: 300 } };

/** The filters above a list: they wrap on a tablet; "clear" appears once something is set. */
export function FilterBar({ list, children }: { list: List; children: ReactNode }) {
  const { t } = useTranslation(REGISTRY_NS);
  const keys = Object.keys(list.filters);
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      {children}
      {keys.length > 0 && (
        <Button
          startIcon={<ClearIcon />}
          onClick={() => list.update(Object.fromEntries(keys.map((key) => [key, undefined])))}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Stack>
  );
}

/** Free-text search (`q`), sent when the user pauses typing. */
export function SearchFilter({ list, placeholder }: { list: List; placeholder: string }) {
  const { t } = useTranslation(REGISTRY_NS);
  const [text, setText] = useListSearch(list);
  return (
    <TextField
      size="small"
      type="search"
      label={t('filters.search')}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      data-testid="filter-search"
      sx={{ ...FIELD_SX, flex: { sm: '2 1 220px' }, maxWidth: { sm: 420 } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** One choice among a few (municipality, kind, status…); the first option, "all", clears it. */
export function SelectFilter({
  list,
  name,
  label,
  options,
  testId,
}: {
  list: List;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  testId: string;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const value = list.filters[name] ?? '';
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <TextField
      select
      size="small"
      label={label}
      value={known ? value : ''}
      onChange={(event) => list.setFilter(name, event.target.value || undefined)}
      data-testid={testId}
      sx={FIELD_SX}
    >
      <MenuItem value="">{t('filters.all')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
