import SchoolOutlinedIcon from '@mui/icons-material/SchoolOutlined';
import { Box, Button, List, ListItem, ListItemText, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { api, formatDate, QueryState, unwrap, useCan } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROADMAP_KEY, useRoadmap, type ActivityDetail } from '../data/roadmap-queries';
import { RecordTrainingDialog } from './record-training-dialog';

/**
 * «Обучение педагогов»: the courses and webinars recorded as this activity's outcomes, with who attended
 * (a school account sees its own teachers only); the regional centre records one here.
 */
export function TrainingsSection({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation('roadmap');
  const can = useCan();
  const roadmap = useRoadmap(activity.roadmapId);
  const schoolYear = roadmap.data?.schoolYear;
  const trainings = useQuery({
    queryKey: [ROADMAP_KEY, 'trainings', activity.id, schoolYear],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/trainings', {
          params: { query: { schoolYear: schoolYear as number, activityId: activity.id } },
        }),
      ),
    enabled: schoolYear !== undefined,
  });
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState(false);

  return (
    <Box component="section" aria-labelledby="trainings-heading" data-testid="trainings">
      <Stack
        direction="row"
        spacing={1.5}
        sx={{ mb: 1.5, justifyContent: 'space-between', alignItems: 'center' }}
      >
        <Typography id="trainings-heading" variant="h6" component="h2">
          {t('trainings.title')}
        </Typography>
        {can('roadmap:write') && schoolYear !== undefined && (
          <Button
            variant="outlined"
            startIcon={<SchoolOutlinedIcon />}
            onClick={() => setRecording(true)}
            data-testid="training-record"
          >
            {t('trainings.record')}
          </Button>
        )}
      </Stack>
      <QueryState query={trainings}>
        {(items) =>
          items.length === 0 ? (
            <Typography color="text.secondary">{t('trainings.none')}</Typography>
          ) : (
            <Stack spacing={1.5}>
              {items.map((training) => (
                <Paper key={training.id} variant="outlined" sx={{ p: 2 }} data-testid="training">
                  <Typography variant="subtitle1" component="h3">
                    {training.title}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[
                      t(`trainings.kind.${training.kind}`),
                      training.startsOn === training.endsOn
                        ? formatDate(training.startsOn)
                        : `${formatDate(training.startsOn)} – ${formatDate(training.endsOn)}`,
                      training.hours ? t('trainings.hours', { count: training.hours }) : null,
                      training.provider,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t('trainings.attendees', { count: training.attendees.length })}
                  </Typography>
                  <List dense disablePadding>
                    {training.attendees.map((attendee) => (
                      <ListItem key={attendee.personId} disableGutters>
                        <ListItemText primary={attendee.fullName} secondary={attendee.schoolName} />
                      </ListItem>
                    ))}
                  </List>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {recording && (
        <RecordTrainingDialog
          activityId={activity.id}
          onClose={(done) => {
            setRecording(false);
            setRecorded(done);
          }}
        />
      )}
      <Snackbar
        open={recorded}
        autoHideDuration={4000}
        onClose={() => setRecorded(false)}
        message={t('trainings.recorded')}
      />
    </Box>
  );
}
