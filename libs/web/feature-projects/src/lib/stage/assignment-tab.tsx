import {
  Alert,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { api, Empty, ErrorAlert, QueryState, unwrap } from '@orbita/web/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAssignments,
  useConflicts,
  useNames,
  useSeasonWorks,
  useSummary,
  type ExpertAssignmentPlan,
  type ProjectWork,
} from '../data/projects-queries';
import { sectionTitle } from '../shared/labels';
import { useProjectsMutation } from '../shared/use-projects-mutation';
import type { StagePanelProps } from './stage-panel';

interface Assignment {
  workId: string;
  expertPersonId: string;
}

/**
 * The assignment board: each work's panel, experts added or withdrawn by hand, conflicts of interest in
 * view; the automatic assignment completes the panels and says why it picked each expert and which
 * panels stay short. At the final only nominated works are judged: the board lists those with a panel.
 */
export function AssignmentTab({ season, stage }: StagePanelProps) {
  const { t } = useTranslation('projects');
  const works = useSeasonWorks(season.id);
  const assignments = useAssignments(stage.id);
  const conflicts = useConflicts(season.id).data ?? [];
  const names = useNames(season.id);
  const setting = useSummary(stage.id).data?.settings.expertsPerWork;
  // Untouched, the field shows the stage's setting and the run sends no size: the service applies the setting.
  const [panelSize, setPanelSize] = useState<string>();
  const [plan, setPlan] = useState<ExpertAssignmentPlan>();
  const open = stage.status === 'open';
  const size = Number(panelSize);
  const sizeValid = panelSize === undefined || (Number.isInteger(size) && size >= 1 && size <= 10);

  const automatic = useProjectsMutation(
    () =>
      unwrap(
        api.POST('/api/v1/project-stages/{stageId}/automatic-assignment', {
          params: { path: { stageId: stage.id }, query: panelSize === undefined ? {} : { expertsPerWork: size } },
        }),
      ),
    setPlan,
  );
  const assign = useProjectsMutation(({ workId, expertPersonId }: Assignment) =>
    unwrap(
      api.POST('/api/v1/project-works/{id}/stages/{stageId}/experts/{expertPersonId}', {
        params: { path: { id: workId, stageId: stage.id, expertPersonId } },
      }),
    ),
  );
  const unassign = useProjectsMutation(({ workId, expertPersonId }: Assignment) =>
    unwrap(
      api.DELETE('/api/v1/project-works/{id}/stages/{stageId}/experts/{expertPersonId}', {
        params: { path: { id: workId, stageId: stage.id, expertPersonId } },
      }),
    ),
  );
  const failure = assign.error ?? unassign.error ?? automatic.error;

  const panelOf = (workId: string) =>
    (assignments.data ?? []).filter((assignment) => assignment.workId === workId).map((assignment) => assignment.expertPersonId);
  const boardWorks = (items: ProjectWork[]) =>
    stage.kind === 'school' ? items : items.filter((work) => panelOf(work.id).length > 0);

  return (
    <Stack spacing={2}>
      {open && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
            <TextField
              label={t('assignment.panelSize')}
              value={panelSize ?? (setting === undefined ? '' : String(setting))}
              onChange={(event) => setPanelSize(event.target.value)}
              error={!sizeValid}
              helperText={sizeValid ? t('assignment.panelSizeHint') : t('assignment.panelSizeInvalid')}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'panel-size' } }}
              sx={{ maxWidth: 260 }}
            />
            <Button variant="contained" size="large" disabled={!sizeValid} loading={automatic.isPending} onClick={() => automatic.mutate()} data-testid="run-assignment">
              {t('assignment.run')}
            </Button>
          </Stack>
        </Paper>
      )}
      {failure && <ErrorAlert error={failure} />}
      {plan && <PlanReport plan={plan} names={names} />}
      <QueryState query={works}>
        {(items) =>
          boardWorks(items).length === 0 ? (
            <Empty>{stage.kind === 'school' ? t('assignment.noWorks') : t('assignment.noFinalWorks')}</Empty>
          ) : (
            <TableContainer>
              <Table size="small" aria-label={t('assignment.board')} data-testid="assignment-board">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('assignment.work')}</TableCell>
                    <TableCell>{t('assignment.section')}</TableCell>
                    <TableCell>{t('assignment.panel')}</TableCell>
                    {open && <TableCell>{t('assignment.add')}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {boardWorks(items).map((work) => {
                    const panel = panelOf(work.id);
                    const conflicted = conflicts.filter((conflict) => conflict.workId === work.id);
                    const section = season.sections.find((candidate) => candidate.subjectArea === work.subjectArea);
                    const candidates = (section?.expertIds ?? []).filter(
                      (id) => !panel.includes(id) && !conflicted.some((conflict) => conflict.expertPersonId === id && conflict.confirmedAt),
                    );
                    return (
                      <TableRow key={work.id} data-testid="board-row">
                        <TableCell>
                          {work.title}
                          <Typography variant="caption" component="div" color="text.secondary">{names.school(work.schoolId)}</Typography>
                        </TableCell>
                        <TableCell>{sectionTitle(season, work.subjectArea)}</TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                            {panel.map((id) => (
                              <Chip
                                key={id}
                                label={names.expert(id)}
                                onDelete={open ? () => unassign.mutate({ workId: work.id, expertPersonId: id }) : undefined}
                              />
                            ))}
                            {panel.length === 0 && <Typography color="text.secondary">{t('assignment.empty')}</Typography>}
                            {conflicted.map((conflict) => (
                              <Chip
                                key={`conflict-${conflict.expertPersonId}`}
                                variant="outlined"
                                color="warning"
                                label={t(conflict.confirmedAt ? 'assignment.conflictConfirmed' : 'assignment.conflictDeclared', {
                                  name: names.expert(conflict.expertPersonId),
                                })}
                                data-testid="board-conflict"
                              />
                            ))}
                          </Stack>
                        </TableCell>
                        {open && (
                          <TableCell sx={{ minWidth: 200 }}>
                            <TextField
                              select
                              size="small"
                              fullWidth
                              label={t('assignment.addExpert')}
                              value=""
                              disabled={candidates.length === 0 || assign.isPending}
                              onChange={(event) => assign.mutate({ workId: work.id, expertPersonId: event.target.value })}
                            >
                              {candidates.map((id) => (
                                <MenuItem key={id} value={id}>{names.expert(id)}</MenuItem>
                              ))}
                            </TextField>
                          </TableCell>
                        )}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** What the automatic assignment did: each pick with its reason, and the panels it could not fill. */
function PlanReport({ plan, names }: { plan: ExpertAssignmentPlan; names: ReturnType<typeof useNames> }) {
  const { t } = useTranslation('projects');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="assignment-plan">
      <Typography variant="h6" component="h2">{t('assignment.planTitle')}</Typography>
      {plan.picks.length === 0 && <Typography>{t('assignment.noPicks')}</Typography>}
      <List dense>
        {plan.picks.map((pick) => (
          <ListItem key={`${pick.workId}:${pick.expertPersonId}`} disableGutters data-testid="assignment-pick">
            <ListItemText
              primary={t('assignment.pick', { expert: names.expert(pick.expertPersonId), work: names.work(pick.workId) })}
              secondary={t('assignment.pickReason', { load: pick.load, eligible: pick.eligibleExperts })}
            />
          </ListItem>
        ))}
      </List>
      {plan.shortfalls.map((shortfall) => (
        <Alert key={shortfall.workId} severity="warning" sx={{ mt: 1 }} data-testid="assignment-shortfall">
          {t(`assignment.shortfall.${shortfall.code}`, { work: names.work(shortfall.workId), count: shortfall.missing })}
        </Alert>
      ))}
    </Paper>
  );
}
