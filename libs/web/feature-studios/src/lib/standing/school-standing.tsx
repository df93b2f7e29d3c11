import { Paper, Stack, Typography } from '@mui/material';
import { QueryState } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { useStudios, type StudioCycle } from '../data/studios-queries';
import { StandingExplanationPanel } from './standing-explanation';

/** The school's studios' standings, explained: no other studio is named, only the gap to the next place. */
export function SchoolStanding({ cycle }: { cycle: StudioCycle }) {
  const { t } = useTranslation('studios');
  const studios = useStudios(cycle.id);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">
        {cycle.rankingPublishedAt ? t('standing.publishedNote') : t('standing.draftNote')}
      </Typography>
      <QueryState query={studios} isEmpty={(items) => items.length === 0} empty={t('facts.noStudio')}>
        {(items) => (
          <Stack spacing={3}>
            {items.map((studio) => (
              <Paper key={studio.id} variant="outlined" sx={{ p: 2 }}>
                <Typography variant="h6" component="h2">
                  {studio.theme}
                </Typography>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                  {studio.direction}
                </Typography>
                <StandingExplanationPanel studioId={studio.id} />
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
