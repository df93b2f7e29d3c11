import {
  Button,
  Chip,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { formatDate, PageHeader, QueryState, useCan } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCycles, type StudioCriteria } from '../data/studios-queries';
import { schoolYearLabel } from '../shared/format';
import { OpenCycleDialog } from './open-cycle-dialog';

/**
 * What a first cycle starts with, one indicator per kind of rule, for the coordinator to edit: the
 * studio's events (per fact), the pupils they reached (per count, capped) and prizes won (a scale).
 */
const STARTER_CRITERIA: StudioCriteria = {
  indicators: [
    { id: 'events', name: 'Мероприятия студии', unit: 'мероприятий', rule: { kind: 'perFact', points: 5 } },
    {
      id: 'participants',
      name: 'Участники мероприятий',
      unit: 'человек',
      rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: 20 },
    },
    {
      id: 'awards',
      name: 'Призовые места в конкурсах',
      unit: 'мест',
      rule: {
        kind: 'scale',
        bands: [
          { threshold: 1, points: 5 },
          { threshold: 3, points: 10 },
          { threshold: 5, points: 15 },
        ],
      },
    },
  ],
};

/** The studio cycles («Уроки настоящего»), latest year first; the regional centre opens the next one. */
export function StudiosPage() {
  const { t } = useTranslation('studios');
  const can = useCan();
  const cycles = useCycles();
  const [opening, setOpening] = useState(false);
  const manage = can('projects:manage');

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          manage && (
            <Button variant="contained" onClick={() => setOpening(true)} data-testid="cycle-create">
              {t('cycles.open')}
            </Button>
          )
        }
      />
      <QueryState query={cycles} isEmpty={(items) => items.length === 0} empty={t('cycles.none')}>
        {(items) => (
          <TableContainer component={Paper} variant="outlined">
            <Table aria-label={t('cycles.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('cycles.schoolYear')}</TableCell>
                  <TableCell>{t('cycles.window')}</TableCell>
                  <TableCell align="right">{t('cycles.indicators')}</TableCell>
                  <TableCell align="right">{t('cycles.leaderCount')}</TableCell>
                  <TableCell>{t('cycles.ranking')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((cycle) => (
                  <TableRow key={cycle.id} data-testid="cycle-row" data-cycle-id={cycle.id}>
                    <TableCell>
                      <Link component={RouterLink} to={`/studios/cycles/${cycle.id}`}>
                        {t('cycles.name', { year: schoolYearLabel(cycle.schoolYear) })}
                      </Link>
                    </TableCell>
                    <TableCell>
                      {formatDate(cycle.applicationsOpenOn)} — {formatDate(cycle.applicationsCloseOn)}
                    </TableCell>
                    <TableCell align="right">{cycle.criteria.indicators.length}</TableCell>
                    <TableCell align="right">{cycle.leaderCount}</TableCell>
                    <TableCell>
                      {cycle.rankingPublishedAt ? (
                        <Chip size="small" color="success" variant="outlined" label={t('cycles.published', { at: formatDate(cycle.rankingPublishedAt) })} />
                      ) : (
                        t('cycles.notPublished')
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      {opening && (
        <OpenCycleDialog
          criteria={cycles.data?.[0]?.criteria ?? STARTER_CRITERIA}
          onClose={() => setOpening(false)}
        />
      )}
    </>
  );
}
