import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { api, downloadFile, ErrorAlert, formatNumber, FormDialog, QueryState, unwrap } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useNames,
  useSchools,
  useSummary,
  type ProjectNomination,
  type ProjectStageSummary,
  type ProjectWorkSummary,
} from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

/** Percentages to a tenth, as the protocol states them. */
const percent = (value: number | null) => formatNumber(value, 1);

/**
 * The summary protocol: per section each work's panel totals, official score, rank and award, with the
 * divergent panels and the works whose award another method would change flagged; the experts'
 * severity; closing the stage, publishing its results, the protocol's files and (school stage)
 * nominations to the final.
 */
export function SummaryTab({ season, stage }: StagePanelProps) {
  const { t } = useTranslation('projects');
  const summary = useSummary(stage.id);
  const names = useNames(season.id);
  const [confirm, setConfirm] = useState<'close' | 'publish'>();
  const [nominating, setNominating] = useState(false);
  const [nomination, setNomination] = useState<ProjectNomination>();
  const close = useProjectsMutation(() =>
    unwrap(api.POST('/api/v1/project-stages/{id}/close', { params: { path: { id: stage.id } } })),
  );
  const publish = useProjectsMutation(() =>
    unwrap(api.POST('/api/v1/project-stages/{stageId}/results-publication', { params: { path: { stageId: stage.id } } })),
  );
  const download = useMutation({
    mutationFn: (format: 'xlsx' | 'docx') =>
      downloadFile(`/api/v1/project-stages/${stage.id}/summary-protocol.${format}`, `summary-protocol.${format}`),
  });
  const failure = close.error ?? publish.error ?? download.error;

  return (
    <Stack spacing={3}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {stage.status === 'open' ? (
          <Button variant="contained" onClick={() => setConfirm('close')} data-testid="close-stage">{t('summary.close')}</Button>
        ) : (
          <Button variant="contained" onClick={() => setConfirm('publish')} data-testid="publish-results">{t('summary.publish')}</Button>
        )}
        {stage.kind === 'school' && stage.status === 'closed' && (
          <Button variant="outlined" onClick={() => setNominating(true)} data-testid="nominate">{t('nominate.open')}</Button>
        )}
        {(['xlsx', 'docx'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={`/api/v1/project-stages/${stage.id}/summary-protocol.${format}`}
            startIcon={<DownloadIcon />}
            onClick={(event: MouseEvent) => {
              // The API wants the bearer token: fetch the file rather than follow the link.
              event.preventDefault();
              download.mutate(format);
            }}
            data-testid={`summary-protocol-${format}`}
          >
            {t(`summary.download.${format}`)}
          </Button>
        ))}
      </Stack>
      {failure && <ErrorAlert error={failure} />}
      {publish.isSuccess && <Alert severity="success" role="status">{t('summary.published')}</Alert>}
      {nomination && <NominationReport nomination={nomination} workTitle={names.work} />}
      <QueryState query={summary}>
        {(loaded) => (
          <>
            <WorksTable summary={loaded} sections={season.sections} names={names} />
            <SeverityTable summary={loaded} expertName={names.expert} />
          </>
        )}
      </QueryState>
      <Dialog open={!!confirm} onClose={() => setConfirm(undefined)} aria-labelledby="summary-confirm-title">
        <DialogTitle id="summary-confirm-title">{confirm && t(`summary.${confirm}Title`)}</DialogTitle>
        <DialogContent>
          <DialogContentText>{confirm && t(`summary.${confirm}Text`)}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(undefined)}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button
            variant="contained"
            data-testid="summary-confirm"
            onClick={() => {
              if (confirm === 'close') close.mutate();
              else publish.mutate();
              setConfirm(undefined);
            }}
          >
            {confirm && t(`summary.${confirm}`)}
          </Button>
        </DialogActions>
      </Dialog>
      {nominating && (
        <NominateDialog
          stageId={stage.id}
          onClose={(result) => {
            setNominating(false);
            if (result) setNomination(result);
          }}
        />
      )}
    </Stack>
  );
}

