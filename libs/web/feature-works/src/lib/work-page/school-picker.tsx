import { MenuItem, TextField, Typography } from '@mui/material';
import { api, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { WORKS_NS } from '../i18n';
import type { Work } from '../shared/types';

/** For a region-wide account: the school whose protocol to work with (`/works/:id/schools/:schoolId`). */
export function SchoolPicker({ work, value }: { work: Work; value: string | undefined }) {
  const { t } = useTranslation(WORKS_NS);
  const navigate = useNavigate();
  const schools = useQuery({
    queryKey: ['schools', 'list', { pageSize: 200, sort: 'shortName' }],
    queryFn: () => unwrap(api.GET('/api/v1/schools', { params: { query: { page: 1, pageSize: 200, sort: 'shortName' } } })),
    staleTime: 5 * 60_000,
  });
  const expected = new Set(work.schoolIds);
  const options = (schools.data?.items ?? []).filter((school) => expected.has(school.id));
  if (work.schoolIds.length === 0) return <Typography color="text.secondary">{t('work.noSchools')}</Typography>;
  return (
    <TextField
      select
      fullWidth
      size="small"
      label={t('work.school')}
      helperText={value ? undefined : t('work.pickSchool')}
      value={options.some((school) => school.id === value) ? value : ''}
      disabled={schools.isPending}
      error={schools.isError}
      onChange={(event) => void navigate(`/works/${work.id}/schools/${event.target.value}`)}
      sx={{ maxWidth: 480 }}
      slotProps={{ htmlInput: { 'data-testid': 'school-picker' } }}
    >
      {options.map((school) => (
        <MenuItem key={school.id} value={school.id}>
          {school.shortName}
        </MenuItem>
      ))}
    </TextField>
  );
}
