import { MenuItem, TextField } from '@mui/material';
import { api, FormDialog, unwrap, useMe } from '@orbita/web/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../shared/date-field';
import { defaultDateIn, schoolYearLabel } from '../shared/format';
import { OrderField } from '../shared/order-select';
import { keys, useClassOptions, useSchoolName, type Membership, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import { openYearOptions } from './open-years';

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
  const schoolName = useSchoolName();
  const latest = openMemberships[openMemberships.length - 1];
  const form = useForm<TransferValues>({
    defaultValues: {
      schoolYear: String(latest.schoolYear),
      toClassId: '',
      orderId: '',
      transferredOn: defaultDateIn(latest.schoolYear),
    },
  });
  const { control, setValue } = form;
  const schoolYear = Number(useWatch({ control, name: 'schoolYear' }));
  const toClassId = useWatch({ control, name: 'toClassId' });
  const from = openMemberships.find((m) => m.schoolYear === schoolYear);
  const classes = (useClassOptions({ schoolYear }).data ?? []).filter((item) => item.id !== from?.classId);
  const target = classes.find((item) => item.id === toClassId);
  const required = t('form.required', { ns: 'common' });
  const regionWide = me.schoolId === null;

  const submit = useEnrollmentSubmit({
    form,
    fields: ['toClassId', 'orderId', 'transferredOn'],
    fieldOfCode: {
      CLASS_NOT_FOUND: 'toClassId',
      ALREADY_ENROLLED: 'toClassId',
      SCHOOL_MISMATCH: 'orderId',
      ORDER_NOT_FOUND: 'orderId',
    },
    send: (values) =>
      unwrap(
        api.POST('/api/v1/students/{id}/transfer', {
          params: { path: { id: student.id } },
          body: { toClassId: values.toClassId, orderId: values.orderId, transferredOn: values.transferredOn },
        }),
      ),
    refresh: keys.all,
    onDone: () => onClose(),
  });

  return (
    <FormDialog
      title={t('transfer.title')}
      submitLabel={t('transfer.submit')}
      onClose={onClose}
      testId="transfer-dialog"
      {...submit}
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
              {openYearOptions(openMemberships)}
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
      <OrderField
        control={control}
        name="orderId"
        schoolId={target?.schoolId}
        hint={target ? t('transfer.orderHint') : t('transfer.chooseClassFirst')}
        testId="transfer-order"
      />
      <DateField
        control={control}
        name="transferredOn"
        label={t('transfer.date')}
        notBefore={() => from?.enrolledOn}
      />
    </FormDialog>
  );
}
