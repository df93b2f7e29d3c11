import { Autocomplete, MenuItem, TextField } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  STUDIOS_KEY,
  usePartners,
  useSchoolStudents,
  useSchoolTeachers,
  type StudioApplication,
} from '../data/studios-queries';
import { problemText } from '../shared/problem';

interface ApplicationValues {
  direction: string;
  theme: string;
  mentorPersonId: string;
  teamStudentIds: string[];
  partnerOrganisationId: string;
}

const FIELDS = ['direction', 'theme', 'mentorPersonId', 'teamStudentIds', 'partnerOrganisationId'] as const;

/**
 * A school's application to open a studio in the cycle, or its edit after the centre returned it: the
 * mentor from the school's teachers, the team from its students, a partner if there is one.
 */
export function ApplicationDialog({
  cycleId,
  schoolId,
  returned,
  onClose,
}: {
  cycleId: string;
  schoolId: string;
  /** The returned application being edited; none to apply. */
  returned?: StudioApplication;
  onClose: () => void;
}) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const teachers = useSchoolTeachers(schoolId).data ?? [];
  const students = useSchoolStudents(schoolId).data ?? [];
  const partners = usePartners().data ?? [];
  const { control, handleSubmit, setError, formState } = useForm<ApplicationValues>({
    defaultValues: {
      direction: returned?.direction ?? '',
      theme: returned?.theme ?? '',
      mentorPersonId: returned?.mentorPersonId ?? '',
      teamStudentIds: returned?.teamStudentIds ?? [],
      partnerOrganisationId: returned?.partnerOrganisationId ?? '',
    },
  });
  const submit = useMutation({
    mutationFn: ({ partnerOrganisationId, ...values }: ApplicationValues) => {
      const body = {
        ...values,
        direction: values.direction.trim(),
        theme: values.theme.trim(),
        ...(partnerOrganisationId && { partnerOrganisationId }),
      };
      return unwrap(
        returned
          ? api.POST('/api/v1/studio-applications/{id}/resubmit', { params: { path: { id: returned.id } }, body })
          : api.POST('/api/v1/studio-cycles/{cycleId}/applications', { params: { path: { cycleId } }, body }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
    onError: (error) => applyServerErrors(error, setError, FIELDS),
  });
  const fieldErrorShown = FIELDS.some((field) => formState.errors[field]?.type === 'server');
  const required = { validate: (value: string) => value.trim() !== '' || tc('form.required') };
  const studentName = (id: string) => {
    const student = students.find((candidate) => candidate.id === id);
    return student ? [student.surname, student.name, student.patronymic].filter(Boolean).join(' ') : '…';
  };

  return (
    <FormDialog
      title={t(returned ? 'apply.resubmitTitle' : 'apply.title')}
      onClose={onClose}
      onSubmit={handleSubmit((values) => submit.mutate(values))}
      submitting={submit.isPending}
      failure={submit.error && !fieldErrorShown ? problemText(submit.error) : undefined}
      submitLabel={t(returned ? 'apply.resubmit' : 'apply.submit')}
      testId="application-form"
      dividers
    >
      {returned?.comment && <TextField label={t('apply.centreComment')} value={returned.comment} multiline disabled />}
      <Controller
        control={control}
        name="direction"
        rules={required}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t('apply.direction')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? t('apply.directionHint')}
            slotProps={{ htmlInput: { 'data-testid': 'application-direction', maxLength: 200 } }}
          />
        )}
      />
      <Controller
        control={control}
        name="theme"
        rules={required}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label={t('apply.theme')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { 'data-testid': 'application-theme', maxLength: 300 } }}
          />
        )}
      />
      <Controller
        control={control}
        name="mentorPersonId"
        rules={required}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label={t('apply.mentor')}
            required
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? (teachers.length === 0 ? t('apply.noTeachers') : undefined)}
          >
            {teachers.map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.fullName}
                {person.position ? ` — ${person.position}` : ''}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="teamStudentIds"
        rules={{ validate: (value) => value.length > 0 || t('apply.teamRequired') }}
        render={({ field, fieldState }) => (
          <Autocomplete
            multiple
            options={students.map((student) => student.id)}
            getOptionLabel={studentName}
            value={field.value}
            onChange={(_, value) => field.onChange(value)}
            onBlur={field.onBlur}
            filterSelectedOptions
            renderInput={(input) => (
              <TextField
                {...input}
                inputRef={field.ref}
                label={t('apply.team')}
                required
                error={!!fieldState.error}
                helperText={fieldState.error?.message ?? t('apply.teamHint')}
              />
            )}
          />
        )}
      />
      <Controller
        control={control}
        name="partnerOrganisationId"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label={t('apply.partner')}
            error={!!fieldState.error}
            helperText={fieldState.error?.message}
          >
            <MenuItem value="">{t('apply.noPartner')}</MenuItem>
            {partners.map((partner) => (
              <MenuItem key={partner.id} value={partner.id}>
                {partner.shortName || partner.fullName}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </FormDialog>
  );
}
