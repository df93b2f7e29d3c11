import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { api, formatDate, PageHeader, QueryState, unwrap, useCan, type Schemas } from '@orbita/web/core';

import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Fact, Facts } from '../shared/facts';
import { fullName, schoolYearLabel } from '../shared/format';
import { keys, useSchoolName, type Student } from '../shared/queries';
import { EnrollDialog } from './enroll-dialog';
import { LinkCodeDialog } from './link-code-dialog';
import { MembershipsTable } from './memberships-table';
import { TrajectoryTable } from './trajectory-table';
import { TransferDialog } from './transfer-dialog';
import { UnlinkCodeDialog } from './unlink-code-dialog';
import { WithdrawDialog } from './withdraw-dialog';

type Action = 'enroll' | 'withdraw' | 'transfer' | 'link';

/** `/students/:id`: a student's card — classes over the years, participant codes and results. */
export function StudentPage() {
  const { id = '' } = useParams();
  const student = useQuery({
    queryKey: keys.student(id),
    queryFn: () => unwrap(api.GET('/api/v1/students/{id}', { params: { path: { id } } })),
  });
  return <QueryState query={student}>{(data) => <StudentCard student={data} />}</QueryState>;
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Box>
  );
}

function StudentCard({ student }: { student: Student }) {
  const { t } = useTranslation('classes');
  const can = useCan();
  const schoolName = useSchoolName();
  const [action, setAction] = useState<Action>();
  const [unlinking, setUnlinking] = useState<Schemas['TrajectoryEntry']>();
  const trajectory = useQuery({
    queryKey: keys.trajectory(student.id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/students/{id}/trajectory', { params: { path: { id: student.id } } })),
  });
  const openMemberships = student.memberships.filter((membership) => !membership.endedOn);
  const current = openMemberships[openMemberships.length - 1];
  const currentClass = useQuery({
    queryKey: keys.programmeClass(current?.classId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/classes/{id}', { params: { path: { id: current?.classId ?? '' } } })),
    enabled: !!current,
  }).data;
  const write = can('students:write');
  const close = () => setAction(undefined);

  return (
    <>
      <Button
        component={RouterLink}
        to={current ? `/classes/${current.classId}` : '/classes'}
        startIcon={<ArrowBackIcon />}
        size="small"
        sx={{ mb: 1 }}
      >
        {current ? t('student.backToClass') : t('class.back')}
      </Button>
      <PageHeader
        title={fullName(student)}
        subtitle={schoolName(student.schoolId)}
        actions={
          write && (
            <>
              <Button variant="contained" onClick={() => setAction('enroll')} data-testid="student-enroll">
                {t('enroll.action')}
              </Button>
              {openMemberships.length > 0 && (
                <>
                  <Button
                    variant="outlined"
                    onClick={() => setAction('transfer')}
                    data-testid="student-transfer"
                  >
                    {t('transfer.action')}
                  </Button>
                  <Button
                    variant="outlined"
                    color="error"
                    onClick={() => setAction('withdraw')}
                    data-testid="student-withdraw"
                  >
                    {t('withdraw.action')}
                  </Button>
                </>
              )}
            </>
          )
        }
      />
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 2.5 }, mb: 3 }} data-testid="student-details">
        <Facts columns={{ xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }}>
          <Fact label={t('student.birthDate')}>{formatDate(student.birthDate)}</Fact>
          <Fact label={t('fields.school')}>{schoolName(student.schoolId)}</Fact>
          <Fact label={t('student.status')} testId="student-status">
            {current && currentClass ? (
              <Link component={RouterLink} to={`/classes/${currentClass.id}`}>
                {t('student.inClassNamed', {
                  label: currentClass.label,
                  year: schoolYearLabel(currentClass.schoolYear),
                })}
              </Link>
            ) : current ? (
              t('student.inClass')
            ) : (
              t('student.notInClass')
            )}
          </Fact>
        </Facts>
      </Paper>
      <Section title={t('student.membershipsTitle')}>
        <MembershipsTable student={student} />
      </Section>
      <Section
        title={t('student.trajectoryTitle')}
        action={
          write &&
          can('works:read') && (
            <Button size="small" onClick={() => setAction('link')} data-testid="student-link-code">
              {t('codes.linkAction')}
            </Button>
          )
        }
      >
        <QueryState query={trajectory}>
          {(data) => <TrajectoryTable trajectory={data} onUnlink={write ? setUnlinking : undefined} />}
        </QueryState>
      </Section>
      {action === 'enroll' && <EnrollDialog student={student} onClose={close} />}
      {action === 'withdraw' && current && (
        <WithdrawDialog student={student} open={openMemberships} onClose={close} />
      )}
      {action === 'transfer' && current && (
        <TransferDialog student={student} open={openMemberships} onClose={close} />
      )}
      {action === 'link' && <LinkCodeDialog student={student} onClose={close} />}
      {unlinking && (
        <UnlinkCodeDialog student={student} entry={unlinking} onClose={() => setUnlinking(undefined)} />
      )}
    </>
  );
}
