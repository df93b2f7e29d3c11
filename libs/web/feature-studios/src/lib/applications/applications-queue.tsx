import {
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatDate, QueryState, VisuallyHidden } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useApplications,
  usePartners,
  usePersonNames,
  useSchoolNames,
  type ApplicationStatus,
  type StudioApplication,
} from '../data/studios-queries';
import { StatusChip } from '../shared/status-chip';
import { StatusFilter, useStatusParam } from '../shared/status-filter';
import { DecideDialog, type Decision } from './decide-dialog';

/** The centre's queue of a cycle's applications (awaiting a decision first), each approved, returned or rejected. */
export function ApplicationsQueue({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('studios');
  const filter = useStatusParam<ApplicationStatus>('status', 'submitted');
  const applications = useApplications(cycleId, filter.status);
  const schoolName = useSchoolNames();
  const mentorName = usePersonNames((applications.data ?? []).map((application) => application.mentorPersonId));
  const partners = usePartners().data ?? [];
  const [deciding, setDeciding] = useState<{ application: StudioApplication; decision: Decision } | null>(null);

  return (
    <Stack spacing={2} data-testid="applications-queue">
      <StatusFilter kind="application" filter={filter} />
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
