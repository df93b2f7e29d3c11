import {
  Alert,
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
import { api, formatDate, QueryState, unwrap, VisuallyHidden } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FACT_STATUSES, STUDIOS_KEY, useFacts, type CreditFact, type FactStatus, type StudioCycle } from '../data/studios-queries';
import { problemText } from '../shared/problem';
import { StatusChip } from '../shared/status-chip';
import { useStudioNames } from '../shared/studio-names';
import { EvidenceLink } from './evidence';
import { RejectFactDialog } from './reject-fact-dialog';

const ALL = 'all';

/** The centre's verification of a cycle's credit facts (pending first): accept, or reject with a reason. */
export function FactVerification({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter = params.get('factStatus') ?? 'pending';
  const status = filter === ALL ? undefined : (filter as FactStatus);
  const facts = useFacts(cycle.id, { status });
  const studioNames = useStudioNames(cycle.id);
  const [rejecting, setRejecting] = useState<CreditFact | null>(null);
  const indicatorName = (id: string) => cycle.criteria.indicators.find((indicator) => indicator.id === id)?.name ?? id;
  const accept = useMutation({
    mutationFn: (fact: CreditFact) =>
      unwrap(
        api.POST('/api/v1/credit-facts/{id}/verification', {
          params: { path: { id: fact.id } },
          body: { verdict: 'accept' },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] }),
  });
  const published = !!cycle.rankingPublishedAt;

  return (
    <Stack spacing={2} data-testid="fact-verification">
      <TextField
        select
        size="small"
        label={t('facts.statusFilter')}
        value={filter}
        onChange={(event) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('factStatus', event.target.value);
              return next;
            },
            { replace: true },
          )
        }
        sx={{ maxWidth: 280 }}
      >
        <MenuItem value={ALL}>{t('facts.allStatuses')}</MenuItem>
        {FACT_STATUSES.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`factStatus.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      {accept.error && (
        <Alert severity="error" role="alert">
          {problemText(accept.error)}
        </Alert>
      )}
      <QueryState query={facts} isEmpty={(items) => items.length === 0} empty={t('facts.none')}>
        {(items) => (
          <TableContainer>
            <Table size="small" aria-label={t('facts.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('facts.studio')}</TableCell>
                  <TableCell>{t('facts.indicator')}</TableCell>
                  <TableCell align="right">{t('facts.count')}</TableCell>
                  <TableCell>{t('facts.description')}</TableCell>
                  <TableCell>{t('facts.evidence')}</TableCell>
                  <TableCell>{t('facts.submittedAt')}</TableCell>
                  <TableCell>{t('facts.status')}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{t('facts.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((fact) => {
                  const names = studioNames(fact.studioId);
                  return (
                    <TableRow key={fact.id} data-testid="fact-row" data-fact-id={fact.id}>
                      <TableCell>
                        {names.school}
                        <Typography variant="body2" color="text.secondary">
                          {names.theme}
                        </Typography>
                      </TableCell>
                      <TableCell>{indicatorName(fact.indicatorId)}</TableCell>
                      <TableCell align="right">{fact.count ?? '—'}</TableCell>
                      <TableCell sx={{ whiteSpace: 'pre-line' }}>{fact.description}</TableCell>
                      <TableCell>
                        <EvidenceLink fact={fact} />
                      </TableCell>
                      <TableCell>{formatDate(fact.submittedAt)}</TableCell>
                      <TableCell>
                        <StatusChip kind="fact" status={fact.status} />
                        {fact.rejectionReason && (
                          <Typography variant="body2" color="text.secondary">
                            {fact.rejectionReason}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        {fact.status === 'pending' && !published && (
                          <Stack direction="row" spacing={1}>
                            <Button
                              size="small"
                              variant="contained"
                              loading={accept.isPending && accept.variables?.id === fact.id}
                              onClick={() => accept.mutate(fact)}
                              data-testid="fact-accept"
                            >
                              {t('verify.accept')}
                            </Button>
                            <Button size="small" color="error" onClick={() => setRejecting(fact)} data-testid="fact-reject">
                              {t('verify.reject')}
                            </Button>
                          </Stack>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      {rejecting && (
        <RejectFactDialog
          fact={rejecting}
          indicatorName={indicatorName(rejecting.indicatorId)}
          onClose={() => setRejecting(null)}
        />
      )}
    </Stack>
  );
}
