import { MenuItem, TextField } from '@mui/material';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';

/** «2024/25» */
export function useSchoolYearLabel(): (year: number) => string {
  const { t } = useTranslation('analytics');
  return useCallback(
    (year: number) => t('schoolYearValue', { from: year, to: String((year + 1) % 100).padStart(2, '0') }),
    [t],
  );
}

/** A labelled select of school years (value: first calendar year); `allLabel` adds an empty choice. */
export function SchoolYearSelect({
  value,
  years,
  onChange,
  allLabel,
  testId,
}: {
  value: number | undefined;
  years: readonly number[];
  onChange: (year: number | undefined) => void;
  allLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation('analytics');
  const label = useSchoolYearLabel();
  return (
    <TextField
      select
      size="small"
      label={t('schoolYear')}
      value={value === undefined ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      sx={{ minWidth: 160 }}
      data-testid={testId}
      // With an "all years" choice, the empty value shows it instead of an empty box.
      slotProps={
        allLabel !== undefined ? { select: { displayEmpty: true }, inputLabel: { shrink: true } } : undefined
      }
    >
      {allLabel !== undefined && <MenuItem value="">{allLabel}</MenuItem>}
      {years.map((year) => (
        <MenuItem key={year} value={String(year)}>
          {label(year)}
        </MenuItem>
      ))}
    </TextField>
  );
}
