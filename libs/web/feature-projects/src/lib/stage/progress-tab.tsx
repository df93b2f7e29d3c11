import {
  Button,
  LinearProgress,
  Paper,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { api, Empty, FormDialog, QueryState, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SheetStatusChip } from '../expert/sheet-status';
import { useAssignments, useNames, useSheets, type ExpertSheet, type ProjectStage } from '../data/projects-queries';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

/** Sheet progress: per work, how many of its panel have submitted; a submitted sheet reopened with a reason. */
export function ProgressTab({ season, stage }: StagePanelProps) {
  const { t } = useTranslation('projects');
  const assignments = useAssignments(stage.id);
  const names = useNames(season.id);
  return (
    <QueryState query={assignments} isEmpty={(items) => items.length === 0} empty={t('progress.none')}>
      {(items) => {
        const workIds = [...new Set(items.map((assignment) => assignment.workId))];
        return (
          <Stack spacing={2} data-testid="sheet-progress">
            {workIds.map((workId) => (
              <WorkProgress
                key={workId}
                workId={workId}
                title={names.work(workId)}
                stage={stage}
                panel={items.filter((assignment) => assignment.workId === workId).map((assignment) => assignment.expertPersonId)}
                expertName={names.expert}
              />
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function WorkProgress({
  workId,
  title,
  stage,
  panel,
  expertName,
}: {
  workId: string;
  title: string;
  stage: ProjectStage;
  panel: string[];
  expertName: (id: string) => string;
}) {
  const { t } = useTranslation('projects');
  const sheetsQuery = useSheets(workId, stage.id);
  const sheets = sheetsQuery.data ?? [];
  const [reopening, setReopening] = useState<ExpertSheet>();
  const submitted = panel.filter((id) => sheets.some((sheet) => sheet.expertPersonId === id && sheet.status === 'submitted')).length;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="work-progress">
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{title}</Typography>
        {/* No count until the sheets are in: "0 of N" while loading would misstate the progress. */}
        {sheetsQuery.data ? (
          <Typography data-testid="work-progress-count">{t('progress.count', { submitted, total: panel.length })}</Typography>
        ) : (
          <Skeleton width={96} aria-hidden />
        )}
      </Stack>
      <LinearProgress
        variant="determinate"
        value={panel.length ? (100 * submitted) / panel.length : 0}
        sx={{ my: 1 }}
        aria-label={t('progress.countOf', { title, submitted, total: panel.length })}
      />
      {panel.length === 0 ? (
        <Empty />
      ) : (
        <Table size="small" aria-label={t('progress.sheetsOf', { title })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('progress.expert')}</TableCell>
              <TableCell>{t('progress.status')}</TableCell>
              <TableCell>{t('progress.action')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {panel.map((id) => {
              const sheet = sheets.find((candidate) => candidate.expertPersonId === id);
              return (
                <TableRow key={id}>
                  <TableCell>{expertName(id)}</TableCell>
                  <TableCell><SheetStatusChip status={sheet?.status} /></TableCell>
                  <TableCell>
                    {sheet?.status === 'submitted' && stage.status === 'open' && (
                      <Button size="small" onClick={() => setReopening(sheet)}>{t('progress.reopen')}</Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {reopening && <ReopenDialog sheet={reopening} expert={expertName(reopening.expertPersonId)} onClose={() => setReopening(undefined)} />}
    </Paper>
  );
}

function ReopenDialog({ sheet, expert, onClose }: { sheet: ExpertSheet; expert: string; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reopen = useProjectsMutation(
    () => unwrap(api.POST('/api/v1/expert-sheets/{id}/reopen', { params: { path: { id: sheet.id } }, body: { reason: reason.trim() } })),
    onClose,
  );
  return (
    <FormDialog
      title={t('progress.reopenTitle', { expert })}
      submitLabel={t('progress.reopen')}
      onClose={onClose}
      submitting={reopen.isPending}
      failure={reopen.failure}
      testId="reopen-form"
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(!reason.trim());
        if (reason.trim()) reopen.mutate();
      }}
    >
      <TextField
        label={t('progress.reason')}
        multiline
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={missing}
        helperText={missing ? t('form.required', { ns: 'common' }) : t('progress.reasonHint')}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </FormDialog>
  );
}
