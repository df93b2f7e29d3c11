import { MenuItem, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type ControllerProps, type FieldPath, type FieldValues } from 'react-hook-form';

export interface SelectOption {
  value: string | number;
  label: ReactNode;
}

/**
 * A select bound to a form field: below it the field's error (its rule's, or the server's mapped onto it),
 * else `hint`. The forms of classes and selection campaigns share it.
 */
export function SelectField<Values extends FieldValues, Name extends FieldPath<Values>>({
  control,
  name,
  rules,
  label,
  options,
  hint,
  disabled,
  testId,
}: Pick<ControllerProps<Values, Name>, 'control' | 'name' | 'rules'> & {
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      rules={rules}
      render={({ field, fieldState }) => (
        <TextField
          select
          fullWidth
          label={label}
          {...field}
          disabled={disabled}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? hint}
          slotProps={testId ? { htmlInput: { 'data-testid': testId } } : undefined}
        >
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