function WorksTable({
  summary,
  sections,
  names,
}: {
  summary: ProjectStageSummary;
  sections: StagePanelProps['season']['sections'];
  names: ReturnType<typeof useNames>;
}) {
  const { t } = useTranslation('projects');
  if (summary.works.length === 0) return <Typography color="text.secondary">{t('summary.noWorks')}</Typography>;
  return (
    <section aria-labelledby="summary-works-title">
      <Typography id="summary-works-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('summary.worksTitle', { method: t(`aggregation.${summary.settings.aggregation}`) })}
      </Typography>
      <TableContainer>
        <Table size="small" data-testid="summary-works">
          <TableHead>
            <TableRow>
              <TableCell>{t('summary.section')}</TableCell>
              <TableCell>{t('summary.work')}</TableCell>
              <TableCell>{t('summary.totals')}</TableCell>
              <TableCell align="right">{t('summary.score')}</TableCell>
              <TableCell align="right">{t('summary.rank')}</TableCell>
              <TableCell>{t('summary.award')}</TableCell>
              <TableCell>{t('summary.flags')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {summary.works.map((work) => (
              <TableRow key={work.workId} data-testid="summary-row">
                <TableCell>{sections.find((section) => section.id === work.sectionId)?.title ?? '…'}</TableCell>
                <TableCell>{names.work(work.workId)}</TableCell>
                <TableCell>
                  {work.totals.map((total) => (
                    <Typography key={total.expertPersonId} variant="body2">
                      {names.expert(total.expertPersonId)}: {percent(total.total)}
                    </Typography>
                  ))}
                </TableCell>
                <TableCell align="right">{percent(work.official.score)}</TableCell>
                <TableCell align="right">{work.official.rank ?? '—'}</TableCell>
                <TableCell>{work.official.award ? t('summary.awardDegree', { degree: work.official.award }) : '—'}</TableCell>
                <TableCell><WorkFlags work={work} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}

/** Divergence (the spread against the threshold) and rank stability (the award under each compared method). */
function WorkFlags({ work }: { work: ProjectWorkSummary }) {
  const { t } = useTranslation('projects');
  const methods = (['mean', 'trimmedMean', 'severityAdjusted'] as const)
    .map((method) => t('summary.underMethod', { method: t(`aggregation.${method}`), rank: work.byMethod[method].rank ?? '—', award: work.byMethod[method].award ?? '—' }))
    .join('; ');
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {work.divergent && (
        <Chip size="small" color="error" label={t('summary.divergent', { spread: percent(work.spread) })} data-testid="flag-divergent" />
      )}
      {work.awardChanges && (
        <Tooltip title={methods}>
          <Chip size="small" color="warning" label={t('summary.unstable')} data-testid="flag-unstable" tabIndex={0} aria-description={methods} />
        </Tooltip>
      )}
      {!work.divergent && !work.awardChanges && <Typography variant="body2" color="text.secondary">—</Typography>}
    </Stack>
  );
}

function SeverityTable({ summary, expertName }: { summary: ProjectStageSummary; expertName: (id: string) => string }) {
  const { t } = useTranslation('projects');
  return (
    <section aria-labelledby="summary-severity-title">
      <Typography id="summary-severity-title" variant="h6" component="h2" sx={{ mb: 1 }}>{t('severity.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('severity.hint')}</Typography>
      <TableContainer>
        <Table size="small" data-testid="severity-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('severity.expert')}</TableCell>
              <TableCell align="right">{t('severity.severity')}</TableCell>
              <TableCell align="right">{t('severity.panels')}</TableCell>
              <TableCell>{t('severity.reading')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {summary.experts.map((expert) => (
              <TableRow key={expert.expertPersonId}>
                <TableCell>{expertName(expert.expertPersonId)}</TableCell>
                <TableCell align="right">{formatNumber(expert.severity, 2)}</TableCell>
                <TableCell align="right">{expert.panels}</TableCell>
                <TableCell>
                  {expert.severity === null
                    ? t('severity.unknown')
                    : expert.severity < -0.5
                      ? t('severity.strict')
                      : expert.severity > 0.5
                        ? t('severity.lenient')
                        : t('severity.usual')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}

function NominationReport({ nomination, workTitle }: { nomination: ProjectNomination; workTitle: (id: string) => string }) {
  const { t } = useTranslation('projects');
  return (
    <Alert severity={nomination.tiedAtCutoff.length ? 'warning' : 'success'} data-testid="nomination-report">
      {t('nominate.done', { count: nomination.nominated.length })}
      {nomination.nominated.length > 0 && `: ${nomination.nominated.map(workTitle).join(', ')}`}
      {nomination.tiedAtCutoff.length > 0 && (
        <div>{t('nominate.tied', { works: nomination.tiedAtCutoff.map(workTitle).join(', ') })}</div>
      )}
    </Alert>
  );
}

/** Sends a school's best works of the closed school stage to the final, within the stage's quota (or a lower one). */
function NominateDialog({ stageId, onClose }: { stageId: string; onClose: (result?: ProjectNomination) => void }) {
  const { t } = useTranslation('projects');
  const schools = useSchools().data ?? [];
  const [schoolId, setSchoolId] = useState('');
  // Empty: the stage's nomination quota.
  const [quota, setQuota] = useState('');
  const [errors, setErrors] = useState<{ schoolId?: string; quota?: string }>({});
  const nominate = useProjectsMutation(
    () =>
      unwrap(
        api.POST('/api/v1/project-stages/{stageId}/nominations', {
          params: { path: { stageId } },
          body: { schoolId, ...(quota.trim() !== '' && { quota: Number(quota) }) },
        }),
      ),
    onClose,
  );
  return (
    <FormDialog
      title={t('nominate.title')}
      submitLabel={t('nominate.submit')}
      onClose={() => onClose()}
      submitting={nominate.isPending}
      failure={nominate.failure}
      testId="nominate-form"
      onSubmit={(event) => {
        event.preventDefault();
        const count = Number(quota);
        const found = {
          ...(!schoolId && { schoolId: t('form.required', { ns: 'common' }) }),
          ...(quota.trim() !== '' &&
            !(Number.isInteger(count) && count >= 0 && count <= 100) && { quota: t('nominate.quotaInvalid') }),
        };
        setErrors(found);
        if (Object.keys(found).length === 0) nominate.mutate();
      }}
    >
      <TextField select label={t('nominate.school')} value={schoolId} onChange={(event) => setSchoolId(event.target.value)} error={!!errors.schoolId} helperText={errors.schoolId}>
        {schools.map((school) => (
          <MenuItem key={school.id} value={school.id}>{school.shortName}</MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('nominate.quota')}
        value={quota}
        onChange={(event) => setQuota(event.target.value)}
        error={!!errors.quota}
        helperText={errors.quota ?? t('nominate.quotaHint')}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </FormDialog>
  );
}
