import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Snackbar, Stack } from '@mui/material';
import { PageHeader, QueryState, useCan } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useActivity, type ActivityDetail } from '../data/roadmap-queries';
import { ActivitySummary } from './activity-summary';
import { DeliverablesSection } from './deliverables-section';
import { EditActivityDialog } from './edit-activity-dialog';
import { TrainingsSection } from './trainings-section';

/** `/roadmap/activities/:id`: one activity, its documents and their files, and the trainings it yielded. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  return <QueryState query={activity}>{(data) => <ActivityView activity={data} />}</QueryState>;
}

function ActivityView({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation('roadmap');
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <Button component={RouterLink} to="/roadmap" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('detail.back')}
      </Button>
      <PageHeader
        title={t('activityHeading', { number: activity.number })}
        subtitle={t('stage', { number: activity.stage.number, title: activity.stage.title })}
        actions={
          can('roadmap:write') && (
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setEditing(true)} data-testid="activity-edit">
              {t('detail.edit')}
            </Button>
          )
        }
      />
      <Stack spacing={3}>
        <ActivitySummary activity={activity} />
        <DeliverablesSection activity={activity} />
        <TrainingsSection activity={activity} />
      </Stack>
      {editing && (
        <EditActivityDialog
          activity={activity}
          onClose={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      )}
      <Snackbar open={saved} autoHideDuration={4000} onClose={() => setSaved(false)} message={t('edit.saved')} />
    </>
  );
}
