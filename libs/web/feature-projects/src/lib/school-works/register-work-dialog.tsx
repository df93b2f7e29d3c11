import { Autocomplete, MenuItem, TextField } from '@mui/material';
import { api, fieldErrorsOf, FormDialog, unwrap, useMe } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchools, type ProjectSeason } from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';

interface Values {
  schoolId: string;
  title: string;
  kind: 'project' | 'research';
  subjectArea: string;
  authorIds: string[];
  supervisorId: string;
  partnerOrganisationId: string;
  consultantId: string;
  abstract: string;
}

const REQUIRED = ['schoolId', 'title', 'subjectArea', 'authorIds', 'supervisorId', 'abstract'] as const;

/** People of an organisation (a school's teachers, a partner's consultants), up to 200 by surname. */
function usePeopleOf(organisationId: string, role?: 'teacher') {
  return useQuery({
    queryKey: ['projects', 'ref', 'people', organisationId, role],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/people', { params: { query: { organisationId, role, pageSize: 200, sort: 'surname' } } }),
        )
      ).items,
    enabled: !!organisationId,
  });
}

/**
 * Registers a work for the season: title, kind, section, authors (the school's students, one to three),
 * supervisor (its teachers), optionally a partner organisation and its consultant, and the abstract.
 * Refusals land at their field (the server names it, e.g. an author of another school).
 */
