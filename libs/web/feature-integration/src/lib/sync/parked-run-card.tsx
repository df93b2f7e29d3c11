import {
  Alert,
  AlertTitle,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { formatDateTime, formatNumber, formatPercent } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncRun } from '../data/integration-queries';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { decideRun, type RunDecision } from './run-decision';

/**
 * A run the mass-deletion guard parked: the schools it would remove too much of, and the centre's choice
 * to apply it as read or to reject its deletions.
 */
export function ParkedRunCard({ run, guardShare }: { run: SyncRun; guardShare: number }) {
  const { t } = useTranslation('integration');
  const [deciding, setDeciding] = useState<RunDecision | null>(null);
  return (
    <Paper
      variant="outlined"
      sx={{ mb: 3 }}
      component="section"
      aria-labelledby="parked-run-title"
      data-testid="parked-run"
      data-run-id={run.id}
    >
      <Alert severity="warning" sx={{ borderRadius: 0 }}>
        <AlertTitle id="parked-run-title" component="h2">
          {t('parked.title')}
        </AlertTitle>
        {t('parked.text', { at: formatDateTime(run.startedAt), share: formatPercent(guardShare, 0) })}
      </Alert>
      <TableContainer>
        <Table size="small" aria-labelledby="parked-run-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('parked.school')}</TableCell>
              <TableCell align="right">{t('parked.active')}</TableCell>
              <TableCell align="right">{t('parked.removed')}</TableCell>
              <TableCell align="right">{t('parked.share')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {run.parkedSchools.map((school) => (
              <TableRow key={school.schoolExternalId} data-testid="parked-school">
                <TableCell>{school.schoolName}</TableCell>
                <TableCell align="right">{formatNumber(school.active)}</TableCell>
                <TableCell align="right">{formatNumber(school.removed)}</TableCell>
                <TableCell align="right">{formatPercent(school.share)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Stack direction="row" spacing={2} sx={{ p: 2 }}>
        <Button variant="contained" onClick={() => setDeciding('approve')} data-testid="parked-approve">
          {t('parked.approve')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          onClick={() => setDeciding('reject')}
          data-testid="parked-reject"
        >
          {t('parked.reject')}
        </Button>
      </Stack>
      {deciding && (
        <ConfirmDialog
          title={t(`parked.${deciding}Title`)}
          text={t(`parked.${deciding}Text`)}
          submitLabel={t(`parked.${deciding}`)}
          submitColor={deciding === 'reject' ? 'error' : 'primary'}
          testId="parked-decision-form"
          onConfirm={() => decideRun(run.id, deciding)}
          onClose={() => setDeciding(null)}
        />
      )}
    </Paper>
  );
}
