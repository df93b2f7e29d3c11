import LinkOffIcon from '@mui/icons-material/LinkOff';
import {
  IconButton,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { formatDate, formatNumber, type Schemas } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import { subjectName } from '../shared/format';
import { useSubjects } from '../shared/queries';

type Trajectory = Schemas['Trajectory'];
type TrajectoryEntry = Schemas['TrajectoryEntry'];

/** The diagnostic works the student wrote, under which participant code, and their result; `onUnlink` offers unlinking. */
export function TrajectoryTable({
  trajectory,
  onUnlink,
}: {
  trajectory: Trajectory;
  onUnlink?: (entry: TrajectoryEntry) => void;
}) {
  const { t } = useTranslation('classes');
  const subjects = useSubjects().data ?? [];
  if (trajectory.works.length === 0)
    return (
      <Typography color="text.secondary" data-testid="student-trajectory-empty">
        {t('codes.none')}
      </Typography>
    );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="student-trajectory" aria-label={t('student.trajectoryTitle')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 220 }}>{t('codes.work')}</TableCell>
            <TableCell>{t('codes.subject')}</TableCell>
            <TableCell>{t('codes.date')}</TableCell>
            <TableCell>{t('codes.code')}</TableCell>
            <TableCell align="right">{t('codes.total')}</TableCell>
            {onUnlink && <TableCell padding="checkbox" aria-label={t('codes.unlink')} />}
          </TableRow>
        </TableHead>
        <TableBody>
          {trajectory.works.map((work) => (
            <TableRow key={`${work.workId}-${work.participantCode}`} data-testid="student-trajectory-row">
              <TableCell>
                {work.title}
                <Typography variant="body2" color="text.secondary">
                  {t(`workKinds.${work.kind}`, { defaultValue: work.kind })}
                </Typography>
              </TableCell>
              <TableCell>
                {subjectName(t, work.subject, subjects.find((s) => s.code === work.subject)?.title)}
              </TableCell>
              <TableCell>{formatDate(work.windowFrom)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{work.participantCode}</TableCell>
              <TableCell align="right">
                {work.total === null ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('codes.noResult')}
                  </Typography>
                ) : (
                  formatNumber(work.total, 2)
                )}
              </TableCell>
              {onUnlink && (
                <TableCell padding="checkbox">
                  <Tooltip title={t('codes.unlink')}>
                    <IconButton
                      aria-label={`${t('codes.unlink')}: ${work.participantCode}`}
                      onClick={() => onUnlink(work)}
                      data-testid="student-unlink-code"
                    >
                      <LinkOffIcon />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
