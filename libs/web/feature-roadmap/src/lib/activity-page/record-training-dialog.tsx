import { Autocomplete, MenuItem, Stack, TextField } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROADMAP_KEY } from '../data/roadmap-queries';
import { ProblemAlert } from '../shared/problem-alert';

const TRAINING_KINDS = ['course', 'webinar'] as const;

interface TrainingForm {
  kind: (typeof TRAINING_KINDS)[number];
  title: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  hours: string;
  personIds: string[];
}

/** Active teachers matching the search, with their school, for the attendee picker. */
function useTeachersSearch(q: string) {
  const [debounced, setDebounced] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(timer);
  }, [q]);
  return useQuery({
    queryKey: ['people', 'teachers', debounced],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/people', {
          params: {
            query: {
              q: debounced || undefined,
              role: 'teacher',
              active: true,
              pageSize: 20,
              sort: 'surname',
            },
          },
        }),
      );
      return page.items.map((person) => ({
        id: person.id,
        name: `${person.fullName} (${person.organisationName})`,
      }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Records a course or webinar as the activity's outcome, with the teachers who attended (roadmap:write). */
export function RecordTrainingDialog({
  activityId,
  onClose,
}: {
  activityId: string;
  onClose: (recorded: boolean) => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const found = useTeachersSearch(search);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const known = new Map(names);
  for (const option of found.data ?? []) known.set(option.id, option.name);
  const { control, handleSubmit, setError } = useForm<TrainingForm>({
    defaultValues: {
      kind: 'course',
      title: '',
      provider: '',
      startsOn: '',
      endsOn: '',
      hours: '',
      personIds: [],
    },
  });

  const record = useMutation({
    mutationFn: (values: TrainingForm) =>
      unwrap(
        api.POST('/api/v1/trainings', {
          body: {
            kind: values.kind,
            title: values.title.trim(),
            ...(values.provider.trim() && { provider: values.provider.trim() }),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            ...(values.hours && { hours: Number(values.hours) }),
            activityId,
            personIds: values.personIds,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [ROADMAP_KEY, 'trainings'] });
      onClose(true);
    },
    onError: (error) =>
      applyServerErrors(error, setError, [
        'kind',
        'title',
        'provider',
        'startsOn',
        'endsOn',
        'hours',
        'personIds',
      ]),
  });

  const required = { required: tc('form.required') };
  const text = (name: 'title' | 'provider' | 'startsOn' | 'endsOn' | 'hours', rules = {}, type = 'text') => (
    <Controller
      name={name}
      control={control}
      rules={rules}
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          type={type}
          label={t(`trainings.form.${name}`)}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
          slotProps={type === 'date' ? { inputLabel: { shrink: true } } : undefined}
          data-testid={`training-${name}`}
        />
      )}
    />
  );

  return (
    <FormDialog
      title={t('trainings.record')}
      onClose={() => onClose(false)}
      onSubmit={(event) => void handleSubmit((values) => record.mutate(values))(event)}
      submitting={record.isPending}
      dialogTestId="training-dialog"
      submitTestId="training-save"
    >
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField {...field} select label={t('trainings.form.kind')} data-testid="training-kind">
            {TRAINING_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`trainings.kind.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {text('title', required)}
      {text('provider')}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {text('startsOn', required, 'date')}
        {text('endsOn', required, 'date')}
        {text('hours', {}, 'number')}
      </Stack>
      <Controller
        name="personIds"
        control={control}
        render={({ field, fieldState }) => (
          <Autocomplete
            multiple
            options={(found.data ?? []).map((option) => option.id)}
            value={field.value}
            onChange={(_, ids) => {
              setNames(new Map(ids.map((id) => [id, known.get(id) ?? '…'])));
              field.onChange(ids);
            }}
            onInputChange={(_, value, reason) => reason === 'input' && setSearch(value)}
            getOptionLabel={(id) => known.get(id) ?? '…'}
            filterOptions={(options) => options}
            loading={found.isFetching}
            noOptionsText={t('trainings.form.noTeachers')}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('trainings.form.personIds')}
                placeholder={t('trainings.form.teachersSearch')}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              />
            )}
            data-testid="training-attendees"
          />
        )}
      />
      {record.isError && <ProblemAlert error={record.error} />}
    </FormDialog>
  );
}
