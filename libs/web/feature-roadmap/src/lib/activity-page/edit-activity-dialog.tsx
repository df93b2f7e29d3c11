import {
  Autocomplete,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  TextField,
} from '@mui/material';
import { api, applyServerErrors, FormDialog, isApiError, unwrap } from '@orbita/web/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_STATUSES,
  RESPONSIBLE_ROLES,
  ROADMAP_KEY,
  usePeople,
  type ActivityDetail,
  type ActivityStatus,
  type ResponsibleRole,
} from '../data/roadmap-queries';
import { ProblemAlert } from '../shared/problem-alert';

interface PersonOption {
  id: string;
  name: string;
}

interface EditForm {
  status: ActivityStatus;
  responsibleRoles: ResponsibleRole[];
  responsiblePersonIds: string[];
}

function usePeopleSearch(q: string) {
  const [debounced, setDebounced] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(timer);
  }, [q]);
  return useQuery({
    queryKey: ['people', 'search', debounced],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/people', {
          params: { query: { q: debounced || undefined, active: true, pageSize: 20, sort: 'surname' } },
        }),
      );
      return page.items.map((person): PersonOption => ({ id: person.id, name: person.fullName }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Status and who answers for the activity (roadmap:write); the change is based on the version as read. */
export function EditActivityDialog({
  activity,
  onClose,
}: {
  activity: ActivityDetail;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const current = usePeople(activity.responsiblePersonIds);
  const [search, setSearch] = useState('');
  const found = usePeopleSearch(search);
  const { control, handleSubmit, setError } = useForm<EditForm>({
    defaultValues: {
      status: activity.status,
      responsibleRoles: activity.responsibleRoles,
      responsiblePersonIds: activity.responsiblePersonIds,
    },
  });

  // Names: of the people already responsible (they arrive after the form opens), found, or picked.
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const names = new Map<string, string>(picked);
  for (const query of current) if (query.data) names.set(query.data.id, query.data.fullName);
  for (const option of found.data ?? []) names.set(option.id, option.name);

  const save = useMutation({
    mutationFn: (values: EditForm) =>
      unwrap(
        api.PATCH('/api/v1/roadmap-activities/{id}', {
          params: { path: { id: activity.id } },
          body: {
            status: values.status,
            responsibleRoles: values.responsibleRoles,
            responsiblePersonIds: values.responsiblePersonIds,
            expectedVersion: activity.version,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [ROADMAP_KEY] });
      onClose(true);
    },
    onError: (error) =>
      applyServerErrors(error, setError, ['status', 'responsibleRoles', 'responsiblePersonIds']),
  });

  const stale = isApiError(save.error, 409);
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: [ROADMAP_KEY] });
    onClose(false);
  };

  return (
    <FormDialog
      title={t('edit.title')}
      onClose={() => onClose(false)}
      onSubmit={handleSubmit((values) => save.mutate(values))}
      submitting={save.isPending}
      dialogTestId="activity-edit-dialog"
      submitTestId="activity-edit-save"
    >
      <Controller
        name="status"
        control={control}
        rules={{ required: tc('form.required') }}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label={t('edit.status')}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('edit.overdueHint')}
            data-testid="activity-edit-status"
          >
            {ACTIVITY_STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {t(`status.${status}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        name="responsibleRoles"
        control={control}
        render={({ field, fieldState }) => (
          <FormControl component="fieldset" error={!!fieldState.error}>
            <FormLabel component="legend">{t('edit.roles')}</FormLabel>
            <FormGroup row>
              {RESPONSIBLE_ROLES.map((role) => (
                <FormControlLabel
                  key={role}
                  label={t(`roles.${role}`)}
                  control={
                    <Checkbox
                      checked={field.value.includes(role)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, role]
                            : field.value.filter((item) => item !== role),
                        )
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        )}
      />
      <Controller
        name="responsiblePersonIds"
        control={control}
        render={({ field, fieldState }) => (
          <Autocomplete
            multiple
            options={(found.data ?? []).map((option) => option.id)}
            value={field.value}
            onChange={(_, ids) => {
              setPicked(new Map(ids.map((id) => [id, names.get(id) ?? '…'])));
              field.onChange(ids);
            }}
            onInputChange={(_, value, reason) => reason === 'input' && setSearch(value)}
            getOptionLabel={(id) => names.get(id) ?? '…'}
            filterOptions={(options) => options}
            loading={found.isFetching}
            noOptionsText={t('edit.noPeople')}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('edit.people')}
                placeholder={t('edit.peopleSearch')}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              />
            )}
          />
        )}
      />
      {save.isError && (
        <ProblemAlert
          error={save.error}
          action={
            stale ? (
              <Button color="inherit" size="small" onClick={() => void reload()}>
                {t('errors.reload')}
              </Button>
            ) : undefined
          }
        />
      )}
    </FormDialog>
  );
}
