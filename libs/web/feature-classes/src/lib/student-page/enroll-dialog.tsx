import { MenuItem, Stack, TextField } from '@mui/material';
import { api, FormDialog, unwrap } from '@orbita/web/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../shared/date-field';
import { defaultDateIn, schoolYearLabel } from '../shared/format';
import { OrderField } from '../shared/order-select';
import { keys, useClassOptions, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';

type BasisKind = 'work' | 'oge' | 'other';
const BASIS_KINDS: BasisKind[] = ['work', 'oge', 'other'];

interface EnrollValues {
  classId: string;
  orderId: string;
  enrolledOn: string;
  kind: BasisKind;
  score: string;
  threshold: string;
  rank: string;
}

const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value.replace(',', '.')));

/** Enrolls the student in a class of their school by an order, with the evidence it rests on. */
export function EnrollDialog({ student, onClose }: { student: Student; onClose: () => void }) {
  const { t } = useTranslation('classes');
  const classes = useClassOptions({ schoolId: student.schoolId }).data ?? [];
  const busyYears = new Set(student.memberships.filter((m) => !m.endedOn).map((m) => m.schoolYear));
  const form = useForm<EnrollValues>({
    defaultValues: {
      classId: '',
      orderId: '',
      enrolledOn: '',
      kind: 'oge',
      score: '',
      threshold: '',
      rank: '',
    },
  });
  const { control, register, formState, setValue, getFieldState } = form;
  const kind = useWatch({ control, name: 'kind' });
  const required = t('form.required', { ns: 'common' });
  const numberRule = (integer: boolean) => ({
    validate: (value: string) => {
      if (value.trim() === '') return true;
      const number = Number(value.replace(',', '.'));
      if (!Number.isFinite(number) || number < 0) return t('form.notNegative');
      if (integer && (!Number.isInteger(number) || number < 1)) return t('form.positiveInteger');
      return true;
    },
  });

  const submit = useEnrollmentSubmit({
    form,
    fields: ['classId', 'orderId', 'enrolledOn'],
    fieldOfCode: {
      ALREADY_ENROLLED: 'classId',
      CLASS_NOT_FOUND: 'classId',
      SCHOOL_MISMATCH: 'orderId',
      ORDER_NOT_FOUND: 'orderId',
      BASIS_INVALID: 'score',
    },
    send: (values) => {
      const scored = values.kind !== 'other';
      return unwrap(
        api.POST('/api/v1/students/{id}/enrollments', {
          params: { path: { id: student.id } },
          body: {
            classId: values.classId,
            orderId: values.orderId,
            enrolledOn: values.enrolledOn,
            basis: {
              kind: values.kind,
              ...(scored && {
                score: optionalNumber(values.score),
                threshold: optionalNumber(values.threshold),
                rank: optionalNumber(values.rank),
              }),
            },
          },
        }),
      );
    },
    refresh: keys.all,
    onDone: () => onClose(),
  });

  return (
    <FormDialog
      title={t('enroll.title')}
      submitLabel={t('enroll.submit')}
      onClose={onClose}
      testId="enroll-dialog"
      {...submit}
    >
      <Controller
        control={control}
        name="classId"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('enroll.class')}
            {...field}
            onChange={(event) => {
              field.onChange(event);
              const chosen = classes.find((item) => item.id === event.target.value);
              if (chosen && !getFieldState('enrolledOn').isDirty)
                setValue('enrolledOn', defaultDateIn(chosen.schoolYear), { shouldValidate: true });
            }}
            error={!!fieldState.error}
            helperText={
              fieldState.error?.message ?? (classes.length === 0 ? t('enroll.noClasses') : undefined)
            }
            slotProps={{ htmlInput: { 'data-testid': 'enroll-class' } }}
          >
            {classes.map((item) => (
              <MenuItem key={item.id} value={item.id} disabled={busyYears.has(item.schoolYear)}>
                {item.label} · {schoolYearLabel(item.schoolYear)}
                {busyYears.has(item.schoolYear) ? ` — ${t('enroll.yearTaken')}` : ''}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <OrderField control={control} name="orderId" schoolId={student.schoolId} testId="enroll-order" />
      <DateField control={control} name="enrolledOn" label={t('membership.enrolledOn')} />
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <TextField select label={t('membership.basis')} {...field} helperText={t('enroll.basisHint')}>
            {BASIS_KINDS.map((basis) => (
              <MenuItem key={basis} value={basis}>
                {t(`basis.${basis}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {kind !== 'other' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('enroll.score')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            {...register('score', {
              validate: (value, values) => {
                const own = numberRule(false).validate(value);
                if (own !== true) return own;
                const [score, threshold] = [optionalNumber(value), optionalNumber(values.threshold)];
                // The server refuses it too (422): a basis below its own threshold supports no enrollment.
                return score === undefined || threshold === undefined || score >= threshold || t('enroll.belowThreshold');
              },
            })}
            error={!!formState.errors.score}
            helperText={formState.errors.score?.message}
          />
          <TextField
            label={t('enroll.threshold')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            {...register('threshold', numberRule(false))}
            error={!!formState.errors.threshold}
            helperText={formState.errors.threshold?.message}
          />
          <TextField
            label={t('enroll.rank')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...register('rank', numberRule(true))}
            error={!!formState.errors.rank}
            helperText={formState.errors.rank?.message}
          />
        </Stack>
      )}
    </FormDialog>
  );
}
