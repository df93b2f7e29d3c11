import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import LockIcon from '@mui/icons-material/Lock';
import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { api, ErrorAlert, fieldErrorsOf, isApiError, Loading, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRubric, type RubricCriterion, type RubricVersion } from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

/** A criterion as edited: numbers as typed. */
interface CriterionDraft {
  key: string;
  title: string;
  maxPoints: string;
  weight: string;
  allowNotApplicable: boolean;
  levels: { points: string; descriptor: string }[];
}

const toDraft = (criterion: RubricCriterion): CriterionDraft => ({
  ...criterion,
  maxPoints: String(criterion.maxPoints),
  weight: String(criterion.weight),
  levels: criterion.levels.map((level) => ({ points: String(level.points), descriptor: level.descriptor })),
});

const blank = (index: number): CriterionDraft => ({
  key: `c${index + 1}`,
  title: '',
  maxPoints: '3',
  weight: '1',
  allowNotApplicable: false,
  levels: [],
});

const number = (value: string) => Number(value.replace(',', '.'));

/** The stage's rubric: the version in force, edited into a new version until the first sheet is submitted. */
export function RubricTab({ stage }: StagePanelProps) {
  const { t } = useTranslation('projects');
  const rubric = useRubric(stage.id);
  if (rubric.isPending) return <Loading />;
  // No version yet answers 404: the editor starts empty.
  if (rubric.isError && !isApiError(rubric.error, 404)) return <ErrorAlert error={rubric.error} />;
  const version = rubric.data;
  return (
    <Stack spacing={2}>
      {version ? (
        <Typography color="text.secondary" data-testid="rubric-version">
          {t('rubric.version', { version: version.version })}
        </Typography>
      ) : (
        <Alert severity="info">{t('rubric.none')}</Alert>
      )}
      {version?.frozen && (
        <Alert severity="info" icon={<LockIcon />} data-testid="rubric-frozen">{t('rubric.frozenHint')}</Alert>
      )}
      <RubricEditor stageId={stage.id} version={version} readOnly={!!version?.frozen || stage.status !== 'open'} />
    </Stack>
  );
}

