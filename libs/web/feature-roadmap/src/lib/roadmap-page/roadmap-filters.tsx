import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import SearchIcon from '@mui/icons-material/Search';
import { Button, Chip, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATES, PARTICIPANT_KINDS, type Roadmap } from '../data/roadmap-queries';
import type { useRoadmapFilters } from './use-roadmap-filters';

/** Search, stage, status and participant, and the three warnings as toggles. */
export function RoadmapFilters({
  roadmap,
  controls,
}: {
  roadmap: Roadmap | undefined;
  controls: ReturnType<typeof useRoadmapFilters>;
}) {
  const { t } = useTranslation('roadmap');
  const { state, set, filtered, clear } = controls;
  const [q, setQ] = useState(state.q);

  // The search goes to the URL (and the server) when the user pauses typing.
  useEffect(() => {
    if (q === state.q) return;
    const timer = setTimeout(() => set({ q }), 350);
    return () => clearTimeout(timer);
  }, [q, state.q, set]);
  useEffect(() => setQ(state.q), [state.q]);

  const overdue = state.status === 'overdue';
  return (
    <Stack spacing={1.5} sx={{ mb: 2 }} component="section" aria-label={t('filters.label')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={t('filters.search')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          sx={{ minWidth: { sm: 260 }, flexGrow: 1, maxWidth: { md: 360 } }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> },
            htmlInput: { 'data-testid': 'roadmap-search' },
          }}
        />
        <TextField
          select
          size="small"
          label={t('filters.stage')}
          value={state.stage ?? ''}
          onChange={(event) => set({ stage: event.target.value || undefined })}
          sx={{ minWidth: 180 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('filters.allStages')}</MenuItem>
          {roadmap?.stages.map((stage) => (
            <MenuItem key={stage.id} value={String(stage.number)}>
              {t('stage', { number: stage.number, title: stage.title })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('filters.status')}
          value={state.status ?? ''}
          onChange={(event) => set({ status: event.target.value || undefined })}
          sx={{ minWidth: 170 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('filters.allStatuses')}</MenuItem>
          {ACTIVITY_STATES.map((status) => (
            <MenuItem key={status} value={status}>{t(`status.${status}`)}</MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('filters.participant')}
          value={state.participantKind ?? ''}
          onChange={(event) => set({ participant: event.target.value || undefined })}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('filters.allParticipants')}</MenuItem>
          {PARTICIPANT_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>{t(`participants.${kind}`)}</MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          icon={<HourglassBottomIcon />}
          label={t('filters.dueSoon')}
          color={state.dueSoon ? 'warning' : 'default'}
          variant={state.dueSoon ? 'filled' : 'outlined'}
          onClick={() => set({ dueSoon: state.dueSoon ? undefined : '1' })}
          aria-pressed={state.dueSoon}
          data-testid="filter-due-soon"
        />
        <Chip
          icon={<ErrorOutlineIcon />}
          label={t('filters.overdue')}
          color={overdue ? 'error' : 'default'}
          variant={overdue ? 'filled' : 'outlined'}
          onClick={() => set({ status: overdue ? undefined : 'overdue' })}
          aria-pressed={overdue}
          data-testid="filter-overdue"
        />
        <Chip
          icon={<DescriptionOutlinedIcon />}
          label={t('filters.missing')}
          color={state.missing ? 'warning' : 'default'}
          variant={state.missing ? 'filled' : 'outlined'}
          onClick={() => set({ missing: state.missing ? undefined : '1' })}
          aria-pressed={state.missing}
          data-testid="filter-missing-deliverable"
        />
        {filtered && (
          <Button size="small" onClick={clear} data-testid="filter-clear">{t('filters.clear')}</Button>
        )}
      </Stack>
    </Stack>
  );
}
