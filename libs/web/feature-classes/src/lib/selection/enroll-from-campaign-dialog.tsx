import { MenuItem, TextField, Typography } from '@mui/material';
import { api, FormDialog, unwrap } from '@orbita/web/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../shared/date-field';
import { defaultDateIn } from '../shared/format';
import { OrderField } from '../shared/order-select';
import { keys, useClassOptions } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import type { Campaign } from './selection-queries';

interface EnrollValues {
  classId: string;
  orderId: string;
  enrolledOn: string;
}

/**
 * Enrolls the chosen recommended candidates in a class of the campaign's school, grade and year by an
 * order; each record keeps the basis, score, threshold and rank. Closes with how many were enrolled.
 */
export function EnrollFromCampaignDialog({
  campaign,
  studentIds,
  onClose,
}: {
  campaign: Campaign;
  studentIds: string[];
  onClose: (enrolled?: number) => void;
}) {
  const { t } = useTranslation('classes');
  const classes = (
    useClassOptions({ schoolId: campaign.schoolId, schoolYear: campaign.schoolYear }).data ?? []
  ).filter((each) => each.grade === campaign.grade);
  const form = useForm<EnrollValues>({
    defaultValues: { classId: '', orderId: '', enrolledOn: defaultDateIn(campaign.schoolYear) },
  });
  const { control } = form;
  const required = t('form.required', { ns: 'common' });

  const submit = useEnrollmentSubmit({
    form,
    fields: ['classId', 'orderId', 'enrolledOn'],
    fieldOfCode: { CLASS_NOT_FOUND: 'classId', ORDER_NOT_FOUND: 'orderId', SCHOOL_MISMATCH: 'orderId' },
    send: (values) =>
      unwrap(
        api.POST('/api/v1/selection-campaigns/{id}/enrollments', {
          params: { path: { id: campaign.id } },
          body: { ...values, studentIds },
        }),
      ),
    refresh: keys.all,
    onDone: (result) => onClose(result.enrolled.length),
  });

  return (
    <FormDialog
      title={t('selection.enrollTitle')}
      submitLabel={t('selection.enrollSubmit', { count: studentIds.length })}
      onClose={() => onClose()}
      testId="campaign-enroll-form"
      {...submit}
    >
      <Typography>{t('selection.enrollChosen', { count: studentIds.length })}</Typography>
      <Controller
        control={control}
        name="classId"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('enroll.class')}
            {...field}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? (classes.length === 0 ? t('selection.noClasses') : undefined)}
            slotProps={{ htmlInput: { 'data-testid': 'campaign-enroll-class' } }}
          >
            {classes.map((each) => (
              <MenuItem key={each.id} value={each.id}>
                {each.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <OrderField control={control} name="orderId" schoolId={campaign.schoolId} testId="campaign-enroll-order" />
      <DateField control={control} name="enrolledOn" label={t('membership.enrolledOn')} />
    </FormDialog>
  );
}
