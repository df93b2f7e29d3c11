import { Grid, TextField } from '@mui/material';
import { api, formatDate, FormDialog, unwrap, useMe } from '@orbita/web/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentSchoolYear, schoolYearLabel, schoolYearOptions } from '../shared/format';
import { keys, useSchools, useWorks } from '../shared/queries';
import { SelectField } from '../shared/select-field';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import type { Campaign } from './selection-queries';

interface CampaignValues {
  schoolId: string;
  schoolYear: number;
  grade: string;
  basis: Campaign['basis'];
  workId: string;
  threshold: string;
  quota: string;
}

const FIELDS = ['schoolId', 'schoolYear', 'grade', 'basis', 'workId', 'threshold', 'quota'] as const;
const decimal = (value: string) => Number(value.replace(',', '.'));

/** Opens a selection campaign: school (region-wide accounts), year, grade, basis, threshold and quota. */
export function CampaignFormDialog({
  defaultSchoolId,
  onClose,
}: {
  defaultSchoolId?: string;
  onClose: (created?: Campaign) => void;
}) {
  const { t } = useTranslation('classes');
  const me = useMe();
  const schools = useSchools().data ?? [];
  const chooseSchool = me.schoolId === null;
  const form = useForm<CampaignValues>({
    defaultValues: {
      schoolId: defaultSchoolId ?? '',
      schoolYear: currentSchoolYear(),
      grade: '7',
      basis: 'oge',
      workId: '',
      threshold: '',
      quota: '',
    },
  });
  const { control, register, formState } = form;
  const basis = useWatch({ control, name: 'basis' });
  const grade = Number(useWatch({ control, name: 'grade' }));
  const selectionWorks = (useWorks().data ?? []).filter(
    (work) => work.kind === 'selection' && work.grades.includes(grade),
  );
  const required = t('form.required', { ns: 'common' });
  const numberRule = (integer: boolean) => ({
    validate: (value: string) => {
      if (value.trim() === '') return required;
      const number = decimal(value);
      if (!Number.isFinite(number) || number < 0) return t('form.notNegative');
      if (integer && (!Number.isInteger(number) || number < 1)) return t('form.positiveInteger');
      return true;
    },
  });

  const submit = useEnrollmentSubmit({
    form,
    fields: FIELDS,
    send: (values) =>
      unwrap(
        api.POST('/api/v1/selection-campaigns', {
          body: {
            ...(chooseSchool && { schoolId: values.schoolId }),
            schoolYear: values.schoolYear,
            grade: Number(values.grade),
            basis: values.basis,
            ...(values.basis === 'work' && { workId: values.workId }),
            threshold: decimal(values.threshold),
            quota: Number(values.quota),
          },
        }),
      ),
    refresh: keys.all,
    onDone: onClose,
  });

  return (
    <FormDialog
      title={t('selection.createTitle')}
      submitLabel={t('selection.createSubmit')}
      onClose={() => onClose()}
      testId="campaign-form"
      {...submit}
    >
      <Grid container spacing={2}>
        {chooseSchool && (
          <Grid size={{ xs: 12 }}>
            <SelectField
              control={control}
              name="schoolId"
              rules={{ required }}
              label={t('fields.school')}
              options={schools.map((school) => ({ value: school.id, label: school.shortName }))}
              testId="campaign-form-school"
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            control={control}
            name="schoolYear"
            label={t('fields.schoolYear')}
            options={schoolYearOptions().map((year) => ({ value: year, label: schoolYearLabel(year) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            label={t('fields.grade')}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'campaign-form-grade' } }}
            {...register('grade', {
              validate: (value) => {
                const number = Number(value);
                return (Number.isInteger(number) && number >= 1 && number <= 11) || t('form.gradeRange');
              },
            })}
            error={!!formState.errors.grade}
            helperText={formState.errors.grade?.message}
          />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <SelectField
            control={control}
            name="basis"
            label={t('selection.basis')}
            options={[
              { value: 'oge', label: t('basis.oge') },
              { value: 'work', label: t('basis.work') },
            ]}
            testId="campaign-form-basis"
          />
        </Grid>
        {basis === 'work' && (
          <Grid size={{ xs: 12 }}>
            <SelectField
              control={control}
              name="workId"
              rules={{ required }}
              label={t('selection.work')}
              options={selectionWorks.map((work) => ({
                value: work.workId,
                label: `${work.title} · ${formatDate(work.windowFrom)}`,
              }))}
              hint={selectionWorks.length === 0 ? t('selection.noWorks') : undefined}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            label={t('selection.threshold')}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'campaign-form-threshold' } }}
            {...register('threshold', numberRule(false))}
            error={!!formState.errors.threshold}
            helperText={formState.errors.threshold?.message ?? t('selection.thresholdHint')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            label={t('selection.quota')}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'campaign-form-quota' } }}
            {...register('quota', numberRule(true))}
            error={!!formState.errors.quota}
            helperText={formState.errors.quota?.message ?? t('selection.quotaHint')}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
