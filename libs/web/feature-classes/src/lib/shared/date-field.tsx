import { TextField } from '@mui/material';
import { formatDate } from '@orbita/web/core';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * The day an enrollment action takes effect, bound to the form: required and, where `notBefore` knows
 * the day the student joined the class, not before it.
 */
export function DateField<T extends FieldValues>({
  control,
  name,
  label,
  notBefore,
  testId,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  notBefore?: (values: T) => string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation('classes');
  const { field, fieldState } = useController({
    control,
    name,
    rules: {
      required: t('form.required', { ns: 'common' }),
      validate: (value, values) => {
        const since = notBefore?.(values);
        return !since || String(value) >= since || t('form.notBefore', { date: formatDate(since) });
      },
    },
  });
  return (
    <TextField
      label={label}
      type="date"
      name={field.name}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId } }}
    />
  );
}
