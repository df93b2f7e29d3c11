import { MenuItem, TextField } from '@mui/material';
import { api, formatDate, unwrap, useMe } from '@orbita/web/core';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultDateIn, schoolYearLabel } from '../shared/format';
import { OrderSelect } from '../shared/order-select';
import { keys, useClassOptions, useSchoolName, type Membership, type Student } from '../shared/queries';
import { placeServerError } from '../shared/server-errors';
import { StudentDialog } from './student-dialog';

interface TransferValues {
  schoolYear: string;
  toClassId: string;
  orderId: string;
  transferredOn: string;
}

/**
 * Moves the student to another class of the same school year — at another school too, for a region-wide
 * account — by the receiving school's order.
 */
export function TransferDialog({
  student,
  open: openMemberships,
  onClose,
}: {
  student: Student;
  open: Membership[];
  onClose: () => void;
}) {
  const { t } = useTranslation('classes');
  const me = useMe();
  const queryClient = useQueryClient();
  const schoolName = useSchoolName();
  const [failure, setFailure] = useState<Error>();
  const latest = openMemberships[openMemberships.length - 1];
  const { control, register, handleSubmit, formState, setError, setValue } = useForm<TransferValues>({
    defaultValues: {
      schoolYear: String(latest.schoolYear),
      toClassId: '',
      orderId: '',
      transferredOn: defaultDateIn(latest.schoolYear),
    },
  });
  const schoolYear = Number(useWatch({ control, name: 'schoolYear' }));
  const toClassId = useWatch({ control, name: 'toClassId' });
  const from = openMemberships.find((m) => m.schoolYear === schoolYear);
  const classes = (useClassOptions({ schoolYear }).data ?? []).filter((item) => item.id !== from?.classId);
  const target = classes.find((item) => item.id === toClassId);
  const required = t('form.required', { ns: 'common' });
  const regionWide = me.schoolId === null;

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/api/v1/students/{id}/transfer', {
          params: { path: { id: student.id } },
          body: { toClassId: values.toClassId, orderId: values.orderId, transferredOn: values.transferredOn },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: keys.all });
      onClose();
    } catch (error) {
      setFailure(
        placeServerError(error, setError, ['toClassId', 'orderId', 'transferredOn'], t, {
          CLASS_NOT_FOUND: 'toClassId',
          ALREADY_ENROLLED: 'toClassId',
          SCHOOL_MISMATCH: 'orderId',
          ORDER_NOT_FOUND: 'orderId',
        }),
      );
    }
  });

  return (
    <StudentDialog
      title={t('transfer.title')}
      submitLabel={t('transfer.submit')}
      submitting={formState.isSubmitting}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
      testId="transfer-dialog"
    >
      {openMemberships.length > 1 && (
        <Controller
          control={control}
          name="schoolYear"
          render={({ field }) => (
            <TextField
              select
              label={t('fields.schoolYear')}
              {...field}
              onChange={(event) => {
                field.onChange(event);
                setValue('toClassId', '');
                setValue('orderId', '');
              }}
            >
              {openMemberships.map((membership) => (
                <MenuItem key={membership.schoolYear} value={String(membership.schoolYear)}>
                  {schoolYearLabel(membership.schoolYear)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}
      <Controller
        control={control}
        name="toClassId"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('transfer.toClass')}
            {...field}
            onChange={(event) => {
              field.onChange(event);
              setValue('orderId', '');
            }}
            error={!!fieldState.error}
            helperText={
              fieldState.error?.message ??
              (classes.length === 0
                ? t('transfer.noClasses')
                : t('transfer.sameYear', { year: schoolYearLabel(schoolYear) }))
            }
            slotProps={{ htmlInput: { 'data-testid': 'transfer-class' } }}
          >
            {classes.map((item) => (
              <MenuItem key={item.id} value={item.id}>
                {item.label}
                {regionWide || item.schoolId !== student.schoolId ? ` — ${schoolName(item.schoolId)}` : ''}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="orderId"
        rules={{ required: t('order.required') }}
        render={({ field, fieldState }) => (
          <OrderSelect
            schoolId={target?.schoolId}
            value={field.value}
            onChange={field.onChange}
            error={!!fieldState.error}
            helperText={
              fieldState.error?.message ?? (target ? t('transfer.orderHint') : t('transfer.chooseClassFirst'))
            }
            testId="transfer-order"
          />
        )}
      />
      <TextField
        label={t('transfer.date')}
        type="date"
        {...register('transferredOn', {
          required,
          validate: (value) =>
            !from || value >= from.enrolledOn || t('form.notBefore', { date: formatDate(from.enrolledOn) }),
        })}
        error={!!formState.errors.transferredOn}
        helperText={formState.errors.transferredOn?.message}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </StudentDialog>
  );
}
