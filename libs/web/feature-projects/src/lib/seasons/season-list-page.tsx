import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, List, ListItem, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { formatDate, PageHeader, QueryState } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useSeasons } from '../data/projects-queries';
import { schoolYearLabel } from '../shared/labels';
import { CreateSeasonDialog } from './create-season-dialog';

/** The seasons of project defences, latest first, each with its two stages to open. */
export function SeasonListPage() {
  const { t } = useTranslation('projects');
  const seasons = useSeasons();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('seasons.title')}
        subtitle={t('seasons.subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="create-season">
            {t('seasons.create')}
          </Button>
        }
      />
      <QueryState query={seasons} isEmpty={(items) => items.length === 0} empty={t('seasons.none')}>
        {(items) => (
          <Stack spacing={2}>
            {items.map((season) => (
              <Paper key={season.id} variant="outlined" sx={{ p: 2 }} data-testid="season">
                <Typography variant="h6" component="h2">
                  {t('seasons.season', { year: schoolYearLabel(season.schoolYear) })}
                </Typography>
                <Typography color="text.secondary">
                  {t('seasons.sections', { count: season.sections.length })}
                  {season.sections.length > 0 && `: ${season.sections.map((section) => section.title).join(', ')}`}
                </Typography>
                <List aria-label={t('seasons.stagesOf', { year: schoolYearLabel(season.schoolYear) })}>
                  {season.stages.map((stage) => (
                    <ListItem key={stage.id} disablePadding>
                      <ListItemButton component={RouterLink} to={`/project-defences/stages/${stage.id}`} data-testid={`stage-link-${stage.kind}`}>
                        <ListItemText
                          primary={t(`stageKind.${stage.kind}`)}
                          secondary={t('seasons.dates', { from: formatDate(stage.startsOn), to: formatDate(stage.endsOn) })}
                        />
                        <Chip size="small" label={t(`stageStatus.${stage.status}`)} color={stage.status === 'open' ? 'primary' : 'default'} />
                      </ListItemButton>
                    </ListItem>
                  ))}
                </List>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {creating && <CreateSeasonDialog onClose={() => setCreating(false)} />}
    </>
  );
}
