import { Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { api, PageHeader, QueryState, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  currentStage,
  keys,
  useSeasons,
  useSheets,
  type ProjectSeason,
  type ProjectWork,
} from '../data/projects-queries';
import { sectionTitle, stageLabel } from '../shared/labels';
import { ConflictDeclaration } from './conflict-declaration';
import { SheetStatusChip } from './sheet-status';

/** «Мои работы»: the works assigned to the expert, each with their sheet's state at its current stage. */
export function MyWorksPage() {
  const { t } = useTranslation('projects');
  const seasons = useSeasons();
  const works = useQuery({
    queryKey: keys.works({ mine: true }),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/project-works', { params: { query: { pageSize: 200, sort: 'title' } } }),
        )
      ).items,
  });
  return (
    <>
      <PageHeader title={t('expert.title')} subtitle={t('expert.subtitle')} />
      <QueryState query={works} isEmpty={(items) => items.length === 0} empty={t('expert.none')}>
        {(items) => (
          <Stack spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="expert-works">
            {items.map((work) => (
              <WorkCard
                key={work.id}
                work={work}
                season={seasons.data?.find((season) => season.id === work.seasonId)}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function WorkCard({ work, season }: { work: ProjectWork; season: ProjectSeason | undefined }) {
  const { t } = useTranslation('projects');
  const stage = season && currentStage(season);
  const sheets = useSheets(work.id, stage?.id ?? '', !!stage);
  const sheet = sheets.data?.[0];
  const action =
    sheet?.status === 'submitted' || stage?.status === 'closed'
      ? t('expert.viewSheet')
      : t('expert.fillSheet');
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }} data-testid="expert-work">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <div>
          <Typography variant="h6" component="h2">
            {work.title}
          </Typography>
          <Typography color="text.secondary">
            {t(`kind.${work.kind}`)} · {sectionTitle(season, work.subjectArea)}
            {stage && ` · ${stageLabel(t, stage, season)}`}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <SheetStatusChip status={sheet?.status} />
            {stage?.status === 'closed' && <Chip label={t('stageStatus.closed')} size="small" />}
          </Stack>
        </div>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'center' }, flexShrink: 0 }}
        >
          <ConflictDeclaration workId={work.id} title={work.title} />
          {stage && (
            <Button
              component={RouterLink}
              to={`/expert-sheets/works/${work.id}/stages/${stage.id}`}
              variant={sheet?.status === 'submitted' ? 'outlined' : 'contained'}
              size="large"
              sx={{ minHeight: 48, flexShrink: 0 }}
              // The visible words first, then which work: a voice command by what is seen still finds it.
              aria-label={t('expert.sheetOf', { action, title: work.title })}
            >
              {action}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
