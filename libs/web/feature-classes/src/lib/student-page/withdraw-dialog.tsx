import { MenuItem, TextField } from '@mui/material';
import { api, FormDialog, unwrap } from '@orbita/web/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../shared/date-field';
import { defaultDateIn } from '../shared/format';
import { keys, type Membership, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import { openYearOptions } from './open-years';

const REASONS = ['moved_away', 'own_wish', 'health', 'other'] as const;
type Reason = (typeof REASONS)[number];

interface WithdrawValues {
  schoolYear: string;
  withdrawnOn: string;
  reasonCode: Reason | '';
  reasonText: string;
}

/** Withdraws the student from their class of a school year: when and why (a free text for «other»). */
export function WithdrawDialog({
  student,
  open: openMemberships,
  onClose,
}: {
  student: Student;
  open: Membership[];
  onClose: () => void;
}) {
  const { t } = useTranslation('classes');
  const first = openMemberships[openMemberships.length - 1];
  const form = useForm<WithdrawValues>({
    defaultValues: {
      schoolYear: String(first.schoolYear),
      withdrawnOn: defaultDateIn(first.schoolYear),
      reasonCode: '',
      reasonText: '',
    },
  });
  const { control, register, formState } = form;
  const reason = useWatch({ control, name: 'reasonCode' });
  const required = t('form.required', { ns: 'common' });
  const membershipOf = (year: string) => openMemberships.find((m) => String(m.schoolYear) === year);

  const submit = useEnrollmentSubmit({
    form,
    fields: ['schoolYear', 'withdrawnOn', 'reasonCode', 'reasonText'],
    fieldOfCode: { NOT_ENROLLED: 'schoolYear' },
    send: (values) =>
      unwrap(
        api.POST('/api/v1/students/{id}/withdrawal', {
          params: { path: { id: student.id } },
          body: {
            schoolYear: Number(values.schoolYear),
            withdrawnOn: values.withdrawnOn,
            reasonCode: values.reasonCode as Reason,
            reasonText: values.reasonText.trim() || null,
          },
        }),
      ),
    refresh: keys.all,
    onDone: () => onClose(),
  });

  return (
    <FormDialog
      title={t('withdraw.title')}
      submitLabel={t('withdraw.submit')}
      onClose={onClose}
      testId="withdraw-dialog"
      {...submit}
    >
      <Controller
        control={control}
        name="schoolYear"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('withdraw.fromYear')}
            {...field}
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            disabled={openMemberships.length === 1}
          >
            {openYearOptions(openMemberships)}
          </TextField>
        )}
      />
      <DateField
        control={control}
        name="withdrawnOn"
        label={t('withdraw.date')}
        notBefore={(values) => membershipOf(values.schoolYear)?.enrolledOn}
        testId="withdraw-date"
      />
      <Controller
        control={control}
        name="reasonCode"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('withdraw.reason')}
            {...field}
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { 'data-testid': 'withdraw-reason' } }}
          >
            {REASONS.map((code) => (
              <MenuItem key={code} value={code}>
                {t(`withdrawReasons.${code}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        label={reason === 'other' ? t('withdraw.reasonTextRequired') : t('withdraw.reasonText')}
        multiline
        minRows={2}
        {...register('reasonText', {
          validate: (value, values) =>
            values.reasonCode !== 'other' || value.trim() !== '' || t('withdraw.explain'),
          maxLength: { value: 1000, message: t('form.maxLength', { count: 1000 }) },
        })}
        error={!!formState.errors.reasonText}
        helperText={formState.errors.reasonText?.message}
      />
    </FormDialog>
  );
}
