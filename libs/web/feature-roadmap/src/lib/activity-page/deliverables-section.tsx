import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Chip, LinearProgress, MenuItem, Paper, Snackbar, Stack, TextField, Typography } from '@mui/material';
import { ErrorAlert, Loading, useCan, useMe } from '@orbita/web/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidence, useSchoolNames, type ActivityDetail, type Evidence } from '../data/roadmap-queries';
import { EvidenceList } from './evidence-list';
import { EvidenceUploadDialog } from './evidence-upload-dialog';

/**
 * The documents the activity must yield, each with the files uploaded as its evidence: download, delete
 * and upload for those who may. A region-wide account can narrow the files to one school.
 */
export function DeliverablesSection({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation('roadmap');
  const me = useMe();
  const can = useCan();
  const regionWide = !me.schoolId;
  const forSchools = activity.participants.kinds.includes('schools');
  const [schoolId, setSchoolId] = useState('');
  const [uploadFor, setUploadFor] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState('');
  const evidence = useEvidence(activity.id, schoolId || undefined);
  const schools = useSchoolNames(regionWide && forSchools);
  const schoolNames = useMemo(() => new Map(schools.data?.map((school) => [school.id, school.name])), [schools.data]);

  const mayUpload = can('roadmap:evidence') && (regionWide || forSchools);
  // A school sees only its own school's files: on activities schools take no part in, it has none to show.
  const tracked = regionWide || forSchools;
  const byDeliverable = useMemo(() => {
    const map = new Map<string, Evidence[]>();
    for (const item of evidence.data ?? []) map.set(item.deliverableId, [...(map.get(item.deliverableId) ?? []), item]);
    return map;
  }, [evidence.data]);

  return (
    <Box component="section" aria-labelledby="deliverables-heading" data-testid="deliverables">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ mb: 1.5, justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <Typography id="deliverables-heading" variant="h6" component="h2">{t('deliverables.title')}</Typography>
        {regionWide && forSchools && activity.deliverables.length > 0 && (
          <TextField
            select
            size="small"
            label={t('deliverables.schoolFilter')}
            value={schoolId}
            onChange={(event) => setSchoolId(event.target.value)}
            sx={{ minWidth: 260 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            data-testid="evidence-school-filter"
          >
            <MenuItem value="">{t('deliverables.allSchools')}</MenuItem>
            {schools.data?.map((school) => (
              <MenuItem key={school.id} value={school.id}>{school.name}</MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {activity.deliverables.length === 0 ? (
        <Alert severity="info">{t('deliverables.none')}</Alert>
      ) : (
        <>
          {!tracked && (
            <Alert severity="info" sx={{ mb: 1.5 }}>{t('deliverables.regionOnlyHint')}</Alert>
          )}
          {evidence.isPending ? (
            <Loading />
          ) : evidence.isError ? (
            <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} />
          ) : (
            <Stack spacing={1.5}>
              <Box sx={{ minHeight: 4 }}>{evidence.isFetching && <LinearProgress />}</Box>
              {activity.deliverables.map((deliverable) => {
                const files = byDeliverable.get(deliverable.id) ?? [];
                return (
                  <Paper
                    key={deliverable.id}
                    variant="outlined"
                    sx={{ p: 2 }}
                    data-testid="deliverable"
                    data-missing={tracked && files.length === 0 ? 'true' : 'false'}
                  >
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
                        <DescriptionOutlinedIcon color="action" />
                        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>{deliverable.title}</Typography>
                      </Stack>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
                        {!tracked ? null : files.length === 0 ? (
                          <Chip size="small" color="warning" variant="outlined" label={t('deliverables.missing')} data-testid="deliverable-missing" />
                        ) : (
                          <Chip size="small" color="success" icon={<CheckCircleOutlineIcon />} label={t('deliverables.present', { count: files.length })} />
                        )}
                        {mayUpload && (
                          <Button
                            size="small"
                            variant="outlined"
                            startIcon={<UploadFileIcon />}
                            onClick={() => setUploadFor(deliverable.id)}
                            data-testid="evidence-upload-open"
                          >
                            {t('deliverables.upload')}
                          </Button>
                        )}
                      </Stack>
                    </Stack>
                    {!tracked ? null : files.length === 0 ? (
                      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('deliverables.noEvidence')}</Typography>
                    ) : (
                      <EvidenceList
                        files={files}
                        schoolName={(id) => (id ? schoolNames.get(id) : undefined)}
                        showSchool={regionWide && forSchools}
                        mayDelete={can('roadmap:evidence')}
                      />
                    )}
                  </Paper>
                );
              })}
            </Stack>
          )}
        </>
      )}
      {uploadFor && (
        <EvidenceUploadDialog
          activity={activity}
          deliverableId={uploadFor}
          schools={regionWide && forSchools ? (schools.data ?? []) : undefined}
          defaultSchoolId={schoolId}
          onClose={(attached) => {
            setUploadFor(null);
            if (attached) setUploaded(t('upload.doneStatus', { status: t(`status.${attached.activityStatus}`) }));
          }}
        />
      )}
      <Snackbar open={!!uploaded} autoHideDuration={5000} onClose={() => setUploaded('')} message={uploaded} />
    </Box>
  );
}
