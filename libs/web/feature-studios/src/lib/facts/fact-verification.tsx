import {
  Alert,
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
import { api, QueryState, unwrap, VisuallyHidden } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, useFacts, type CreditFact, type FactStatus, type StudioCycle } from '../data/studios-queries';
import { problemText } from '../shared/problem';
import { StatusChip } from '../shared/status-chip';
import { StatusFilter, useStatusParam } from '../shared/status-filter';
import { useStudioNames } from '../shared/studio-names';
import { FactCells, FactHeadCells, indicatorNames } from './fact-cells';
import { RejectFactDialog } from './reject-fact-dialog';

/** The centre's verification of a cycle's credit facts (pending first): accept, or reject with a reason. */
export function FactVerification({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const queryClient = useQueryClient();
  const filter = useStatusParam<FactStatus>('factStatus', 'pending');
  const facts = useFacts(cycle.id, { status: filter.status });
  const studioNames = useStudioNames(cycle.id);
  const [rejecting, setRejecting] = useState<CreditFact | null>(null);
  const indicatorName = indicatorNames(cycle);
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
      <StatusFilter kind="fact" filter={filter} />
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
                  <FactHeadCells />
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
                      <FactCells fact={fact} indicatorName={indicatorName(fact.indicatorId)} />
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
