import AddIcon from '@mui/icons-material/Add';
import {
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { ExportXlsxButton, formatDate, PageHeader, QueryState, useMe } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames, useSchools, useSeasons, useSeasonWorks } from '../data/projects-queries';
import { schoolYearLabel, sectionTitle } from '../shared/labels';
import { NominationPanel } from './nomination-panel';
import { RegisterWorkDialog } from './register-work-dialog';

/**
 * A school's project works of a season (the region's, filtered by school, for a regional account), registering
 * one, and (the school stage closed) nominating the school's works to the final.
 */
export function ProjectWorksPage() {
  const { t } = useTranslation('projects');
  const me = useMe();
  const seasons = useSeasons();
  const [seasonChoice, setSeasonChoice] = useState<string>();
  const [schoolFilter, setSchoolFilter] = useState('');
  const [registering, setRegistering] = useState(false);
  const season = seasons.data?.find((candidate) => candidate.id === seasonChoice) ?? seasons.data?.[0];
  const works = useSeasonWorks(season?.id, schoolFilter ? { schoolId: schoolFilter } : {});
  const schools = useSchools().data ?? [];
  const names = useNames(season?.id);
  return (
    <>
      <PageHeader
        title={me.schoolId ? t('works.schoolTitle') : t('works.title')}
        subtitle={t('works.subtitle')}
        actions={
          season && (
            <>
              <ExportXlsxButton listPath="/api/v1/project-works" query={{ seasonId: season.id, schoolId: schoolFilter, sort: 'title' }} />
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRegistering(true)} data-testid="register-work">
                {t('works.register')}
              </Button>
            </>
          )
        }
      />
      <QueryState query={seasons} isEmpty={(items) => items.length === 0} empty={t('works.noSeason')}>
        {(items) => (
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label={t('works.season')} value={season?.id ?? ''} onChange={(event) => setSeasonChoice(event.target.value)} sx={{ minWidth: 200 }}>
                {items.map((item) => (
                  <MenuItem key={item.id} value={item.id}>{schoolYearLabel(item.schoolYear)}</MenuItem>
                ))}
              </TextField>
              {!me.schoolId && (
                <TextField select label={t('works.school')} value={schoolFilter} onChange={(event) => setSchoolFilter(event.target.value)} sx={{ minWidth: 240 }}>
                  <MenuItem value="">{t('works.allSchools')}</MenuItem>
                  {schools.map((school) => (
                    <MenuItem key={school.id} value={school.id}>{school.shortName}</MenuItem>
                  ))}
                </TextField>
              )}
            </Stack>
            <QueryState query={works} isEmpty={(list) => list.length === 0} empty={t('works.none')}>
              {(list) => (
                <TableContainer>
                  <Table size="small" aria-label={t('works.listLabel')} data-testid="project-works">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('works.workTitle')}</TableCell>
                        <TableCell>{t('works.kind')}</TableCell>
                        <TableCell>{t('works.section')}</TableCell>
                        {!me.schoolId && <TableCell>{t('works.school')}</TableCell>}
                        <TableCell>{t('works.authors')}</TableCell>
                        <TableCell>{t('works.registeredAt')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {list.map((work) => (
                        <TableRow key={work.id} data-testid="project-work-row">
                          <TableCell>{work.title}</TableCell>
                          <TableCell>{t(`kind.${work.kind}`)}</TableCell>
                          <TableCell>{sectionTitle(season, work.subjectArea)}</TableCell>
                          {!me.schoolId && <TableCell>{names.school(work.schoolId)}</TableCell>}
                          <TableCell>{work.authorIds.length}</TableCell>
                          <TableCell>{formatDate(work.registeredAt)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
            </QueryState>
            {season && (me.schoolId || schoolFilter) && (
              <NominationPanel season={season} schoolId={me.schoolId ? undefined : schoolFilter} />
            )}
          </Stack>
        )}
      </QueryState>
      {registering && season && <RegisterWorkDialog season={season} onClose={() => setRegistering(false)} />}
    </>
  );
}
