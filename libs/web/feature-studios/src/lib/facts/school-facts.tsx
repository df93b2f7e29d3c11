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
import { QueryState, VisuallyHidden } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFacts, useStudios, type CreditFact, type Studio, type StudioCycle } from '../data/studios-queries';
import { StatusChip } from '../shared/status-chip';
import { AttachEvidenceDialog } from './evidence';
import { FactCells, FactHeadCells, indicatorNames } from './fact-cells';
import { SubmitFactDialog } from './submit-fact-dialog';

/** One studio's credit facts as its school sees them: status, the centre's reason, evidence; adding more. */
function StudioFacts({ cycle, studio }: { cycle: StudioCycle; studio: Studio }) {
  const { t } = useTranslation('studios');
  const facts = useFacts(cycle.id, { studioId: studio.id });
  const [adding, setAdding] = useState(false);
  const [attaching, setAttaching] = useState<CreditFact | null>(null);
  const published = !!cycle.rankingPublishedAt;
  const indicatorName = indicatorNames(cycle);

  return (
    <Stack spacing={2} data-testid="studio-facts" data-studio-id={studio.id}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <div>
          <Typography variant="h6" component="h2">
            {studio.theme}
          </Typography>
          <Typography color="text.secondary">{studio.direction}</Typography>
        </div>
        {!published && (
          <Button variant="contained" onClick={() => setAdding(true)} data-testid="fact-create">
            {t('facts.add')}
          </Button>
        )}
      </Stack>
      <QueryState query={facts} isEmpty={(items) => items.length === 0} empty={t('facts.noneYet')}>
        {(items) => (
          <TableContainer>
            <Table size="small" aria-label={t('facts.ofStudio', { theme: studio.theme })}>
              <TableHead>
                <TableRow>
                  <FactHeadCells />
                  <TableCell>{t('facts.status')}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{t('facts.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((fact) => (
                  <TableRow key={fact.id} data-testid="fact-row" data-fact-id={fact.id}>
                    <FactCells fact={fact} indicatorName={indicatorName(fact.indicatorId)} />
                    <TableCell>
                      <StatusChip kind="fact" status={fact.status} />
                      {fact.rejectionReason && (
                        <Typography variant="body2" color="text.secondary" data-testid="fact-rejection">
                          {t('facts.rejectedBecause', { reason: fact.rejectionReason })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {fact.status === 'pending' && !published && (
                        <Button size="small" onClick={() => setAttaching(fact)} data-testid="fact-attach">
                          {t('evidence.attach')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      {adding && <SubmitFactDialog cycle={cycle} studioId={studio.id} onClose={() => setAdding(false)} />}
      {attaching && <AttachEvidenceDialog fact={attaching} onClose={() => setAttaching(null)} />}
    </Stack>
  );
}

/** The school's studios in the cycle (one per approved application), each with its facts. */
export function SchoolFacts({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const studios = useStudios(cycle.id);
  return (
    <QueryState query={studios} isEmpty={(items) => items.length === 0} empty={t('facts.noStudio')}>
      {(items) => (
        <Stack spacing={4}>
          {items.map((studio) => (
            <StudioFacts key={studio.id} cycle={cycle} studio={studio} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
