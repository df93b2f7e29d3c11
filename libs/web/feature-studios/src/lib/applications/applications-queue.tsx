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
  Typography,
} from '@mui/material';
import { formatDate, QueryState, VisuallyHidden } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  APPLICATION_STATUSES,
  useApplications,
  usePartners,
  usePersonNames,
  useSchoolNames,
  type ApplicationStatus,
  type StudioApplication,
} from '../data/studios-queries';
import { StatusChip } from '../shared/status-chip';
import { DecideDialog, type Decision } from './decide-dialog';

const ALL = 'all';

/** The centre's queue of a cycle's applications (awaiting a decision first), each approved, returned or rejected. */
export function ApplicationsQueue({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('studios');
  const [params, setParams] = useSearchParams();
  const filter = params.get('status') ?? 'submitted';
  const status = filter === ALL ? undefined : (filter as ApplicationStatus);
  const applications = useApplications(cycleId, status);
  const schoolName = useSchoolNames();
  const mentorName = usePersonNames((applications.data ?? []).map((application) => application.mentorPersonId));
  const partners = usePartners().data ?? [];
  const [deciding, setDeciding] = useState<{ application: StudioApplication; decision: Decision } | null>(null);

  return (
    <Stack spacing={2} data-testid="applications-queue">
      <TextField
        select
        size="small"
        label={t('applications.statusFilter')}
        value={filter}
        onChange={(event) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('status', event.target.value);
              return next;
            },
            { replace: true },
          )
        }
        sx={{ maxWidth: 280 }}
      >
        <MenuItem value={ALL}>{t('applications.allStatuses')}</MenuItem>
        {APPLICATION_STATUSES.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`applicationStatus.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <QueryState query={applications} isEmpty={(items) => items.length === 0} empty={t('applications.none')}>
        {(items) => (
          <TableContainer>
            <Table size="small" aria-label={t('applications.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('applications.school')}</TableCell>
                  <TableCell>{t('applications.directionTheme')}</TableCell>
                  <TableCell>{t('applications.mentor')}</TableCell>
                  <TableCell>{t('applications.team')}</TableCell>
                  <TableCell>{t('applications.partner')}</TableCell>
                  <TableCell>{t('applications.submittedAt')}</TableCell>
                  <TableCell>{t('applications.status')}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{t('applications.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((application) => (
                  <TableRow key={application.id} data-testid="application-row" data-application-id={application.id}>
                    <TableCell>{schoolName(application.schoolId)}</TableCell>
                    <TableCell>
                      {application.direction}
                      <Typography variant="body2" color="text.secondary">
                        {application.theme}
                      </Typography>
                    </TableCell>
                    <TableCell>{mentorName(application.mentorPersonId) ?? '…'}</TableCell>
                    <TableCell>{t('applications.teamSize', { count: application.teamStudentIds.length })}</TableCell>
                    <TableCell>
                      {application.partnerOrganisationId
                        ? (partners.find((partner) => partner.id === application.partnerOrganisationId)?.shortName ?? '…')
                        : '—'}
                    </TableCell>
                    <TableCell>{formatDate(application.submittedAt)}</TableCell>
                    <TableCell>
                      <StatusChip kind="application" status={application.status} />
                      {application.comment && (
                        <Typography variant="body2" color="text.secondary">
                          {application.comment}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {application.status === 'submitted' && (
                        <Stack direction="row" spacing={1}>
                          {(['approve', 'return', 'reject'] as const).map((decision) => (
                            <Button
                              key={decision}
                              size="small"
                              color={decision === 'reject' ? 'error' : 'primary'}
                              variant={decision === 'approve' ? 'contained' : 'text'}
                              onClick={() => setDeciding({ application, decision })}
                              data-testid={`application-${decision}`}
                            >
                              {t(`decide.${decision}`)}
                            </Button>
                          ))}
                        </Stack>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      {deciding && (
        <DecideDialog
          application={deciding.application}
          decision={deciding.decision}
          schoolName={schoolName(deciding.application.schoolId)}
          onClose={() => setDeciding(null)}
        />
      )}
    </Stack>
  );
}
