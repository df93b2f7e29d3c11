import { MenuItem, TextField } from '@mui/material';
import { api, formatDate, unwrap } from '@orbita/web/core';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultDateIn, schoolYearLabel } from '../shared/format';
import { keys, type Membership, type Student } from '../shared/queries';
import { placeServerError } from '../shared/server-errors';
import { StudentDialog } from './student-dialog';

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
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<Error>();
  const first = openMemberships[openMemberships.length - 1];
  const { control, register, handleSubmit, formState, setError } = useForm<WithdrawValues>({
    defaultValues: {
      schoolYear: String(first.schoolYear),
      withdrawnOn: defaultDateIn(first.schoolYear),
      reasonCode: '',
      reasonText: '',
    },
  });
  const reason = useWatch({ control, name: 'reasonCode' });
  const required = t('form.required', { ns: 'common' });
  const membershipOf = (year: string) => openMemberships.find((m) => String(m.schoolYear) === year);

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/api/v1/students/{id}/withdrawal', {
          params: { path: { id: student.id } },
          body: {
            schoolYear: Number(values.schoolYear),
            withdrawnOn: values.withdrawnOn,
            reasonCode: values.reasonCode as Reason,
            reasonText: values.reasonText.trim() || null,
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: keys.all });
      onClose();
    } catch (error) {
      setFailure(
        placeServerError(error, setError, ['schoolYear', 'withdrawnOn', 'reasonCode', 'reasonText'], t, {
          NOT_ENROLLED: 'schoolYear',
        }),
      );
    }
  });

  return (
    <StudentDialog
      title={t('withdraw.title')}
      submitLabel={t('withdraw.submit')}
      submitting={formState.isSubmitting}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
      testId="withdraw-dialog"
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
            {openMemberships.map((membership) => (
              <MenuItem key={membership.schoolYear} value={String(membership.schoolYear)}>
                {schoolYearLabel(membership.schoolYear)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <TextField
        label={t('withdraw.date')}
        type="date"
        {...register('withdrawnOn', {
          required,
          validate: (value, values) => {
            const enrolledOn = membershipOf(values.schoolYear)?.enrolledOn;
            return (
              !enrolledOn || value >= enrolledOn || t('form.notBefore', { date: formatDate(enrolledOn) })
            );
          },
        })}
        error={!!formState.errors.withdrawnOn}
        helperText={formState.errors.withdrawnOn?.message}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'withdraw-date' } }}
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
    </StudentDialog>
  );
}
