import { Alert, Button, Stack, Typography } from '@mui/material';
import { api, fieldErrorsOf, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldPath, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, type StudioCycle } from '../data/studios-queries';
import { problemText } from '../shared/problem';
import { CriteriaFields } from './criteria-fields';
import { criteriaOf, criteriaValues, editorFieldOf, type CriteriaValues } from './criteria-values';
import { PreviewResult } from './preview-result';

/** The server's criteria problems at the editor's fields; true when every one of them landed on a field. */
function showAtFields(error: unknown, setError: UseFormSetError<CriteriaValues>): boolean {
  const entries = Object.entries(fieldErrorsOf(error));
  for (const [field, message] of entries) {
    const local = editorFieldOf(field);
    if (local) setError(local as FieldPath<CriteriaValues>, { type: 'server', message });
  }
  return entries.length > 0 && entries.every(([field]) => editorFieldOf(field));
}

/**
 * The cycle's regional-credit criteria, editable until the ranking is published: «Предпросмотр» shows
 * the ranking the edited set would give beside the current one (nothing saved), «Сохранить» replaces it.
 */
export function CriteriaEditor({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const queryClient = useQueryClient();
  const published = !!cycle.rankingPublishedAt;
  const { control, handleSubmit, setError, reset } = useForm<CriteriaValues>({
    defaultValues: criteriaValues(cycle.criteria),
  });
  const [saved, setSaved] = useState(false);

  const preview = useMutation({
    mutationFn: (values: CriteriaValues) =>
      unwrap(
        api.POST('/api/v1/studio-cycles/{cycleId}/ranking/preview', {
          params: { path: { cycleId: cycle.id } },
          body: { criteria: criteriaOf(values) },
        }),
      ),
    onError: (error) => showAtFields(error, setError),
  });
  const save = useMutation({
    mutationFn: (values: CriteriaValues) =>
      unwrap(
        api.PUT('/api/v1/studio-cycles/{cycleId}/criteria', {
          params: { path: { cycleId: cycle.id } },
          body: { criteria: criteriaOf(values) },
        }),
      ),
    onSuccess: async (updated) => {
      reset(criteriaValues(updated.criteria));
      preview.reset();
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
    },
    onError: (error) => showAtFields(error, setError),
  });
  const failure = [save.error, preview.error].find(
    (error) => error && Object.keys(fieldErrorsOf(error)).every((field) => !editorFieldOf(field)),
  );

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={handleSubmit((values) => {
        setSaved(false);
        save.mutate(values);
      })}
      data-testid="criteria-editor"
    >
      <Typography color="text.secondary">{published ? t('criteria.frozen') : t('criteria.intro')}</Typography>
      <CriteriaFields control={control} disabled={published} />
      {failure && (
        <Alert severity="error" role="alert" data-testid="criteria-failure">
          {problemText(failure)}
        </Alert>
      )}
      {saved && !save.isPending && (
        <Alert severity="success" data-testid="criteria-saved">
          {t('criteria.saved')}
        </Alert>
      )}
      {!published && (
        <Stack direction="row" spacing={1}>
          <Button
            variant="outlined"
            loading={preview.isPending}
            onClick={handleSubmit((values) => {
              setSaved(false);
              preview.mutate(values);
            })}
            data-testid="criteria-preview"
          >
            {t('criteria.preview')}
          </Button>
          <Button type="submit" variant="contained" loading={save.isPending} data-testid="criteria-save">
            {t('criteria.save')}
          </Button>
        </Stack>
      )}
      {preview.data && <PreviewResult preview={preview.data} cycleId={cycle.id} />}
    </Stack>
  );
}