function RubricEditor({ stageId, version, readOnly }: { stageId: string; version?: RubricVersion; readOnly: boolean }) {
  const { t } = useTranslation('projects');
  const [criteria, setCriteria] = useState<CriterionDraft[]>(() => version?.criteria.map(toDraft) ?? [blank(0)]);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const save = useProjectsMutation(() =>
    unwrap(
      api.POST('/api/v1/project-stages/{stageId}/rubric-versions', {
        params: { path: { stageId } },
        body: {
          criteria: criteria.map((criterion) => ({
            key: criterion.key.trim(),
            title: criterion.title.trim(),
            maxPoints: number(criterion.maxPoints),
            weight: number(criterion.weight),
            allowNotApplicable: criterion.allowNotApplicable,
            levels: criterion.levels.map((level) => ({ points: number(level.points), descriptor: level.descriptor.trim() })),
          })),
        },
      }),
    ),
  );
  const serverErrors = fieldErrorsOf(save.error);
  const errorAt = (path: string) => (missing.has(path) ? t('form.required', { ns: 'common' }) : serverErrors[path]);

  const change = (index: number, patch: Partial<CriterionDraft>) =>
    setCriteria((current) => current.map((criterion, at) => (at === index ? { ...criterion, ...patch } : criterion)));

  const check = () => {
    const empty = new Set<string>();
    criteria.forEach((criterion, index) => {
      for (const field of ['key', 'title', 'maxPoints', 'weight'] as const)
        if (!criterion[field].trim()) empty.add(`criteria.${index}.${field}`);
      criterion.levels.forEach((level, levelIndex) => {
        if (!level.points.trim()) empty.add(`criteria.${index}.levels.${levelIndex}.points`);
        if (!level.descriptor.trim()) empty.add(`criteria.${index}.levels.${levelIndex}.descriptor`);
      });
    });
    setMissing(empty);
    return empty.size === 0;
  };

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (check()) save.mutate();
      }}
      data-testid="rubric-form"
    >
      {criteria.map((criterion, index) => (
        <Paper key={index} component="fieldset" variant="outlined" sx={{ p: 2, m: 0, minWidth: 0 }} disabled={readOnly}>
          <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, float: 'left', width: '100%', p: 0 }}>
            {t('rubric.criterion', { number: index + 1 })}
          </Typography>
          <Stack spacing={2} sx={{ clear: 'both', pt: 1 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {(['key', 'title', 'maxPoints', 'weight'] as const).map((field) => (
                <TextField
                  key={field}
                  label={t(`rubric.field.${field}`)}
                  value={criterion[field]}
                  onChange={(event) => change(index, { [field]: event.target.value })}
                  error={!!errorAt(`criteria.${index}.${field}`)}
                  helperText={errorAt(`criteria.${index}.${field}`)}
                  fullWidth={field === 'title'}
                  slotProps={{
                    input: { readOnly },
                    htmlInput: { inputMode: field === 'maxPoints' || field === 'weight' ? 'decimal' : 'text', 'data-testid': `rubric-${index}-${field}` },
                  }}
                  sx={{ minWidth: field === 'title' ? 240 : 120 }}
                />
              ))}
            </Stack>
            <FormControlLabel
              control={
                <Checkbox
                  checked={criterion.allowNotApplicable}
                  onChange={(event) => change(index, { allowNotApplicable: event.target.checked })}
                  disabled={readOnly}
                />
              }
              label={t('rubric.field.allowNotApplicable')}
            />
            <Typography variant="subtitle2" component="h3">{t('rubric.levels')}</Typography>
            {criterion.levels.map((level, levelIndex) => (
              <Stack key={levelIndex} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <TextField
                  label={t('rubric.field.points')}
                  value={level.points}
                  onChange={(event) =>
                    change(index, { levels: criterion.levels.map((item, at) => (at === levelIndex ? { ...item, points: event.target.value } : item)) })
                  }
                  error={!!errorAt(`criteria.${index}.levels.${levelIndex}.points`)}
                  helperText={errorAt(`criteria.${index}.levels.${levelIndex}.points`)}
                  slotProps={{ input: { readOnly }, htmlInput: { inputMode: 'decimal' } }}
                  sx={{ width: 110, flexShrink: 0 }}
                />
                <TextField
                  label={t('rubric.field.descriptor')}
                  value={level.descriptor}
                  onChange={(event) =>
                    change(index, { levels: criterion.levels.map((item, at) => (at === levelIndex ? { ...item, descriptor: event.target.value } : item)) })
                  }
                  error={!!errorAt(`criteria.${index}.levels.${levelIndex}.descriptor`)}
                  helperText={errorAt(`criteria.${index}.levels.${levelIndex}.descriptor`)}
                  fullWidth
                  slotProps={{ input: { readOnly }, htmlInput: { maxLength: 1000 } }}
                />
                {!readOnly && (
                  <IconButton
                    aria-label={t('rubric.removeLevel', { number: levelIndex + 1 })}
                    onClick={() => change(index, { levels: criterion.levels.filter((_item, at) => at !== levelIndex) })}
                  >
                    <DeleteIcon />
                  </IconButton>
                )}
              </Stack>
            ))}
            {!readOnly && (
              <Stack direction="row" spacing={1}>
                <Button startIcon={<AddIcon />} onClick={() => change(index, { levels: [...criterion.levels, { points: '', descriptor: '' }] })}>
                  {t('rubric.addLevel')}
                </Button>
                {criteria.length > 1 && (
                  <Button color="error" onClick={() => setCriteria((current) => current.filter((_item, at) => at !== index))}>
                    {t('rubric.removeCriterion')}
                  </Button>
                )}
              </Stack>
            )}
          </Stack>
        </Paper>
      ))}
      {save.failure && <Alert severity="error" role="alert" data-testid="form-failure">{save.failure}</Alert>}
      {save.isSuccess && <Alert severity="success" role="status">{t('rubric.saved')}</Alert>}
      {!readOnly && (
        <Stack direction="row" spacing={2}>
          <Button startIcon={<AddIcon />} onClick={() => setCriteria((current) => [...current, blank(current.length)])} data-testid="rubric-add-criterion">
            {t('rubric.addCriterion')}
          </Button>
          <Button type="submit" variant="contained" loading={save.isPending} data-testid="rubric-save">
            {t('rubric.save')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
