import {
  Alert,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { api, FormDialog, unwrap, useMe } from '@orbita/web/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  currentSchoolYear,
  schoolYearLabel,
  schoolYearOptions,
  sortSubjects,
  subjectName,
} from '../shared/format';
import { keys, useProgrammes, useSchools, useSubjects, type ProgrammeClass } from '../shared/queries';
import { SelectField } from '../shared/select-field';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import {
  bodyOf,
  CLASS_FORM_FIELDS,
  formValuesOf,
  type ClassFormValues,
  type Delivery,
} from './class-form-values';
import { TeachersField } from './teachers-field';

const DELIVERIES: Delivery[] = ['lessons', 'lessons_and_extracurricular'];
const DEFAULT_PROGRAMME = 'sirius_partner_schools';

/**
 * Forms a class (POST) or changes one (PUT with the revision read, so a change made meanwhile is not
 * overwritten). Mount it when it opens: the form starts from the class or the defaults each time.
 */
export function ClassFormDialog({
  programmeClass,
  defaultSchoolId,
  onClose,
}: {
  programmeClass?: ProgrammeClass;
  defaultSchoolId?: string;
  onClose: (saved?: ProgrammeClass) => void;
}) {
  const { t } = useTranslation('classes');
  const me = useMe();
  const queryClient = useQueryClient();
  const programmes = useProgrammes().data ?? [];
  const schools = useSchools().data ?? [];
  const subjects = useSubjects();
  const editing = !!programmeClass;
  const chooseSchool = !editing && me.schoolId === null;
  // The students' enrollment belongs to the class's year: the server refuses to move it (409).
  const yearLocked = !!programmeClass && programmeClass.studentCount > 0;

  const form = useForm<ClassFormValues>({
    defaultValues: formValuesOf(programmeClass, {
      schoolId: defaultSchoolId,
      programmeCode: DEFAULT_PROGRAMME,
      schoolYear: currentSchoolYear(),
    }),
  });
  const { control, register, formState } = form;
  const schoolId = useWatch({ control, name: 'schoolId' }) || me.schoolId || undefined;
  const required = t('form.required', { ns: 'common' });

  const submit = useEnrollmentSubmit({
    form,
    fields: CLASS_FORM_FIELDS,
    send: async (values) => {
      const saved = programmeClass
        ? await unwrap(
            api.PUT('/api/v1/classes/{id}', {
              params: { path: { id: programmeClass.id } },
              body: { ...bodyOf(values), expectedRevision: programmeClass.revision },
            }),
          )
        : await unwrap(
            api.POST('/api/v1/classes', {
              body: { ...bodyOf(values), ...(chooseSchool ? { schoolId: values.schoolId } : {}) },
            }),
          );
      queryClient.setQueryData(keys.programmeClass(saved.id), saved);
      return saved;
    },
    refresh: ['enrollment', 'classes'],
    onDone: onClose,
  });

  return (
    <FormDialog
      title={editing ? t('form.editTitle', { label: programmeClass.label }) : t('form.createTitle')}
      submitLabel={editing ? t('actions.save', { ns: 'common' }) : t('form.create')}
      onClose={() => onClose()}
      maxWidth="md"
      testId="class-form"
      {...submit}
    >
      <Grid container spacing={2}>
        {chooseSchool && (
          <Grid size={{ xs: 12 }}>
            <SelectField
              control={control}
              name="schoolId"
              rules={{ required }}
              label={t('fields.school')}
              options={schools.map((school) => ({ value: school.id, label: school.shortName }))}
              testId="class-form-school"
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <Controller
            control={control}
            name="programmeCode"
            rules={{ required }}
            render={({ field, fieldState }) => (
              <TextField
                select
                fullWidth
                label={t('fields.programme')}
                {...field}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
              >
                {field.value && !programmes.some((programme) => programme.code === field.value) && (
                  <MenuItem value={field.value}>{field.value}</MenuItem>
                )}
                {programmes.map((programme) => (
                  <MenuItem key={programme.code} value={programme.code}>
                    {programme.shortName}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            control={control}
            name="schoolYear"
            rules={{ required }}
            label={t('fields.schoolYear')}
            options={schoolYearOptions(programmeClass?.schoolYear).map((year) => ({
              value: String(year),
              label: schoolYearLabel(year),
            }))}
            disabled={yearLocked}
            hint={yearLocked ? t('form.yearLocked') : undefined}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            fullWidth
            type="number"
            label={t('fields.grade')}
            {...register('grade', {
              required,
              validate: (value) => {
                const grade = Number(value);
                return (Number.isInteger(grade) && grade >= 1 && grade <= 11) || t('form.gradeRange');
              },
            })}
            error={!!formState.errors.grade}
            helperText={formState.errors.grade?.message}
            slotProps={{ htmlInput: { min: 1, max: 11, step: 1, 'data-testid': 'class-form-grade' } }}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            fullWidth
            label={t('fields.label')}
            {...register('label', {
              validate: (value) => value.trim() !== '' || required,
              maxLength: { value: 20, message: t('form.maxLength', { count: 20 }) },
            })}
            error={!!formState.errors.label}
            helperText={formState.errors.label?.message ?? t('form.labelHint')}
            slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'class-form-label' } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Controller
            control={control}
            name="delivery"
            rules={{ required }}
            render={({ field, fieldState }) => (
              <FormControl error={!!fieldState.error}>
                <FormLabel id="class-form-delivery">{t('fields.delivery')}</FormLabel>
                <RadioGroup aria-labelledby="class-form-delivery" {...field}>
                  {DELIVERIES.map((delivery) => (
                    <FormControlLabel
                      key={delivery}
                      value={delivery}
                      control={<Radio size="small" />}
                      label={t(`delivery.${delivery}`)}
                    />
                  ))}
                </RadioGroup>
                {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
              </FormControl>
            )}
          />
        </Grid>
      </Grid>
      <Controller
        control={control}
        name="profileSubjects"
        rules={{
          validate: (value) =>
            value.length === 0
              ? t('form.subjectsRequired')
              : value.length > 10
                ? t('form.subjectsTooMany')
                : true,
        }}
        render={({ field, fieldState }) => (
          <FormControl component="fieldset" error={!!fieldState.error} data-testid="class-form-subjects">
            <FormLabel component="legend">{t('fields.profileSubjects')}</FormLabel>
            <FormGroup row>
              {sortSubjects(subjects.data ?? []).map((subject) => (
                <FormControlLabel
                  key={subject.code}
                  label={subjectName(t, subject.code, subject.title)}
                  control={
                    <Checkbox
                      size="small"
                      checked={field.value.includes(subject.code)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, subject.code]
                            : field.value.filter((code) => code !== subject.code),
                        )
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
            {subjects.isError && <FormHelperText>{t('form.subjectsUnavailable')}</FormHelperText>}
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        )}
      />
      <TeachersField control={control} schoolId={schoolId} />
      {formState.errors.teachers?.message && (
        <Alert severity="error">{formState.errors.teachers.message}</Alert>
      )}
    </FormDialog>
  );
}
