import { Alert, TextField } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { STUDIOS_KEY, type StudioCriteria } from '../data/studios-queries';
import { currentSchoolYear } from '../shared/format';
import { problemText } from '../shared/problem';

interface CycleValues {
  schoolYear: string;
  applicationsOpenOn: string;
  applicationsCloseOn: string;
  leaderCount: string;
}

const FIELDS = ['schoolYear', 'applicationsOpenOn', 'applicationsCloseOn', 'leaderCount'] as const;

/**
 * Opens a school year's cycle: its application window and how many places name leaders. The criteria
 * start as the latest cycle's (or the starter set) and are edited on the cycle's «Критерии» tab.
 */
export function OpenCycleDialog({ criteria, onClose }: { criteria: StudioCriteria; onClose: () => void }) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const year = currentSchoolYear();
  const { control, handleSubmit, setError, getValues, formState } = useForm<CycleValues>({
    defaultValues: {
      schoolYear: String(year),
      applicationsOpenOn: `${year}-08-25`,
      applicationsCloseOn: `${year}-09-30`,
      leaderCount: '3',
    },
  });
  const open = useMutation({
    mutationFn: (values: CycleValues) =>
      unwrap(
        api.POST('/api/v1/studio-cycles', {
          body: {
            schoolYear: Number(values.schoolYear),
            applicationsOpenOn: values.applicationsOpenOn,
            applicationsCloseOn: values.applicationsCloseOn,
            leaderCount: Number(values.leaderCount),
            criteria,
          },
        }),
      ),
    onSuccess: async (cycle) => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
      await navigate(`/studios/cycles/${cycle.id}?tab=criteria`);
    },
    onError: (error) => applyServerErrors(error, setError, FIELDS),
  });
  const fieldErrorShown = FIELDS.some((field) => formState.errors[field]?.type === 'server');
  const required = { validate: (value: string) => value.trim() !== '' || tc('form.required') };

  return (
    <FormDialog
      title={t('cycles.openTitle')}
      onClose={onClose}
      onSubmit={handleSubmit((values) => open.mutate(values))}
      submitting={open.isPending}
      failure={open.error && !fieldErrorShown ? problemText(open.error) : undefined}
      submitLabel={t('cycles.open')}
      testId="cycle-form"
    >
      <Controller
        control={control}
        name="schoolYear"
        rules={{ validate: (value) => /^20\d\d$/.test(value.trim()) || t('cycles.yearInvalid') }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t('cycles.schoolYear')}
            required
            inputMode="numeric"
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('cycles.schoolYearHint')}
            slotProps={{ htmlInput: { 'data-testid': 'cycle-school-year' } }}
          />
        )}
      />
      <Controller
        control={control}
        name="applicationsOpenOn"
        rules={required}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            type="date"
            label={t('cycles.opensOn')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'cycle-opens-on' } }}
          />
        )}
      />
      <Controller
        control={control}
        name="applicationsCloseOn"
        rules={{
          validate: (value) =>
            value.trim() === ''
              ? tc('form.required')
              : value >= getValues('applicationsOpenOn') || t('cycles.closesBeforeOpens'),
        }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            type="date"
            label={t('cycles.closesOn')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'cycle-closes-on' } }}
          />
        )}
      />
      <Controller
        control={control}
        name="leaderCount"
        rules={{
          validate: (value) => {
            const count = Number(value);
            return (Number.isInteger(count) && count >= 1 && count <= 50) || t('cycles.leaderCountInvalid');
          },
        }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t('cycles.leaderCount')}
            required
            inputMode="numeric"
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('cycles.leaderCountHint')}
          />
        )}
      />
      <Alert severity="info">{t('cycles.criteriaLater', { count: criteria.indicators.length })}</Alert>
    </FormDialog>
  );
}
