import { Box, Chip, Divider, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useCan } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '../shared/facts';
import { schoolYearLabel, subjectName } from '../shared/format';
import {
  useProgrammeName,
  useSchoolName,
  useSchoolPeople,
  useSubjects,
  type ProgrammeClass,
} from '../shared/queries';

/** What the class is: school, programme, year, grade, profile subjects, delivery, its teachers. */
export function ClassDetails({ programmeClass }: { programmeClass: ProgrammeClass }) {
  const { t } = useTranslation('classes');
  const can = useCan();
  const schoolName = useSchoolName();
  const programmeName = useProgrammeName();
  const subjects = useSubjects().data ?? [];
  const people = useSchoolPeople(programmeClass.schoolId).data;
  const subjectTitle = (code: string) =>
    subjectName(t, code, subjects.find((subject) => subject.code === code)?.title);
  const personName = (personId: string) =>
    people?.find((person) => person.id === personId)?.fullName ??
    (can('people:read') ? '…' : t('teachers.unknown'));

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3 }} data-testid="class-details">
      <Facts columns={{ xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' }}>
        <Fact label={t('fields.school')}>{schoolName(programmeClass.schoolId)}</Fact>
        <Fact label={t('fields.programme')}>{programmeName(programmeClass.programmeCode)}</Fact>
        <Fact label={t('fields.schoolYear')}>{schoolYearLabel(programmeClass.schoolYear)}</Fact>
        <Fact label={t('fields.grade')}>{programmeClass.grade}</Fact>
        <Fact label={t('fields.delivery')}>{t(`delivery.${programmeClass.delivery}`)}</Fact>
        <Fact label={t('fields.studentCount')}>
          <span data-testid="class-student-count">
            {t('students', { count: programmeClass.studentCount })}
          </span>
        </Fact>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Typography variant="caption" color="text.secondary" component="dt">
            {t('fields.profileSubjects')}
          </Typography>
          <Stack
            component="dd"
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ m: 0, mt: 0.5, flexWrap: 'wrap' }}
          >
            {programmeClass.profileSubjects.map((code) => (
              <Chip key={code} label={subjectTitle(code)} color="primary" variant="outlined" />
            ))}
          </Stack>
        </Box>
      </Facts>
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" component="h2">
        {t('fields.teachers')}
      </Typography>
      {programmeClass.teachers.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t('teachers.none')}
        </Typography>
      ) : (
        <List
          dense
          disablePadding
          data-testid="class-teachers"
          sx={{
            display: 'grid',
            columnGap: 3,
            gridTemplateColumns: {
              xs: '1fr',
              sm: 'repeat(2, minmax(0, 1fr))',
              md: 'repeat(3, minmax(0, 1fr))',
            },
          }}
        >
          {programmeClass.teachers.map((teacher) => (
            <ListItem key={`${teacher.personId}-${teacher.subject}`} disableGutters>
              <ListItemText
                primary={personName(teacher.personId)}
                secondary={subjectTitle(teacher.subject)}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
