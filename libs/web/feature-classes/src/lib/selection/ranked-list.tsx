import {
  Button,
  Checkbox,
  Chip,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Empty, formatNumber, VisuallyHidden } from '@orbita/web/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { standingOf, type Campaign, type Candidate, type Standing } from './selection-queries';

const STANDING_COLOR = {
  recommended: 'success',
  overQuota: 'warning',
  belowThreshold: 'default',
  unranked: 'default',
} as const;

/**
 * The ranked list: rank, candidate, score, extra testing and where each stands — recommended (at or
 * above the threshold and within the quota), over the quota, or below the threshold — with the quota
 * and threshold lines drawn where the list crosses them. Recommended students are ticked for enrollment.
 */
export function RankedList({
  campaign,
  nameOf,
  onEnroll,
}: {
  campaign: Campaign;
  nameOf: (studentId: string) => string | undefined;
  onEnroll: (studentIds: string[]) => void;
}) {
  const { t } = useTranslation('classes');
  const enrollable = campaign.candidates.filter(
    (candidate): candidate is Candidate & { studentId: string } =>
      candidate.recommended && candidate.studentId !== null,
  );
  const [chosen, setChosen] = useState<Set<string>>();
  // Until the user changes it, the choice is every recommended student (the list may be re-ranked meanwhile).
  const selected = chosen ?? new Set(enrollable.map((candidate) => candidate.studentId));
  const toggle = (studentId: string) => {
    const next = new Set(selected);
    if (next.has(studentId)) next.delete(studentId);
    else next.add(studentId);
    setChosen(next);
  };
  const count = (standing: Standing) =>
    campaign.candidates.filter((candidate) => standingOf(candidate) === standing).length;

  if (campaign.candidates.length === 0)
    return <Empty>{t(campaign.basis === 'oge' ? 'selection.noCandidatesOge' : 'selection.noCandidatesWork')}</Empty>;

  const line = (text: string, testId: string) => (
    <TableRow data-testid={testId}>
      <TableCell colSpan={6} sx={{ py: 0.5, borderTop: 2, borderTopColor: 'text.secondary', bgcolor: 'action.hover' }}>
        <Typography variant="caption" sx={{ fontWeight: 600 }}>
          {text}
        </Typography>
      </TableCell>
    </TableRow>
  );

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography data-testid="ranked-summary">
          {campaign.rankedAt
            ? t('selection.summary', {
                candidates: campaign.candidates.length,
                recommended: count('recommended'),
                overQuota: count('overQuota'),
                below: count('belowThreshold'),
              })
            : t('selection.rankFirst')}
        </Typography>
        <Button
          variant="contained"
          disabled={selected.size === 0}
          onClick={() => onEnroll([...selected])}
          data-testid="campaign-enroll"
        >
          {t('selection.enrollSelected', { count: selected.size })}
        </Button>
      </Stack>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('selection.rankedList')} data-testid="ranked-list">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <VisuallyHidden>{t('selection.chooseColumn')}</VisuallyHidden>
              </TableCell>
              <TableCell>{t('selection.place')}</TableCell>
              <TableCell>{t('selection.candidate')}</TableCell>
              <TableCell align="right">{t('selection.score')}</TableCell>
              <TableCell align="right">{t('selection.extraScore')}</TableCell>
              <TableCell>{t('selection.standing')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {campaign.candidates.map((candidate, index) => {
              const standing = standingOf(candidate);
              const previous = index > 0 ? standingOf(campaign.candidates[index - 1]) : undefined;
              const studentId = candidate.studentId;
              return (
                <Fragment key={studentId ?? candidate.participantCode ?? index}>
                  {previous === 'recommended' &&
                    standing === 'overQuota' &&
                    line(t('selection.quotaLine', { count: campaign.quota }), 'quota-line')}
                  {previous !== undefined &&
                    previous !== 'belowThreshold' &&
                    standing === 'belowThreshold' &&
                    line(t('selection.thresholdLine', { threshold: formatNumber(campaign.threshold, 2) }), 'threshold-line')}
                  <TableRow data-testid="candidate-row" data-standing={standing} data-student-id={studentId ?? undefined}>
                    <TableCell padding="checkbox">
                      {candidate.recommended && studentId && (
                        <Checkbox
                          checked={selected.has(studentId)}
                          onChange={() => toggle(studentId)}
                          slotProps={{ input: { 'aria-label': t('selection.choose') } }}
                        />
                      )}
                    </TableCell>
                    <TableCell>{candidate.rank ?? '—'}</TableCell>
                    <TableCell data-testid="candidate-name">
                      {studentId ? (
                        <Link component={RouterLink} to={`/students/${studentId}`}>
                          {nameOf(studentId) ?? '…'}
                        </Link>
                      ) : (
                        t('selection.unlinkedCode', { code: candidate.participantCode })
                      )}
                    </TableCell>
                    <TableCell align="right">{formatNumber(candidate.score, 2)}</TableCell>
                    <TableCell align="right">{formatNumber(candidate.extraScore, 2)}</TableCell>
                    <TableCell>
                      <Chip size="small" color={STANDING_COLOR[standing]} label={t(`selection.standings.${standing}`)} />
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
