import { FormControlLabel, Switch, TextField, type TextFieldProps } from '@mui/material';
import {
  useController,
  type Control,
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
} from 'react-hook-form';

type Bound<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  rules?: Omit<RegisterOptions<T, FieldPath<T>>, 'valueAsNumber' | 'valueAsDate' | 'setValueAs' | 'disabled'>;
};

/**
 * A labelled text field (or `select`, or `type="date"`) bound to a react-hook-form field: its rules,
 * its error (the client's or the server's, see `applyServerErrors`) under it, focus on the first error.
 */
export function FormField<T extends FieldValues>({
  control,
  name,
  rules,
  helperText,
  type,
  slotProps,
  ...props
}: Bound<T> & Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'>) {
  const { field, fieldState } = useController({ control, name, rules });
  return (
    <TextField
      fullWidth
      {...props}
      type={type}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      required={!!rules?.required}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={type === 'date' ? { ...slotProps, inputLabel: { shrink: true } } : slotProps}
    />
  );
}

/** An on/off field (e.g. "active organisation") bound to react-hook-form. */
export function FormSwitch<T extends FieldValues>({ control, name, label }: Bound<T> & { label: string }) {
  const { field } = useController({ control, name });
  return (
    <FormControlLabel
      label={label}
      control={
        <Switch
          name={field.name}
          checked={!!field.value}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
          slotProps={{ input: { ref: field.ref } }}
        />
      }
    />
  );
}
