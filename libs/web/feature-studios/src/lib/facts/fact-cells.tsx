import { TableCell } from '@mui/material';
import { formatDate } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import type { CreditFact, StudioCycle } from '../data/studios-queries';
import { EvidenceLink } from './evidence';

/** An indicator's name in the cycle's criteria (its id if the criteria no longer have it). */
export const indicatorNames = (cycle: StudioCycle) => (id: string) =>
  cycle.criteria.indicators.find((indicator) => indicator.id === id)?.name ?? id;

/** The headings of the columns every list of facts shows: indicator, count, description, evidence, date. */
export function FactHeadCells() {
  const { t } = useTranslation('studios');
  return (
    <>
      <TableCell>{t('facts.indicator')}</TableCell>
      <TableCell align="right">{t('facts.count')}</TableCell>
      <TableCell>{t('facts.description')}</TableCell>
      <TableCell>{t('facts.evidence')}</TableCell>
      <TableCell>{t('facts.submittedAt')}</TableCell>
    </>
  );
}

/** A fact's cells under {@link FactHeadCells}. */
export function FactCells({ fact, indicatorName }: { fact: CreditFact; indicatorName: string }) {
  return (
    <>
      <TableCell>{indicatorName}</TableCell>
      <TableCell align="right">{fact.count ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'pre-line' }}>{fact.description}</TableCell>
      <TableCell>
        <EvidenceLink fact={fact} />
      </TableCell>
      <TableCell>{formatDate(fact.submittedAt)}</TableCell>
    </>
  );
}
