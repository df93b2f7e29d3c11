import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  ACTIVITY_STATES,
  DUE_SOON_DAYS,
  PARTICIPANT_KINDS,
  type ActivityFilters,
  type ActivityState,
  type ParticipantKind,
} from '../data/roadmap-queries';

export type RoadmapView = 'list' | 'timeline';

/** What the roadmap screen shows, kept in the URL so a filtered view survives a reload and can be sent. */
export interface RoadmapScreenState {
  roadmapId?: string;
  view: RoadmapView;
  q: string;
  stage?: number;
  status?: ActivityState;
  participantKind?: ParticipantKind;
  dueSoon: boolean;
  missing: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export function useRoadmapFilters() {
  const [search, setSearch] = useSearchParams();
  const state: RoadmapScreenState = {
    roadmapId: search.get('roadmap') ?? undefined,
    view: search.get('view') === 'timeline' ? 'timeline' : 'list',
    q: search.get('q') ?? '',
    stage: Number(search.get('stage')) || undefined,
    status: oneOf(ACTIVITY_STATES, search.get('status')),
    participantKind: oneOf(PARTICIPANT_KINDS, search.get('participant')),
    dueSoon: search.get('dueSoon') === '1',
    missing: search.get('missing') === '1',
  };

  const set = useCallback(
    (changes: Record<string, string | undefined>) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  const { q, stage, status, participantKind, dueSoon, missing } = state;
  /** The list query's filters, as the API takes them. */
  const filters = useMemo<ActivityFilters>(
    () => ({
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(stage ? { stage } : {}),
      ...(status ? { status } : {}),
      ...(participantKind ? { participantKind } : {}),
      ...(dueSoon ? { dueWithinDays: DUE_SOON_DAYS } : {}),
      ...(missing ? { missingDeliverables: true } : {}),
    }),
    [q, stage, status, participantKind, dueSoon, missing],
  );
  const filtered = Object.keys(filters).length > 0;
  const clear = () =>
    set({ q: undefined, stage: undefined, status: undefined, participant: undefined, dueSoon: undefined, missing: undefined });

  return { state, filters, filtered, set, clear };
}
