import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import {
  Alert,
  Button,
  Chip,
  Collapse,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { api, FormDialog, formatDateTime, formatNumber, QueryState, unwrap, VisuallyHidden } from '@orbita/web/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDIOS_KEY, useRanking, type StudioCycle, type StudioRanking } from '../data/studios-queries';
import { problemText } from '../shared/problem';
import { useStudioNames } from '../shared/studio-names';
import { StandingExplanationPanel } from '../standing/standing-explanation';

function PublishDialog({ cycle, onClose }: { cycle: StudioCycle; onClose: () => void }) {
  const { t } = useTranslation('studios');
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/studio-cycles/{cycleId}/ranking/publication', { params: { path: { cycleId: cycle.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [STUDIOS_KEY] });
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('ranking.publishTitle')}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        publish.mutate();
      }}
      submitting={publish.isPending}
      failure={problemText(publish.error)}
      submitLabel={t('ranking.publish')}
      testId="publish-form"
    >
      <Typography>{t('ranking.publishWarning', { count: cycle.leaderCount })}</Typography>
    </FormDialog>
  );
}

function Standings({ ranking, cycleId }: { ranking: StudioRanking; cycleId: string }) {
  const { t } = useTranslation('studios');
  const studioNames = useStudioNames(cycleId);
  const [open, setOpen] = useState<string | null>(null);
  const leaders = ranking.standings.filter((standing) => standing.leader);
  return (
    <Stack spacing={2}>
      {leaders.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="ranking-leaders">
          <Typography>{ranking.publishedAt ? t('ranking.leaders') : t('ranking.leadersSoFar')}</Typography>
          {leaders.map((leader) => (
            <Chip key={leader.studioId} icon={<EmojiEventsIcon />} label={`${leader.rank}. ${studioNames(leader.studioId).school}`} />
          ))}
        </Stack>
      )}
      <TableContainer>
        <Table size="small" aria-label={t('ranking.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('ranking.rank')}</TableCell>
              <TableCell>{t('ranking.studio')}</TableCell>
              <TableCell align="right">{t('ranking.total')}</TableCell>
              <TableCell align="right">{t('ranking.gap')}</TableCell>
              <TableCell>
                <VisuallyHidden>{t('ranking.explain')}</VisuallyHidden>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ranking.standings.map((standing) => {
              const names = studioNames(standing.studioId);
              const expanded = open === standing.studioId;
              return (
                <Fragment key={standing.studioId}>
                  <TableRow data-testid="ranking-row" data-studio-id={standing.studioId} data-leader={standing.leader}>
                    <TableCell>
                      {standing.rank}
                      {standing.leader && ` · ${t('ranking.leader')}`}
                    </TableCell>
                    <TableCell>
                      {names.school}
                      {names.theme && (
                        <Typography variant="body2" color="text.secondary">
                          {names.theme}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right" data-testid="ranking-total">
                      {formatNumber(standing.total, 2)}
                    </TableCell>
                    <TableCell align="right">
                      {standing.nextPlaceRank === null ? '—' : formatNumber(standing.gapToNextPlace, 2)}
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        aria-expanded={expanded}
                        onClick={() => setOpen(expanded ? null : standing.studioId)}
                        data-testid="ranking-explain"
                      >
                        {expanded ? t('ranking.hide') : t('ranking.explain')}
                      </Button>
                    </TableCell>
                  </TableRow>
                  {expanded && (
                    <TableRow>
                      <TableCell colSpan={5}>
                        <Collapse in appear>
                          <StandingExplanationPanel studioId={standing.studioId} />
                        </Collapse>
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

/** The coordinator's ranking: totals from accepted facts, places and gaps, the leaders, each explained; publishing it. */
export function RankingPanel({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const ranking = useRanking(cycle.id);
  const [publishing, setPublishing] = useState(false);
  return (
    <Stack spacing={2} data-testid="ranking-panel">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        {cycle.rankingPublishedAt ? (
          <Alert severity="success" data-testid="ranking-published">
            {t('ranking.published', { at: formatDateTime(cycle.rankingPublishedAt) })}
          </Alert>
        ) : (
          <Typography color="text.secondary">{t('ranking.draft')}</Typography>
        )}
        {!cycle.rankingPublishedAt && (
          <Button variant="contained" onClick={() => setPublishing(true)} data-testid="ranking-publish">
            {t('ranking.publish')}
          </Button>
        )}
      </Stack>
      <QueryState query={ranking} isEmpty={(data) => data.standings.length === 0} empty={t('ranking.empty')}>
        {(data) => <Standings ranking={data} cycleId={cycle.id} />}
      </QueryState>
      {publishing && <PublishDialog cycle={cycle} onClose={() => setPublishing(false)} />}
    </Stack>
  );
}
