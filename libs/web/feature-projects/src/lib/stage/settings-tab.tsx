import { Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { api, fieldErrorsOf, QueryState, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSummary, type ProjectStageSettings } from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

/** How the stage turns sheets into results (its settings live with its summary). */
export function SettingsTab({ stage }: StagePanelProps) {
  const summary = useSummary(stage.id);
  return (
    <QueryState query={summary}>
      {(loaded) => <SettingsForm stageId={stage.id} settings={loaded.settings} readOnly={stage.status !== 'open'} nominating={stage.kind === 'school'} />}
    </QueryState>
  );
}

const AGGREGATIONS = ['mean', 'median', 'trimmedMean'] as const;
const BANDS = ['first', 'second', 'third'] as const;
const FIELDS = ['divergenceThreshold', 'nominationQuota', 'expertsPerWork', ...BANDS.map((band) => `awards.${band}`)];

/** `nominating`: the school stage, whose quota of works each school sends to the final is set here too. */
function SettingsForm({
  stageId,
  settings,
  readOnly,
  nominating,
}: {
  stageId: string;
  settings: ProjectStageSettings;
  readOnly: boolean;
  nominating: boolean;
}) {
  const { t } = useTranslation('projects');
  const [aggregation, setAggregation] = useState(settings.aggregation);
  const [threshold, setThreshold] = useState(String(settings.divergenceThreshold));
  const [by, setBy] = useState(settings.awards.by);
  const [bands, setBands] = useState({
    first: String(settings.awards.first),
    second: String(settings.awards.second),
    third: String(settings.awards.third),
  });
  const [quota, setQuota] = useState(String(settings.nominationQuota));
  const [expertsPerWork, setExpertsPerWork] = useState(String(settings.expertsPerWork));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const number = (value: string) => Number(value.replace(',', '.'));
  const save = useProjectsMutation(
    () =>
      unwrap(
        api.PUT('/api/v1/project-stages/{stageId}/settings', {
          params: { path: { stageId } },
          body: {
            aggregation,
            divergenceThreshold: number(threshold),
            awards: { by, first: number(bands.first), second: number(bands.second), third: number(bands.third) },
            nominationQuota: number(quota),
            expertsPerWork: number(expertsPerWork),
          },
        }),
      ),
    () => setSaved(true),
  );
  const serverErrors = fieldErrorsOf(save.error);
  const errorOf = (field: string) => errors[field] ?? serverErrors[field];

  const check = () => {
    const found: Record<string, string> = {};
    const inRange = (value: string, max: number) => value.trim() !== '' && number(value) >= 0 && number(value) <= max;
    if (!inRange(threshold, 100)) found.divergenceThreshold = t('settings.range', { max: 100 });
    for (const band of BANDS) if (!inRange(bands[band], 1000)) found[`awards.${band}`] = t('settings.range', { max: 1000 });
    if (!inRange(quota, 100) || !Number.isInteger(number(quota))) found.nominationQuota = t('nominate.quotaInvalid');
    if (!inRange(expertsPerWork, 10) || number(expertsPerWork) < 1 || !Number.isInteger(number(expertsPerWork)))
      found.expertsPerWork = t('assignment.panelSizeInvalid');
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      sx={{ p: 2, maxWidth: 640 }}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        if (check()) save.mutate();
      }}
      data-testid="settings-form"
    >
      <Stack spacing={2}>
        <TextField select label={t('settings.aggregation')} value={aggregation} disabled={readOnly} onChange={(event) => setAggregation(event.target.value as typeof aggregation)}>
          {AGGREGATIONS.map((method) => (
            <MenuItem key={method} value={method}>{t(`aggregation.${method}`)}</MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('settings.threshold')}
          value={threshold}
          disabled={readOnly}
          onChange={(event) => setThreshold(event.target.value)}
          error={!!errorOf('divergenceThreshold')}
          helperText={errorOf('divergenceThreshold') ?? t('settings.thresholdHint')}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <Typography component="h2" variant="subtitle1">{t('settings.awards')}</Typography>
        <TextField select label={t('settings.awardsBy')} value={by} disabled={readOnly} onChange={(event) => setBy(event.target.value as typeof by)}>
          <MenuItem value="rank">{t('settings.byRank')}</MenuItem>
          <MenuItem value="score">{t('settings.byScore')}</MenuItem>
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {BANDS.map((band) => (
            <TextField
              key={band}
              label={t(`settings.band.${band}`)}
              value={bands[band]}
              disabled={readOnly}
              onChange={(event) => setBands((current) => ({ ...current, [band]: event.target.value }))}
              error={!!errorOf(`awards.${band}`)}
              helperText={errorOf(`awards.${band}`) ?? t(by === 'rank' ? 'settings.rankHint' : 'settings.scoreHint')}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          ))}
        </Stack>
        <TextField
          label={t('settings.expertsPerWork')}
          value={expertsPerWork}
          disabled={readOnly}
          onChange={(event) => setExpertsPerWork(event.target.value)}
          error={!!errorOf('expertsPerWork')}
          helperText={errorOf('expertsPerWork') ?? t('settings.expertsPerWorkHint')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          data-testid="settings-experts-per-work"
        />
        {nominating && (
          <TextField
            label={t('settings.nominationQuota')}
            value={quota}
            disabled={readOnly}
            onChange={(event) => setQuota(event.target.value)}
            error={!!errorOf('nominationQuota')}
            helperText={errorOf('nominationQuota') ?? t('settings.nominationQuotaHint')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            data-testid="settings-nomination-quota"
          />
        )}
        {save.failure && !Object.keys(serverErrors).some((field) => FIELDS.includes(field)) && (
          <Typography role="alert" color="error">{save.failure}</Typography>
        )}
        {saved && <Typography role="status" color="success.main">{t('form.saved', { ns: 'common' })}</Typography>}
        {!readOnly && (
          <Button type="submit" variant="contained" loading={save.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="settings-save">
            {t('actions.save', { ns: 'common' })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
