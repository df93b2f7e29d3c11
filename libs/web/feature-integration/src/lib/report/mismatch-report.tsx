import {
  Button,
  MenuItem,
  Paper,
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
import {
  formatDateTime,
  formatNumber,
  formatPercent,
  isApiError,
  NotFound,
  PageHeader,
  QueryState,
} from '@orbita/web/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  MISMATCH_KINDS,
  MISMATCH_STATUSES,
  useMismatches,
  useSchoolReconciliations,
  type Mismatch,
  type MismatchKind,
} from '../data/integration-queries';
import { ReconcileButton } from '../shared/reconcile-button';
import { DecideMismatchDialog, type MismatchDecision } from './decide-mismatch-dialog';
import { OurStudentLines, PlatformPersonLines } from './person';

const ALL_KINDS = 'all';

/** The report's filters in the URL (kept across a reload): a kind or all of them, and a state (open by default). */
function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const statusParam = params.get('status');
  const kind = MISMATCH_KINDS.find((candidate) => candidate === kindParam);
  const status = MISMATCH_STATUSES.find((candidate) => candidate === statusParam) ?? 'open';
  const set = (name: 'kind' | 'status', value: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set(name, value);
        return updated;
      },
      { replace: true },
    );
  return { kind, status, set };
}

/**
 * A school's mismatch report: the platform's side and ours for each mismatch, grouped by kind (or one kind),
 * with «Подтвердить» / «Отклонить» on the open ones. `back` leads the regional centre to the list of schools.
 */
export function MismatchReport({ schoolId, back }: { schoolId: string; back?: ReactNode }) {
  const { t } = useTranslation('integration');
  const filters = useReportFilters();
  const school = useSchoolReconciliations().data?.find((candidate) => candidate.schoolId === schoolId);
  const mismatches = useMismatches(schoolId, { kind: filters.kind, status: filters.status });
  const [deciding, setDeciding] = useState<{ mismatch: Mismatch; decision: MismatchDecision } | null>(null);
  const kinds = filters.kind ? [filters.kind] : MISMATCH_KINDS;
  // Another school's report (a school account) or an unknown school: nothing of it, not even its filters.
  if (isApiError(mismatches.error, 404) || isApiError(mismatches.error, 403)) return <NotFound />;
  return (
    <>
      {back}
      <PageHeader
        title={school ? `${t('report.title')}: ${school.schoolName}` : t('report.title')}
        subtitle={
          school &&
          t('report.summary', {
            linked: formatNumber(school.linked),
            open: formatNumber(school.open),
            at: school.reconciledAt ? formatDateTime(school.reconciledAt) : t('schools.notYet'),
          })
        }
        actions={<ReconcileButton schoolId={schoolId} />}
      />
      <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('report.kindFilter')}
          value={filters.kind ?? ALL_KINDS}
          onChange={(event) => filters.set('kind', event.target.value)}
          sx={{ minWidth: 280 }}
          data-testid="kind-filter"
        >
          <MenuItem value={ALL_KINDS}>{t('report.allKinds')}</MenuItem>
          {MISMATCH_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('report.statusFilter')}
          value={filters.status}
          onChange={(event) => filters.set('status', event.target.value)}
          sx={{ minWidth: 220 }}
          data-testid="status-filter"
        >
          {MISMATCH_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`mismatchStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <QueryState query={mismatches} isEmpty={(items) => items.length === 0} empty={t('report.none')}>
        {(items) =>
          kinds.map((kind) => {
            const ofKind = items.filter((mismatch) => mismatch.kind === kind);
            return ofKind.length === 0 ? null : (
              <MismatchGroup
                key={kind}
                kind={kind}
                mismatches={ofKind}
                onDecide={(mismatch, decision) => setDeciding({ mismatch, decision })}
              />
            );
          })
        }
      </QueryState>
      {deciding && <DecideMismatchDialog {...deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}

/** One kind's mismatches: the two sides, how sure and why, and the decision (buttons while open). */
function MismatchGroup({
  kind,
  mismatches,
  onDecide,
}: {
  kind: MismatchKind;
  mismatches: Mismatch[];
  onDecide: (mismatch: Mismatch, decision: MismatchDecision) => void;
}) {
  const { t } = useTranslation('integration');
  const titleId = `mismatches-${kind}`;
  return (
    <section aria-labelledby={titleId} data-testid="mismatch-group" data-kind={kind}>
      <Typography variant="h6" component="h2" id={titleId} sx={{ mt: 3, mb: 1 }}>
        {t(`kind.${kind}`)} ({mismatches.length})
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('report.platform')}</TableCell>
              <TableCell>{t('report.ours')}</TableCell>
              <TableCell align="right">{t('report.confidence')}</TableCell>
              <TableCell>{t('report.reason')}</TableCell>
              <TableCell>{t('report.decision')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mismatches.map((mismatch) => (
              <TableRow
                key={mismatch.id}
                data-testid="mismatch-row"
                data-mismatch-id={mismatch.id}
                data-kind={mismatch.kind}
                data-status={mismatch.status}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell>
                  {mismatch.platform.length === 0
                    ? t('report.nobody')
                    : mismatch.platform.map((person) => (
                        <PlatformPersonLines key={person.externalId} person={person} />
                      ))}
                </TableCell>
                <TableCell>
                  {mismatch.student ? <OurStudentLines student={mismatch.student} /> : t('report.nobody')}
                </TableCell>
                <TableCell align="right">{formatPercent(mismatch.confidence, 0)}</TableCell>
                <TableCell>{mismatch.reason}</TableCell>
                <TableCell>
                  {mismatch.status === 'open' ? (
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        variant="contained"
                        onClick={() => onDecide(mismatch, 'approve')}
                        data-testid="mismatch-approve"
                      >
                        {t('report.approve')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => onDecide(mismatch, 'reject')}
                        data-testid="mismatch-reject"
                      >
                        {t('report.reject')}
                      </Button>
                    </Stack>
                  ) : (
                    <>
                      <Typography variant="body2">
                        {t('report.decided', {
                          status: t(`mismatchStatus.${mismatch.status}`),
                          at: formatDateTime(mismatch.decidedAt),
                        })}
                      </Typography>
                      {mismatch.comment && (
                        <Typography variant="body2" color="text.secondary">
                          {mismatch.comment}
                        </Typography>
                      )}
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}