export function RegisterWorkDialog({ season, onClose }: { season: ProjectSeason; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const me = useMe();
  const [values, setValues] = useState<Values>({
    schoolId: me.schoolId ?? '',
    title: '',
    kind: 'project',
    subjectArea: season.sections.length === 1 ? season.sections[0].subjectArea : '',
    authorIds: [],
    supervisorId: '',
    partnerOrganisationId: '',
    consultantId: '',
    abstract: '',
  });
  const [missing, setMissing] = useState<string[]>([]);
  const schools = useSchools().data ?? [];
  const students = useQuery({
    queryKey: ['projects', 'ref', 'students', values.schoolId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/students', { params: { query: { schoolId: values.schoolId, pageSize: 200, sort: 'surname' } } }),
        )
      ).items,
    enabled: !!values.schoolId,
  }).data ?? [];
  const teachers = usePeopleOf(values.schoolId, 'teacher').data ?? [];
  const partners = useQuery({
    queryKey: ['projects', 'ref', 'partners'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners', { params: { query: { pageSize: 200, sort: 'shortName', active: true } } }))).items,
  }).data ?? [];
  const consultants = usePeopleOf(values.partnerOrganisationId).data ?? [];

  const register = useProjectsMutation(
    () =>
      unwrap(
        api.POST('/api/v1/project-works', {
          body: {
            seasonId: season.id,
            ...(!me.schoolId && { schoolId: values.schoolId }),
            title: values.title.trim(),
            kind: values.kind,
            subjectArea: values.subjectArea,
            authorIds: values.authorIds,
            supervisorId: values.supervisorId,
            ...(values.partnerOrganisationId && { partnerOrganisationId: values.partnerOrganisationId }),
            ...(values.consultantId && { consultantId: values.consultantId }),
            abstract: values.abstract.trim(),
          },
        }),
      ),
    onClose,
  );
  const serverErrors = fieldErrorsOf(register.error);
  const fieldError = (field: keyof Values) =>
    missing.includes(field) ? t('form.required', { ns: 'common' }) : (serverErrors[field] ?? undefined);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));
  // The refusal as a whole only when it names no field of the form.
  const failure = register.failure && !Object.keys(serverErrors).some((field) => field in values) ? register.failure : undefined;

  return (
    <FormDialog
      title={t('register.title')}
      submitLabel={t('register.submit')}
      onClose={onClose}
      submitting={register.isPending}
      failure={failure}
      maxWidth="md"
      dividers
      testId="register-form"
      onSubmit={(event) => {
        event.preventDefault();
        const empty = REQUIRED.filter((field) => (Array.isArray(values[field]) ? values[field].length === 0 : !String(values[field]).trim()));
        setMissing(empty);
        if (empty.length === 0) register.mutate();
      }}
    >
      {!me.schoolId && (
        <TextField
          select
          label={t('register.school')}
          value={values.schoolId}
          onChange={(event) => setValues((current) => ({ ...current, schoolId: event.target.value, authorIds: [], supervisorId: '' }))}
          error={!!fieldError('schoolId')}
          helperText={fieldError('schoolId')}
        >
          {schools.map((school) => (
            <MenuItem key={school.id} value={school.id}>{school.shortName}</MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        label={t('register.workTitle')}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={!!fieldError('title')}
        helperText={fieldError('title')}
        slotProps={{ htmlInput: { maxLength: 300, 'data-testid': 'register-title' } }}
      />
      <TextField select label={t('register.kind')} value={values.kind} onChange={(event) => set('kind', event.target.value as Values['kind'])}>
        <MenuItem value="project">{t('kind.project')}</MenuItem>
        <MenuItem value="research">{t('kind.research')}</MenuItem>
      </TextField>
      <TextField
        select
        label={t('register.section')}
        value={values.subjectArea}
        onChange={(event) => set('subjectArea', event.target.value)}
        error={!!fieldError('subjectArea')}
        helperText={fieldError('subjectArea') ?? (season.sections.length === 0 ? t('register.noSections') : undefined)}
        slotProps={{ htmlInput: { 'data-testid': 'register-section' } }}
      >
        {/* A work is registered to one of the season's sections. */}
        {season.sections.map((section) => (
          <MenuItem key={section.subjectArea} value={section.subjectArea}>{section.title}</MenuItem>
        ))}
      </TextField>
      <Autocomplete
        multiple
        options={students.map((student) => student.id)}
        value={values.authorIds}
        onChange={(_event, ids) => set('authorIds', ids.slice(0, 3))}
        getOptionLabel={(id) => {
          const student = students.find((candidate) => candidate.id === id);
          return student ? [student.surname, student.name, student.patronymic].filter(Boolean).join(' ') : id;
        }}
        getOptionDisabled={() => values.authorIds.length >= 3}
        noOptionsText={t('register.noStudents')}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('register.authors')}
            error={!!fieldError('authorIds')}
            helperText={fieldError('authorIds') ?? t('register.authorsHint')}
          />
        )}
      />
      <TextField
        select
        label={t('register.supervisor')}
        value={values.supervisorId}
        onChange={(event) => set('supervisorId', event.target.value)}
        error={!!fieldError('supervisorId')}
        helperText={fieldError('supervisorId') ?? (values.schoolId && teachers.length === 0 ? t('register.noTeachers') : undefined)}
        slotProps={{ htmlInput: { 'data-testid': 'register-supervisor' } }}
      >
        {teachers.map((person) => (
          <MenuItem key={person.id} value={person.id}>{person.fullName}</MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('register.partner')}
        value={values.partnerOrganisationId}
        onChange={(event) => setValues((current) => ({ ...current, partnerOrganisationId: event.target.value, consultantId: '' }))}
        error={!!fieldError('partnerOrganisationId')}
        helperText={fieldError('partnerOrganisationId') ?? t('register.optional')}
      >
        <MenuItem value="">{t('register.none')}</MenuItem>
        {partners.map((partner) => (
          <MenuItem key={partner.id} value={partner.id}>{partner.shortName}</MenuItem>
        ))}
      </TextField>
      {values.partnerOrganisationId && (
        <TextField
          select
          label={t('register.consultant')}
          value={values.consultantId}
          onChange={(event) => set('consultantId', event.target.value)}
          error={!!fieldError('consultantId')}
          helperText={fieldError('consultantId') ?? t('register.optional')}
        >
          <MenuItem value="">{t('register.none')}</MenuItem>
          {consultants.map((person) => (
            <MenuItem key={person.id} value={person.id}>{person.fullName}</MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        label={t('register.abstract')}
        multiline
        minRows={4}
        value={values.abstract}
        onChange={(event) => set('abstract', event.target.value)}
        error={!!fieldError('abstract')}
        helperText={fieldError('abstract')}
        slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'register-abstract' } }}
      />
    </FormDialog>
  );
}
