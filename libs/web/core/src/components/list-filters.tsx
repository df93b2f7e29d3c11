import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { Button, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useListParams } from './list-params';
import { useListSearch } from './use-list-search';

type List = ReturnType<typeof useListParams>;

/** A phone stacks the filters; a tablet or wider lets them share a row and wrap. */
const fieldSx = (width: number) => ({
  minWidth: { xs: '100%', sm: width },
  flex: { sm: `1 1 ${width}px` },
  maxWidth: { sm: 2 * width },
});

/** The filters above a list: they wrap on a tablet; "clear" appears once something is set. */
export function FilterBar({ list, testId, children }: { list: List; testId?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const keys = Object.keys(list.filters);
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={2}
      sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}
      data-testid={testId}
    >
      {children}
      {keys.length > 0 && (
        <Button
          startIcon={<ClearIcon />}
          onClick={() => list.update(Object.fromEntries(keys.map((key) => [key, undefined])))}
        >
          {t('actions.clear')}
        </Button>
      )}
    </Stack>
  );
}

/** Free-text search (`q`), sent when the user pauses typing for `delay` ms. */
export function SearchFilter({
  list,
  placeholder,
  delay,
  testId = 'filter-search',
}: {
  list: List;
  placeholder: string;
  delay?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useListSearch(list, delay);
  return (
    <TextField
      size="small"
      type="search"
      label={t('actions.search')}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      data-testid={testId}
      sx={{ ...fieldSx(150), flex: { sm: '2 1 220px' }, maxWidth: { sm: 420 } }}
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

/**
 * One choice among a few (municipality, kind, status…); the first option, "all" or `allLabel`, clears
 * it. A value not among the options (an old link) shows as "all". `width` is the field's usual width.
 */
export function SelectFilter({
  list,
  name,
  label,
  options,
  allLabel,
  testId,
  width = 150,
}: {
  list: List;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  allLabel?: string;
  testId?: string;
  width?: number;
}) {
  const { t } = useTranslation();
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
      sx={fieldSx(width)}
    >
      <MenuItem value="">{allLabel ?? t('filters.all')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
