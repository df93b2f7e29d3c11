import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Button,
  Chip,
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
import { api, Empty, formatDateTime, PageHeader, QueryState, unwrap, useCan, type Schemas } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { WORKS_NS } from '../i18n';
import { formatDay } from '../shared/dates';
import { worksKeys } from '../shared/queries';
import { CompletenessStatusChip } from '../shared/status-chips';
import type { CompletenessLine, CompletenessStatus } from '../shared/types';
import { CompletenessTotals } from './completeness-totals';

/** What needs the coordinator first: protocols awaiting review, then returned ones, then the rest. */
const STATUS_ORDER: CompletenessStatus[] = ['submitted', 'returned', 'draft', 'pending', 'missing', 'accepted'];

/** `/works/:workId/completeness`: which schools have submitted, which are awaited, and links to review. */
export function CompletenessBoardPage() {
  const { workId = '' } = useParams();
  const board = useQuery({
    queryKey: worksKeys.completeness(workId),
    queryFn: () => unwrap(api.GET('/api/v1/completeness/works/{workId}', { params: { path: { workId } } })),
  });
  return <QueryState query={board}>{(data) => <Board board={data} />}</QueryState>;
}

function Board({ board }: { board: Schemas['Completeness'] }) {
  const { t } = useTranslation(WORKS_NS);
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const filter = (search.get('status') ?? '') as CompletenessStatus | '';
  const canOpenProtocols = can('protocols:read');

  const lines = useMemo(
    () =>
      board.schools
        .filter((line) => !filter || line.status === filter)
        .sort(
          (a, b) =>
            STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
            (a.schoolName ?? '').localeCompare(b.schoolName ?? '', 'ru'),
        ),
    [board.schools, filter],
  );

  return (
    <>
      <PageHeader
        title={t('completeness.title')}
        subtitle={board.work.title}
        actions={
          <Button component={RouterLink} to={`/works/${board.work.workId}`} startIcon={<ArrowBackIcon />} sx={{ whiteSpace: 'nowrap' }}>
            {t('completeness.toWork')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Chip
            color={board.windowClosed ? 'default' : 'success'}
            variant="outlined"
            label={
              board.windowClosed
                ? t('completeness.windowClosed', { date: formatDay(board.work.windowTo) })
                : t('completeness.windowOpen', { date: formatDay(board.work.windowTo) })
            }
            data-testid="completeness-window"
          />
        </Stack>
        <CompletenessTotals totals={board.totals} />
        <TextField
          select
          size="small"
          label={t('completeness.filter')}
          value={filter}
          onChange={(event) =>
            setSearch(
              (previous) => {
                const next = new URLSearchParams(previous);
                if (event.target.value) next.set('status', event.target.value);
                else next.delete('status');
                return next;
              },
              { replace: true },
            )
          }
          sx={{ width: 240 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          data-testid="completeness-filter"
        >
          <MenuItem value="">{t('completeness.all')}</MenuItem>
          {STATUS_ORDER.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`completenessStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
        <TableContainer component={Paper} variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="completeness-table" sx={{ minWidth: 640 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('completeness.school')}</TableCell>
                <TableCell>{t('completeness.status')}</TableCell>
                <TableCell align="right">{t('completeness.version')}</TableCell>
                <TableCell>{t('completeness.submittedAt')}</TableCell>
                <TableCell align="right">{t('completeness.action')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line) => (
                <BoardRow key={line.schoolId} line={line} linked={canOpenProtocols} />
              ))}
            </TableBody>
          </Table>
          {lines.length === 0 && <Empty>{t('completeness.empty')}</Empty>}
        </TableContainer>
      </Stack>
    </>
  );
}

function BoardRow({ line, linked }: { line: CompletenessLine; linked: boolean }) {
  const { t } = useTranslation(WORKS_NS);
  return (
    <TableRow data-testid="completeness-row" data-school-id={line.schoolId} data-status={line.status} hover>
      <TableCell>
        <Typography variant="body2">{line.schoolName ?? line.schoolId}</Typography>
        {!line.expected && (
          <Typography variant="caption" color="text.secondary">
            {t('completeness.notExpected')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <CompletenessStatusChip status={line.status} />
      </TableCell>
      <TableCell align="right">{line.versionNumber ?? '—'}</TableCell>
      <TableCell>
        {line.submittedAt ? (
          <>
            {formatDateTime(line.submittedAt)}
            {line.onTime !== null && (
              <Typography variant="caption" color={line.onTime ? 'text.secondary' : 'warning.main'} component="div">
                {line.onTime ? t('completeness.onTime') : t('completeness.late')}
              </Typography>
            )}
          </>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell align="right">
        {linked && line.protocolId ? (
          <Button
            size="small"
            variant={line.status === 'submitted' ? 'contained' : 'text'}
            component={RouterLink}
            to={`/protocols/${line.protocolId}`}
            data-testid="review-protocol"
            aria-label={`${line.status === 'submitted' ? t('completeness.review') : t('completeness.open')}: ${line.schoolName ?? ''}`}
          >
            {line.status === 'submitted' ? t('completeness.review') : t('completeness.open')}
          </Button>
        ) : (
          '—'
        )}
      </TableCell>
    </TableRow>
  );
}
