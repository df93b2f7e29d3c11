import AddIcon from '@mui/icons-material/Add';
import {
  Autocomplete,
  Button,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { api, Empty, ErrorAlert, formatDateTime, FormDialog, unwrap, VisuallyHidden } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflicts, useExperts, useNames, useSubjects, type ProjectSection } from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

/** The season's sections (a subject area each) with their experts, and the conflicts experts declared. */
export function SectionsTab({ season }: StagePanelProps) {
  const { t } = useTranslation('projects');
  const names = useNames(season.id);
  const [editing, setEditing] = useState<ProjectSection | 'new'>();
  return (
    <Stack spacing={3}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h6" component="h2">{t('sections.title')}</Typography>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setEditing('new')} data-testid="add-section">
          {t('sections.add')}
        </Button>
      </Stack>
      {season.sections.length === 0 ? (
        <Empty>{t('sections.none')}</Empty>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('sections.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sections.section')}</TableCell>
                <TableCell>{t('sections.experts')}</TableCell>
                <TableCell><VisuallyHidden>{t('actions.edit', { ns: 'common' })}</VisuallyHidden></TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {season.sections.map((section) => (
                <TableRow key={section.id} data-testid="section-row">
                  <TableCell>{section.title}</TableCell>
                  <TableCell>{section.expertIds.map(names.expert).join(', ') || '—'}</TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setEditing(section)} aria-label={t('sections.editNamed', { title: section.title })}>
                      {t('actions.edit', { ns: 'common' })}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ConflictsList seasonId={season.id} />
      {editing && (
        <SectionDialog seasonId={season.id} section={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      )}
    </Stack>
  );
}

function ConflictsList({ seasonId }: { seasonId: string }) {
  const { t } = useTranslation('projects');
  const conflicts = useConflicts(seasonId);
  const names = useNames(seasonId);
  const confirm = useProjectsMutation(({ workId, expertPersonId }: { workId: string; expertPersonId: string }) =>
    unwrap(
      api.POST('/api/v1/project-works/{id}/conflicts/{expertPersonId}/confirmation', {
        params: { path: { id: workId, expertPersonId } },
      }),
    ),
  );
  return (
    <Stack spacing={1}>
      <Typography variant="h6" component="h2">{t('conflicts.title')}</Typography>
      {confirm.failure && <ErrorAlert error={confirm.error} />}
      {conflicts.isError && <ErrorAlert error={conflicts.error} />}
      {conflicts.data?.length === 0 && <Empty>{t('conflicts.none')}</Empty>}
      {!!conflicts.data?.length && (
        <TableContainer>
          <Table size="small" aria-label={t('conflicts.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('conflicts.expert')}</TableCell>
                <TableCell>{t('conflicts.work')}</TableCell>
                <TableCell>{t('conflicts.reason')}</TableCell>
                <TableCell>{t('conflicts.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {conflicts.data.map((conflict) => (
                <TableRow key={`${conflict.workId}:${conflict.expertPersonId}`} data-testid="conflict-row">
                  <TableCell>{names.expert(conflict.expertPersonId)}</TableCell>
                  <TableCell>{names.work(conflict.workId)}</TableCell>
                  <TableCell>{conflict.reason}</TableCell>
                  <TableCell>
                    {conflict.confirmedAt ? (
                      <Chip size="small" color="warning" label={t('conflicts.confirmedAt', { at: formatDateTime(String(conflict.confirmedAt)) })} />
                    ) : (
                      <Button size="small" variant="outlined" loading={confirm.isPending} onClick={() => confirm.mutate(conflict)}>
                        {t('conflicts.confirm')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}

/** Creates or replaces a section: its subject area (fixed once made), title and experts. */
function SectionDialog({ seasonId, section, onClose }: { seasonId: string; section?: ProjectSection; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const subjects = useSubjects().data ?? [];
  const experts = useExperts().data ?? [];
  const [subjectArea, setSubjectArea] = useState(section?.subjectArea ?? '');
  const [title, setTitle] = useState(section?.title ?? '');
  const [expertIds, setExpertIds] = useState<string[]>(section?.expertIds ?? []);
  const [missing, setMissing] = useState<string[]>([]);
  const save = useProjectsMutation(
    () =>
      unwrap(
        api.POST('/api/v1/project-seasons/{seasonId}/sections', {
          params: { path: { seasonId } },
          body: { subjectArea, title: title.trim(), expertIds },
        }),
      ),
    onClose,
  );
  const required = t('form.required', { ns: 'common' });
  return (
    <FormDialog
      title={section ? t('sections.editNamed', { title: section.title }) : t('sections.add')}
      onClose={onClose}
      submitting={save.isPending}
      failure={save.failure}
      testId="section-form"
      onSubmit={(event) => {
        event.preventDefault();
        const empty = [!subjectArea && 'subjectArea', !title.trim() && 'title'].filter((field): field is string => !!field);
        setMissing(empty);
        if (empty.length === 0) save.mutate();
      }}
    >
      <TextField
        select
        label={t('sections.subjectArea')}
        value={subjectArea}
        disabled={!!section}
        onChange={(event) => {
          setSubjectArea(event.target.value);
          if (!title) setTitle(subjects.find((subject) => subject.code === event.target.value)?.title ?? '');
        }}
        error={missing.includes('subjectArea')}
        helperText={missing.includes('subjectArea') ? required : undefined}
        slotProps={{ htmlInput: { 'data-testid': 'section-form-subject' } }}
      >
        {subjects.map((subject) => (
          <MenuItem key={subject.code} value={subject.code}>{subject.title}</MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('sections.sectionTitle')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={missing.includes('title')}
        helperText={missing.includes('title') ? required : undefined}
        slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'section-form-title' } }}
      />
      <Autocomplete
        multiple
        options={experts.map((expert) => expert.id)}
        value={expertIds}
        onChange={(_event, value) => setExpertIds(value)}
        getOptionLabel={(id) => experts.find((expert) => expert.id === id)?.fullName ?? id}
        renderInput={(params) => <TextField {...params} label={t('sections.experts')} helperText={t('sections.expertsHint')} />}
        noOptionsText={t('sections.noExperts')}
        data-testid="section-form-experts"
      />
    </FormDialog>
  );
}
