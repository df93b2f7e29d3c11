import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { api, formatDate, unwrap } from '@orbita/web/core';

import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso } from './format';
import { placeServerError } from './server-errors';
import { keys, useSchoolOrders, type EnrollmentOrder } from './queries';

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
      {schoolId && (
        <NewOrderDialog
          open={creating}
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

interface OrderFormValues {
  number: string;
  date: string;
}

function NewOrderDialog({
  open,
  schoolId,
  onClose,
}: {
  open: boolean;
  schoolId: string;
  onClose: (created?: EnrollmentOrder) => void;
}) {
  const { t } = useTranslation('classes');
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Error>();
  const { register, handleSubmit, formState, setError, reset } = useForm<OrderFormValues>({
    defaultValues: { number: '', date: todayIso() },
  });
  const close = (created?: EnrollmentOrder) => {
    reset();
    setFailure(undefined);
    onClose(created);
  };
  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const created = await unwrap(
        api.POST('/api/v1/enrollment-orders', {
          body: { schoolId, number: values.number.trim(), date: values.date },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: keys.orders });
      close(created);
    } catch (error) {
      setFailure(placeServerError(error, setError, ['number', 'date'], t));
    }
  });
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="xs">
      {/* A nested form would submit its parent's: this dialog's form lives in its own portal. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.stopPropagation();
          void submit(event);
        }}
      >
        <DialogTitle>{t('order.newTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {failure && <Alert severity="error">{failure.message}</Alert>}
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('order.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
