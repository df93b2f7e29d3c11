import { api, unwrap, type Schemas } from '@orbita/web/core';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { Client } from 'openapi-fetch';

export type Activity = Schemas['RoadmapActivity'];
export type ActivityDetail = Schemas['RoadmapActivityDetail'];
export type Evidence = Schemas['Evidence'];
export type Roadmap = Schemas['Roadmap'];
export type ActivityState = Activity['state'];
export type ActivityStatus = Activity['status'];
export type ParticipantKind = Activity['participants']['kinds'][number];
export type ResponsibleRole = Activity['responsibleRoles'][number];

/** The API's paths, read off the typed client (core exports the client, not the generated types). */
type ApiPaths = typeof api extends Client<infer Paths> ? Paths : never;
export type ActivityQuery = NonNullable<ApiPaths['/api/v1/roadmap-activities']['get']['parameters']['query']>;
/** The filters the roadmap screen offers (everything of the list query but its paging). */
export type ActivityFilters = Omit<ActivityQuery, 'page' | 'pageSize' | 'sort' | 'roadmapId'>;

export const ACTIVITY_STATES: readonly ActivityState[] = ['planned', 'in_progress', 'done', 'overdue'];
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['planned', 'in_progress', 'done'];
export const PARTICIPANT_KINDS: readonly ParticipantKind[] = [
  'foundation',
  'department',
  'regional_centre',
  'schools',
  'partner_universities',
  'partner_enterprises',
  'other',
];
export const RESPONSIBLE_ROLES: readonly ResponsibleRole[] = [
  'regional_staff',
  'school_coordinator',
  'teacher',
  'mentor',
  'expert',
  'observer',
];

/** "Due soon" on this screen: not done, next deadline within two weeks. */
export const DUE_SOON_DAYS = 14;

/** Every query of this feature starts with this key, so one invalidation refreshes them all. */
export const ROADMAP_KEY = 'roadmap';

const MAX_PAGE = 200;

export function useRoadmaps() {
  return useQuery({
    queryKey: [ROADMAP_KEY, 'roadmaps'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/roadmaps', { params: { query: { pageSize: MAX_PAGE, sort: '-schoolYear,title' } } })),
    staleTime: 5 * 60_000,
  });
}

export function useRoadmap(id: string | undefined) {
  return useQuery({
    queryKey: [ROADMAP_KEY, 'roadmaps', id],
    queryFn: () => unwrap(api.GET('/api/v1/roadmaps/{id}', { params: { path: { id: id as string } } })),
    enabled: !!id,
  });
}

/** All activities of a roadmap matching the filters (the server filters; every page is fetched). */
export function useActivities(roadmapId: string | undefined, filters: ActivityFilters) {
  return useQuery({
    queryKey: [ROADMAP_KEY, 'activities', roadmapId, filters],
    queryFn: async () => {
      const items: Activity[] = [];
      for (let page = 1; ; page++) {
        const result = await unwrap(
          api.GET('/api/v1/roadmap-activities', {
            params: { query: { ...filters, roadmapId, page, pageSize: MAX_PAGE, sort: 'number' } },
          }),
        );
        items.push(...result.items);
        if (items.length >= result.total || result.items.length === 0) return items;
      }
    },
    enabled: !!roadmapId,
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: [ROADMAP_KEY, 'activity', id],
    queryFn: () => unwrap(api.GET('/api/v1/roadmap-activities/{id}', { params: { path: { id } } })),
  });
}

export function useEvidence(activityId: string, schoolId: string | undefined) {
  return useQuery({
    queryKey: [ROADMAP_KEY, 'evidence', activityId, schoolId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/roadmap-activities/{id}/evidence', {
          params: { path: { id: activityId }, query: schoolId ? { schoolId } : {} },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Schools by id, for the names of evidence; only for region-wide accounts (a school sees its own). */
export function useSchoolNames(enabled: boolean) {
  return useQuery({
    queryKey: ['schools', 'names'],
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/schools', { params: { query: { pageSize: MAX_PAGE, sort: 'shortName' } } }));
      return page.items.map((school) => ({ id: school.id, name: school.shortName || school.fullName }));
    },
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** Names of the responsible people; one the caller may not read stays unresolved (its query fails). */
export function usePeople(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['people', id],
      queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
      staleTime: 10 * 60_000,
      retry: false,
    })),
  });
}
