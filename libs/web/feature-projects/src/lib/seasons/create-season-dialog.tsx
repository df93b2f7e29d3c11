import { TextField } from '@mui/material';
import { api, FormDialog, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectsMutation } from '../shared/use-projects-mutation';

/** The school year now: from September on, the one starting this calendar year. */
const currentSchoolYear = (today = new Date()) => (today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1);

/** Opens a season: its school year; the stages' dates default from it on the server. */
export function CreateSeasonDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('projects');
  const [schoolYear, setSchoolYear] = useState(String(currentSchoolYear()));
  const [invalid, setInvalid] = useState(false);
  const create = useProjectsMutation(
    (year: number) => unwrap(api.POST('/api/v1/project-seasons', { body: { schoolYear: year } })),
    onClose,
  );
  return (
    <FormDialog
      title={t('seasons.create')}
      submitLabel={t('seasons.createSubmit')}
      onClose={onClose}
      submitting={create.isPending}
      failure={create.failure}
      testId="season-form"
      onSubmit={(event) => {
        event.preventDefault();
        const year = Number(schoolYear);
        const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
        setInvalid(!valid);
        if (valid) create.mutate(year);
      }}
    >
      <TextField
        label={t('seasons.schoolYear')}
        value={schoolYear}
        onChange={(event) => setSchoolYear(event.target.value)}
        error={invalid}
        helperText={invalid ? t('seasons.schoolYearInvalid') : t('seasons.schoolYearHint')}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'season-form-year' } }}
      />
    </FormDialog>
  );
}
