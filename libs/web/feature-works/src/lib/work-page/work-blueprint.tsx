import {
  Grid,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { Schemas } from '@orbita/web/core';
import { formatNumber } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';

type Blueprint = Pick<Schemas['WorkVersion'], 'tasks' | 'levels' | 'maxTotal'>;

/** The tasks with their maxima and topics, and the performance levels by total score. */
export function WorkBlueprint({ blueprint }: { blueprint: Blueprint }) {
  const { t } = useTranslation(WORKS_NS);
  const levels = [...blueprint.levels].sort((a, b) => a.minTotal - b.minTotal);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Paper variant="outlined" component="section" aria-labelledby="work-tasks-title">
          <Typography id="work-tasks-title" variant="subtitle1" component="h2" sx={{ px: 2, pt: 2, fontWeight: 600 }}>
            {t('work.tasks')}
          </Typography>
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="work-tasks">
              <TableHead>
                <TableRow>
                  <TableCell>{t('work.taskNumber')}</TableCell>
                  <TableCell>{t('work.taskLabel')}</TableCell>
                  <TableCell align="right">{t('work.taskMax')}</TableCell>
                  <TableCell>{t('work.taskTopic')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {blueprint.tasks.map((task) => (
                  <TableRow key={task.number} data-testid="work-task">
                    <TableCell>{task.number}</TableCell>
                    <TableCell>{task.label}</TableCell>
                    <TableCell align="right">{formatNumber(task.maxScore, 2)}</TableCell>
                    <TableCell>{task.topic ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell colSpan={2} sx={{ fontWeight: 600, color: 'text.primary' }}>
                    {t('work.total')}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600, color: 'text.primary' }}>
                    {formatNumber(blueprint.maxTotal, 2)}
                  </TableCell>
                  <TableCell />
                </TableRow>
              </TableFooter>
            </Table>
          </TableContainer>
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Paper variant="outlined" component="section" aria-labelledby="work-levels-title">
          <Typography id="work-levels-title" variant="subtitle1" component="h2" sx={{ px: 2, pt: 2, fontWeight: 600 }}>
            {t('work.levels')}
          </Typography>
          {levels.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {t('work.noLevels')}
            </Typography>
          ) : (
            <Table size="small" data-testid="work-levels">
              <TableHead>
                <TableRow>
                  <TableCell>{t('work.levelLabel')}</TableCell>
                  <TableCell align="right">{t('work.levelRange')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {levels.map((level) => (
                  <TableRow key={level.code}>
                    <TableCell>{level.label}</TableCell>
                    <TableCell align="right">{t('work.levelFrom', { min: formatNumber(level.minTotal, 2) })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Paper>
      </Grid>
    </Grid>
  );
}
