import {
  Alert,
  Button,
  Checkbox,
  Chip,
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
import { api, formatNumber, QueryState, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useNames,
  useNominationCandidates,
  type ProjectNominationCandidates,
  type ProjectSeason,
  type ProjectStage,
} from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';

/**
 * «Выдвижение на заключительный этап»: once the season's school stage is closed, the school's judged
 * works ranked within the school, to pick those that go to the final within the stage's quota.
 * `schoolId` is the region's choice of school; a school account's own school when absent.
 */
export function NominationPanel({ season, schoolId }: { season: ProjectSeason; schoolId?: string }) {
  const { t } = useTranslation('projects');
  const stage = season.stages.find((candidate) => candidate.kind === 'school');
  if (!stage) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="nomination-title" sx={{ p: 2 }} data-testid="nomination-panel">
      <Typography id="nomination-title" variant="h6" component="h2" sx={{ mb: 1 }}>{t('nominate.title')}</Typography>
      {stage.status === 'closed' ? (
        <Candidates season={season} stage={stage} schoolId={schoolId} />
      ) : (
        <Typography color="text.secondary">{t('nominate.waiting')}</Typography>
      )}
    </Paper>
  );
}

function Candidates({ season, stage, schoolId }: { season: ProjectSeason; stage: ProjectStage; schoolId?: string }) {
  const { t } = useTranslation('projects');
  const candidates = useNominationCandidates(stage.id, schoolId);
  return (
    <QueryState query={candidates} isEmpty={(loaded) => loaded.works.length === 0} empty={t('nominate.none')}>
      {(loaded) => <CandidatesForm key={loaded.schoolId} season={season} candidates={loaded} regionFor={schoolId} />}
    </QueryState>
  );
}

const nominatedOf = (candidates: ProjectNominationCandidates) =>
  candidates.works.filter((work) => work.nominated).map((work) => work.workId);

function CandidatesForm({
  season,
  candidates,
  regionFor,
}: {
  season: ProjectSeason;
  candidates: ProjectNominationCandidates;
  regionFor?: string;
}) {
  const { t } = useTranslation('projects');
  const names = useNames(season.id);
  const nominated = nominatedOf(candidates);
  // The current nominations, or before any the best ranked within the quota.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () =>
      new Set(nominated.length > 0 ? nominated : candidates.works.filter((work) => work.recommended).map((work) => work.workId)),
  );
  const [done, setDone] = useState(false);
  const nominate = useProjectsMutation(
    () =>
      unwrap(
        api.POST('/api/v1/project-stages/{stageId}/nominations', {
          params: { path: { stageId: candidates.stageId } },
          body: {
            ...(regionFor && { schoolId: regionFor }),
            // In the school's ranking order, as the server answers.
            workIds: candidates.works.map((work) => work.workId).filter((id) => chosen.has(id)),
          },
        }),
      ),
    () => setDone(true),
  );
  const overQuota = chosen.size > candidates.quota;
  const toggle = (workId: string) => {
    setDone(false);
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(workId)) next.add(workId);
      return next;
    });
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">{t('nominate.hint')}</Typography>
      <Typography variant="body2" data-testid="nomination-current">
        {nominated.length > 0 ? t('nominate.current', { works: nominated.map(names.work).join(', ') }) : t('nominate.noneYet')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={t('nominate.title')} data-testid="nomination-candidates">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">{t('nominate.choose')}</TableCell>
              <TableCell align="right">{t('nominate.schoolRank')}</TableCell>
              <TableCell>{t('summary.work')}</TableCell>
              <TableCell align="right">{t('summary.score')}</TableCell>
              <TableCell>{t('summary.award')}</TableCell>
              <TableCell>{t('nominate.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {candidates.works.map((work) => (
              <TableRow key={work.workId} data-testid="nomination-candidate">
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={chosen.has(work.workId)}
                    onChange={() => toggle(work.workId)}
                    slotProps={{ input: { 'aria-label': t('nominate.chooseWork', { work: names.work(work.workId) }) } }}
                  />
                </TableCell>
                <TableCell align="right">{work.schoolRank ?? '—'}</TableCell>
                <TableCell>{names.work(work.workId)}</TableCell>
                <TableCell align="right">{formatNumber(work.score, 1)}</TableCell>
                <TableCell>{work.award ? t('summary.awardDegree', { degree: work.award }) : '—'}</TableCell>
                <TableCell>
                  {work.nominated ? <Chip size="small" color="success" label={t('nominate.nominated')} /> : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography role="status" color={overQuota ? 'error' : 'text.primary'} data-testid="nomination-counter">
        {t('nominate.selected', { count: chosen.size, quota: candidates.quota })}
        {overQuota && ` — ${t('nominate.overQuota')}`}
      </Typography>
      {nominate.failure && <Alert severity="error">{nominate.failure}</Alert>}
      {done && <Alert severity="success">{t('nominate.saved')}</Alert>}
      <Button
        variant="contained"
        disabled={overQuota}
        loading={nominate.isPending}
        onClick={() => nominate.mutate(undefined)}
        sx={{ alignSelf: 'flex-start' }}
        data-testid="nomination-submit"
      >
        {t('nominate.submit')}
      </Button>
    </Stack>
  );
}
