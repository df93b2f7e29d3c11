import { MenuItem, TextField } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, type StudioCycle } from '../data/studios-queries';
import { problemText } from '../shared/problem';

interface FactValues {
  indicatorId: string;
  count: string;
  description: string;
}

const FIELDS = ['indicatorId', 'count', 'description'] as const;

/**
 * A fact of the studio towards one of the cycle's indicators. A per-fact indicator counts the fact once;
 * the others ask how many units it stands for. It awaits the centre's verification.
 */
export function SubmitFactDialog({
  cycle,
  studioId,
  onClose,
}: {
  cycle: StudioCycle;
  studioId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const { control, handleSubmit, setError, formState } = useForm<FactValues>({
    defaultValues: { indicatorId: cycle.criteria.indicators[0]?.id ?? '', count: '1', description: '' },
  });
  const indicatorId = useWatch({ control, name: 'indicatorId' });
  const indicator = cycle.criteria.indicators.find((candidate) => candidate.id === indicatorId);
  const counted = indicator?.rule.kind !== 'perFact';
  const submit = useMutation({
    mutationFn: (values: FactValues) =>
      unwrap(
        api.POST('/api/v1/credit-facts', {
          body: {
            studioId,
            indicatorId: values.indicatorId,
            description: values.description.trim(),
            ...(counted && { count: Number(values.count) }),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
    onError: (error) => applyServerErrors(error, setError, FIELDS),
  });
  const fieldErrorShown = FIELDS.some((field) => formState.errors[field]?.type === 'server');

  return (
    <FormDialog
      title={t('facts.submitTitle')}
      onClose={onClose}
      onSubmit={handleSubmit((values) => submit.mutate(values))}
      submitting={submit.isPending}
      failure={submit.error && !fieldErrorShown ? problemText(submit.error) : undefined}
      submitLabel={t('facts.submit')}
      testId="fact-form"
    >
      <Controller
        control={control}
        name="indicatorId"
        rules={{ required: tc('form.required') }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label={t('facts.indicator')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? (indicator && t(`ruleHint.${indicator.rule.kind}`, ruleWords(indicator.rule)))}
          >
            {cycle.criteria.indicators.map((option) => (
              <MenuItem key={option.id} value={option.id}>
                {option.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {counted && (
        <Controller
          control={control}
          name="count"
          rules={{
            validate: (value) => (/^\d+$/.test(value.trim()) ? true : t('facts.countInvalid')),
          }}
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              label={t('facts.countOf', { unit: indicator?.unit ?? '' })}
              required
              inputMode="numeric"
              error={!!fieldState.error}
              helperText={fieldState.error?.message}
              slotProps={{ htmlInput: { 'data-testid': 'fact-count' } }}
            />
          )}
        />
      )}
      <Controller
        control={control}
        name="description"
        rules={{ validate: (value) => value.trim() !== '' || tc('form.required') }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t('facts.description')}
            required
            multiline
            minRows={3}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('facts.descriptionHint')}
            slotProps={{ htmlInput: { 'data-testid': 'fact-description', maxLength: 2000 } }}
          />
        )}
      />
    </FormDialog>
  );
}

/** The figures a rule's hint names (points per fact, per unit and the cap, the scale's first band). */
function ruleWords(rule: StudioCycle['criteria']['indicators'][number]['rule']): Record<string, string | number> {
  return {
    points: rule.points ?? 0,
    pointsPerUnit: rule.pointsPerUnit ?? 0,
    cap: rule.capPerStudio ?? 0,
    bands: (rule.bands ?? []).map((band) => `${band.threshold} → ${band.points}`).join('; '),
  };
}
