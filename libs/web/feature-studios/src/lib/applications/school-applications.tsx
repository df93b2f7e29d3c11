import { Alert, Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { formatDate, formatDateTime, QueryState } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplications, type StudioApplication, type StudioCycle } from '../data/studios-queries';
import { windowOpen } from '../shared/format';
import { StatusChip } from '../shared/status-chip';
import { ApplicationDialog } from './application-dialog';

/** A school's applications in the cycle: apply while the window is open, resubmit one the centre returned. */
export function SchoolApplications({ cycle, schoolId }: { cycle: StudioCycle; schoolId: string }) {
  const { t } = useTranslation('studios');
  const applications = useApplications(cycle.id);
  const [editing, setEditing] = useState<{ returned?: StudioApplication } | null>(null);
  const open = windowOpen(cycle);
  return (
    <Stack spacing={2} data-testid="school-applications">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <Typography color="text.secondary">
          {t(open ? 'apply.windowOpen' : 'apply.windowClosed', {
            from: formatDate(cycle.applicationsOpenOn),
            to: formatDate(cycle.applicationsCloseOn),
          })}
        </Typography>
        {open && (
          <Button variant="contained" onClick={() => setEditing({})} data-testid="application-create">
            {t('apply.title')}
          </Button>
        )}
      </Stack>
      <QueryState query={applications} isEmpty={(items) => items.length === 0} empty={t('apply.none')}>
        {(items) => (
          <Stack spacing={2}>
            {items.map((application) => (
              <Card key={application.id} variant="outlined" data-testid="school-application" data-application-id={application.id}>
                <CardContent>
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
                    <div>
                      <Typography variant="subtitle1" component="h3">
                        {application.theme}
                      </Typography>
                      <Typography color="text.secondary">{application.direction}</Typography>
                    </div>
                    <StatusChip kind="application" status={application.status} />
                  </Stack>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t('apply.submittedAt', { at: formatDateTime(application.submittedAt) })} ·{' '}
                    {t('applications.teamSize', { count: application.teamStudentIds.length })}
                  </Typography>
                  {application.comment && (
                    <Alert severity={application.status === 'rejected' ? 'error' : 'warning'} sx={{ mt: 1 }} data-testid="application-comment">
                      {t('apply.centreSays', { comment: application.comment })}
                    </Alert>
                  )}
                </CardContent>
                {application.status === 'returned' && open && (
                  <CardActions>
                    <Button onClick={() => setEditing({ returned: application })} data-testid="application-resubmit">
                      {t('apply.resubmit')}
                    </Button>
                  </CardActions>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {editing && (
        <ApplicationDialog
          cycleId={cycle.id}
          schoolId={schoolId}
          returned={editing.returned}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
