import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { subjectName } from '../shared/format';
import { useSchoolPeople, useSubjects } from '../shared/queries';
import type { ClassFormValues } from './class-form-values';

/** Who teaches which profile subject in the class: people of the class's school. */
export function TeachersField({
  control,
  schoolId,
}: {
  control: Control<ClassFormValues>;
  schoolId: string | undefined;
}) {
  const { t } = useTranslation('classes');
  const { fields, append, remove } = useFieldArray({ control, name: 'teachers' });
  const profileSubjects = useWatch({ control, name: 'profileSubjects' });
  const people = useSchoolPeople(schoolId).data ?? [];
  const subjects = useSubjects().data ?? [];
  const candidates = people.filter(
    (person) => person.active && (person.roles.includes('teacher') || person.roles.includes('mentor')),
  );
  const nameOf = (personId: string) =>
    people.find((person) => person.id === personId)?.fullName ?? t('teachers.unknown');

  return (
    <Stack spacing={1.5} data-testid="class-teachers-field">
      <Typography variant="subtitle2" component="h3">
        {t('fields.teachers')}
      </Typography>
      {!schoolId && (
        <Typography variant="body2" color="text.secondary">
          {t('form.chooseSchoolFirst')}
        </Typography>
      )}
      {fields.length === 0 && schoolId && (
        <Typography variant="body2" color="text.secondary">
          {t('teachers.none')}
        </Typography>
      )}
      {fields.map((field, index) => (
        <Stack
          key={field.id}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'flex-start' } }}
        >
          <Controller
            control={control}
            name={`teachers.${index}.personId`}
            rules={{ required: t('form.required', { ns: 'common' }) }}
            render={({ field: input, fieldState }) => (
              <TextField
                select
                size="small"
                label={t('teachers.person')}
                {...input}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
                sx={{ flex: 2, minWidth: 0 }}
              >
                {input.value && !candidates.some((person) => person.id === input.value) && (
                  <MenuItem value={input.value}>{nameOf(input.value)}</MenuItem>
                )}
                {candidates.map((person) => (
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
            name={`teachers.${index}.subject`}
            rules={{
              required: t('form.required', { ns: 'common' }),
              validate: (subject, values) => {
                if (!values.profileSubjects.includes(subject)) return t('teachers.subjectNotInProfile');
                const same = values.teachers.filter(
                  (other) => other.subject === subject && other.personId === values.teachers[index]?.personId,
                );
                return same.length <= 1 || t('teachers.duplicate');
              },
            }}
            render={({ field: input, fieldState }) => (
              <TextField
                select
                size="small"
                label={t('teachers.subject')}
                {...input}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
                sx={{ flex: 1, minWidth: 0 }}
              >
                {[...new Set([...profileSubjects, ...(input.value ? [input.value] : [])])].map((code) => (
                  <MenuItem key={code} value={code}>
                    {subjectName(t, code, subjects.find((subject) => subject.code === code)?.title)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Tooltip title={t('teachers.remove')}>
            <IconButton
              aria-label={t('teachers.remove')}
              onClick={() => remove(index)}
              sx={{ alignSelf: { xs: 'flex-end', sm: 'flex-start' } }}
            >
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      <div>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() =>
            append({ personId: '', subject: profileSubjects.length === 1 ? profileSubjects[0] : '' })
          }
          disabled={!schoolId}
        >
          {t('teachers.add')}
        </Button>
      </div>
    </Stack>
  );
}
