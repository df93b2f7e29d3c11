import AddIcon from '@mui/icons-material/Add';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { api, formatDate, FormDialog, unwrap } from '@orbita/web/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useController, useForm, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso } from './format';
import { keys, useSchoolOrders, type EnrollmentOrder } from './queries';
import { useEnrollmentSubmit } from './use-enrollment-submit';

export function orderLabel(order: Pick<EnrollmentOrder, 'number' | 'date'>, t: TFunction) {
  return t('order.label', { ns: 'classes', number: order.number, date: formatDate(order.date) });
}

/**
 * The enrollment order (приказ) an action rests on: one of the school's orders, or a new one registered
 * on the spot (number and date; the scan may follow later).
 */
export function OrderSelect({
  schoolId,
  value,
  onChange,
  error,
  helperText,
  disabled,
  testId,
}: {
  schoolId: string | undefined;
  value: string;
  onChange: (orderId: string) => void;
  error?: boolean;
  helperText?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('classes');
  const { orders, isPending } = useSchoolOrders(schoolId);
  const [creating, setCreating] = useState(false);
  const known = orders.some((order) => order.id === value);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        fullWidth
        label={t('order.field')}
        value={known ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        helperText={
          helperText ?? (!isPending && schoolId && orders.length === 0 ? t('order.none') : undefined)
        }
        disabled={disabled || !schoolId}
        slotProps={{ htmlInput: { 'data-testid': testId } }}
      >
        {orders.map((order) => (
          <MenuItem key={order.id} value={order.id}>
            {orderLabel(order, t)}
          </MenuItem>
        ))}
      </TextField>
      <Button
        startIcon={<AddIcon />}
        onClick={() => setCreating(true)}
        disabled={disabled || !schoolId}
        sx={{ mt: 1, flexShrink: 0 }}
      >
        {t('order.new')}
      </Button>
      {schoolId && creating && (
        <NewOrderDialog
          schoolId={schoolId}
          onClose={(created) => {
            setCreating(false);
            if (created) onChange(created.id);
          }}
        />
      )}
    </Stack>
  );
}

/** The order a form's action rests on, bound to the form: required. */
export function OrderField<T extends FieldValues>({
  control,
  name,
  schoolId,
  hint,
  testId,
}: {
  control: Control<T>;
  name: Path<T>;
  schoolId: string | undefined;
  hint?: string;
  testId?: string;
}) {
  const { t } = useTranslation('classes');
  const { field, fieldState } = useController({ control, name, rules: { required: t('order.required') } });
  return (
    <OrderSelect
      schoolId={schoolId}
      value={field.value}
      onChange={field.onChange}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? hint}
      testId={testId}
    />
  );
}

interface OrderFormValues {
  number: string;
  date: string;
}

function NewOrderDialog({
  schoolId,
  onClose,
}: {
  schoolId: string;
  onClose: (created?: EnrollmentOrder) => void;
}) {
  const { t } = useTranslation('classes');
  const form = useForm<OrderFormValues>({ defaultValues: { number: '', date: todayIso() } });
  const { register, formState } = form;
  const { onSubmit, ...submit } = useEnrollmentSubmit({
    form,
    fields: ['number', 'date'],
    send: (values) =>
      unwrap(
        api.POST('/api/v1/enrollment-orders', {
          body: { schoolId, number: values.number.trim(), date: values.date },
        }),
      ),
    refresh: keys.orders,
    onDone: onClose,
  });
  return (
    <FormDialog
      title={t('order.newTitle')}
      submitLabel={t('order.create')}
      onClose={() => onClose()}
      // A nested form would submit its parent's: this dialog's form lives in its own portal.
      onSubmit={(event) => {
        event.stopPropagation();
        void onSubmit(event);
      }}
      maxWidth="xs"
      {...submit}
    >
      <TextField
        label={t('order.number')}
        autoFocus
        {...register('number', {
          required: t('form.required', { ns: 'common' }),
          maxLength: { value: 50, message: t('form.maxLength', { count: 50 }) },
          validate: (value) => value.trim() !== '' || t('form.required', { ns: 'common' }),
        })}
        error={!!formState.errors.number}
        helperText={formState.errors.number?.message ?? t('order.numberHint')}
      />
      <TextField
        label={t('order.date')}
        type="date"
        slotProps={{ inputLabel: { shrink: true } }}
        {...register('date', { required: t('form.required', { ns: 'common' }) })}
        error={!!formState.errors.date}
        helperText={formState.errors.date?.message}
      />
    </FormDialog>
  );
}
