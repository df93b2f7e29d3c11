import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { api, fieldErrorsOf, formatDateTime, formatNumber, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys, type ExpertSheet, type SaveExpertSheet, type RubricCriterion, type RubricVersion } from '../data/projects-queries';
import { problemText } from '../shared/problem-text';

interface Entry {
  points: string;
  notApplicable: boolean;
}

const decimal = (value: string) => Number(value.replace(',', '.'));

function initialEntries(rubric: RubricVersion, sheet: ExpertSheet | undefined): Record<string, Entry> {
  return Object.fromEntries(
    rubric.criteria.map((criterion) => {
      const score = sheet?.scores.find((candidate) => candidate.criterionKey === criterion.key);
      return [
        criterion.key,
        { points: score?.points === null || score === undefined ? '' : String(score.points), notApplicable: score?.points === null },
      ];
    }),
  );
}

/**
 * The rubric's criteria with their level descriptors, each scored from 0 to its maximum (or «не
 * применимо» where the rubric allows), and a comment. A draft may be partial; submitting asks first,
 * wants every criterion, and leaves the sheet read-only. Sized for a tablet held upright: one column,
 * levels as large buttons.
 */
export function SheetForm({
  workId,
  stageId,
  rubric,
  sheet,
  readOnly,
}: {
  workId: string;
  stageId: string;
  rubric: RubricVersion;
  sheet: ExpertSheet | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation('projects');
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState(() => initialEntries(rubric, sheet));
  const [comment, setComment] = useState(sheet?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const set = (key: string, change: Partial<Entry>) => {
    setSaved(false);
    setEntries((current) => ({ ...current, [key]: { ...current[key], ...change } }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => field !== key)));
  };

  /** Bounds each filled score by its criterion; `complete` also wants every criterion scored. */
  const check = (complete: boolean): boolean => {
    const found: Record<string, string> = {};
    for (const criterion of rubric.criteria) {
      const entry = entries[criterion.key];
      if (entry.notApplicable) continue;
      if (entry.points.trim() === '') {
        if (complete) found[criterion.key] = t('sheet.scoreRequired');
        continue;
      }
      const points = decimal(entry.points);
      if (!Number.isFinite(points) || points < 0 || points > criterion.maxPoints)
        found[criterion.key] = t('sheet.scoreRange', { max: criterion.maxPoints });
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const body = (): SaveExpertSheet => ({
    scores: rubric.criteria.flatMap((criterion): SaveExpertSheet['scores'] => {
      const entry = entries[criterion.key];
      if (entry.notApplicable) return [{ criterionKey: criterion.key, points: null }];
      return entry.points.trim() === '' ? [] : [{ criterionKey: criterion.key, points: decimal(entry.points) }];
    }),
    comment,
  });

  const path = { params: { path: { id: workId, stageId } } };
  const mutation = useMutation({
    mutationFn: async (submit: boolean) => {
      const draft = await unwrap(api.PUT('/api/v1/project-works/{id}/stages/{stageId}/sheet', { ...path, body: body() }));
      return submit ? unwrap(api.POST('/api/v1/project-works/{id}/stages/{stageId}/sheet/submit', path)) : draft;
    },
    onMutate: () => setFailure(undefined),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: keys.sheets(workId, stageId) });
    },
    onError: (error) => {
      // A refused score names its place in the list (`scores.2.points`): show it at that criterion.
      const placed: Record<string, string> = {};
      for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
        const index = /^scores\.(\d+)/.exec(field)?.[1];
        const key = index === undefined ? undefined : body().scores[Number(index)]?.criterionKey;
        if (key) placed[key] = message;
      }
      setErrors(placed);
      setFailure(problemText(error));
    },
  });

  const save = () => check(false) && mutation.mutate(false);
  const askSubmit = () => check(true) && setConfirming(true);

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(event) => { event.preventDefault(); save(); }} data-testid="sheet-form">
      {sheet?.status === 'reopened' && sheet.reopenReason && (
        <Alert severity="warning" data-testid="reopen-reason">
          {t('sheet.reopened', { reason: String(sheet.reopenReason) })}
        </Alert>
      )}
      {readOnly && sheet?.submittedAt && (
        <Alert severity="success" data-testid="sheet-submitted">
          {t('sheet.submittedAt', { at: formatDateTime(String(sheet.submittedAt)) })}
        </Alert>
      )}
      {rubric.criteria.map((criterion, index) => (
        <CriterionField
          key={criterion.key}
          number={index + 1}
          criterion={criterion}
          entry={entries[criterion.key]}
          error={errors[criterion.key]}
          readOnly={readOnly}
          onChange={(change) => set(criterion.key, change)}
        />
      ))}
      <TextField
        label={t('sheet.comment')}
        multiline
        minRows={3}
        value={comment}
        onChange={(event) => { setSaved(false); setComment(event.target.value); }}
        slotProps={{ input: { readOnly }, htmlInput: { maxLength: 5000, 'data-testid': 'sheet-comment' } }}
      />
      {failure && <Alert severity="error" role="alert" data-testid="form-failure">{failure}</Alert>}
      {saved && !failure && (
        <Alert severity="success" role="status" data-testid="sheet-saved">
          {sheet?.status === 'submitted' ? t('sheet.submitted') : t('sheet.savedDraft')}
        </Alert>
      )}
      {!readOnly && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Button type="submit" size="large" variant="outlined" loading={mutation.isPending && !mutation.variables} sx={{ minHeight: 48 }} data-testid="sheet-save">
            {t('sheet.saveDraft')}
          </Button>
          <Button size="large" variant="contained" onClick={askSubmit} disabled={mutation.isPending} sx={{ minHeight: 48 }} data-testid="sheet-submit">
            {t('sheet.submit')}
          </Button>
        </Stack>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="sheet-confirm-title">
        <DialogTitle id="sheet-confirm-title">{t('sheet.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('sheet.confirmText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} sx={{ minHeight: 48 }}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button
            variant="contained"
            sx={{ minHeight: 48 }}
            data-testid="sheet-confirm-submit"
            onClick={() => { setConfirming(false); mutation.mutate(true); }}
          >
            {t('sheet.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

/** One criterion: its levels to tap (each fills its points), the points themselves, «не применимо». */
function CriterionField({
  number,
  criterion,
  entry,
  error,
  readOnly,
  onChange,
}: {
  number: number;
  criterion: RubricCriterion;
  entry: Entry;
  error: string | undefined;
  readOnly: boolean;
  onChange: (change: Partial<Entry>) => void;
}) {
  const { t } = useTranslation('projects');
  const headingId = `criterion-${criterion.key}`;
  const levels = [...criterion.levels].sort((a, b) => a.points - b.points);
  return (
    <Paper component="fieldset" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, m: 0, minWidth: 0 }} data-testid={`criterion-${criterion.key}`}>
      <Typography id={headingId} component="legend" variant="subtitle1" sx={{ fontWeight: 600, float: 'left', width: '100%', p: 0 }}>
        {number}. {criterion.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ clear: 'both', mb: 1 }}>
        {t('sheet.maxPoints', { max: criterion.maxPoints })}
        {criterion.weight !== 1 && ` · ${t('sheet.weight', { weight: formatNumber(criterion.weight) })}`}
      </Typography>
      {/* Marked not applicable, the criterion takes no points: only the mark stays, to undo it. */}
      {levels.length > 0 && !entry.notApplicable && (
        <ToggleButtonGroup
          orientation="vertical"
          exclusive
          fullWidth
          value={entry.points === '' ? null : decimal(entry.points)}
          onChange={(_event, points: number | null) => points !== null && onChange({ points: String(points), notApplicable: false })}
          disabled={readOnly}
          aria-label={t('sheet.levelsOf', { title: criterion.title })}
          sx={{ mb: 2 }}
        >
          {levels.map((level) => (
            <ToggleButton
              key={level.points}
              value={level.points}
              sx={{ justifyContent: 'flex-start', textAlign: 'left', textTransform: 'none', minHeight: 48, gap: 2 }}
              data-testid={`level-${criterion.key}-${level.points}`}
            >
              <Typography component="span" sx={{ fontWeight: 600, minWidth: '3ch' }}>{formatNumber(level.points)}</Typography>
              <Typography component="span" variant="body2">{level.descriptor}</Typography>
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        {!entry.notApplicable && (
          <TextField
            label={t('sheet.points')}
            value={entry.points}
            onChange={(event) => onChange({ points: event.target.value })}
            error={!!error}
            helperText={error ?? t('sheet.pointsHint', { max: criterion.maxPoints })}
            sx={{ maxWidth: { sm: 220 } }}
            slotProps={{
              input: { readOnly },
              htmlInput: {
                inputMode: 'decimal',
                'data-testid': `points-${criterion.key}`,
                style: { fontSize: '1.25rem', minHeight: 32 },
              },
            }}
          />
        )}
        {criterion.allowNotApplicable && (
          <FormControlLabel
            sx={{ minHeight: 48 }}
            control={
              <Checkbox
                checked={entry.notApplicable}
                disabled={readOnly}
                onChange={(event) => onChange({ notApplicable: event.target.checked })}
                slotProps={{ input: { 'data-testid': `na-${criterion.key}` } as object }}
              />
            }
            label={t('sheet.notApplicable')}
          />
        )}
      </Stack>
    </Paper>
  );
}
