import { api, unwrap, useCan, type Schemas } from '@orbita/web/core';
import { useQueries, useQuery } from '@tanstack/react-query';

export type StudioCycle = Schemas['StudioCycle'];
export type StudioCriteria = StudioCycle['criteria'];
export type StudioIndicator = StudioCriteria['indicators'][number];
export type PointsRuleKind = StudioIndicator['rule']['kind'];
export type StudioApplication = Schemas['StudioApplication'];
export type ApplicationStatus = StudioApplication['status'];
export type Studio = Schemas['Studio'];
export type CreditFact = Schemas['CreditFact'];
export type FactStatus = CreditFact['status'];
export type StudioRanking = Schemas['StudioRanking'];
export type StudioStanding = StudioRanking['standings'][number];
export type StandingExplanation = Schemas['StudioStandingExplanation'];
export type RankingPreview = Schemas['StudioRankingPreview'];

export const RULE_KINDS: readonly PointsRuleKind[] = ['perFact', 'perCount', 'scale'];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'returned', 'approved', 'rejected'];
export const FACT_STATUSES: readonly FactStatus[] = ['pending', 'accepted', 'rejected'];

/** Every query of the studios starts with this key, so one invalidation after a change refreshes them all. */
export const STUDIOS_KEY = 'studios';

const REFERENCE = { staleTime: 10 * 60_000 };
const MAX_PAGE = 200;

export function useCycles() {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'cycles'],
    queryFn: () => unwrap(api.GET('/api/v1/studio-cycles')),
  });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'cycles', id],
    queryFn: () => unwrap(api.GET('/api/v1/studio-cycles/{id}', { params: { path: { id } } })),
  });
}

export function useApplications(cycleId: string, status?: ApplicationStatus) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'applications', cycleId, status],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/studio-cycles/{cycleId}/applications', {
          params: { path: { cycleId }, query: status ? { status } : {} },
        }),
      ),
  });
}

export function useStudios(cycleId: string) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'studios', cycleId],
    queryFn: () => unwrap(api.GET('/api/v1/studio-cycles/{cycleId}/studios', { params: { path: { cycleId } } })),
  });
}

export function useFacts(cycleId: string, filters: { studioId?: string; status?: FactStatus }) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'facts', cycleId, filters],
    queryFn: () =>
      unwrap(api.GET('/api/v1/credit-facts', { params: { query: { cycleId, ...filters } } })),
  });
}

export function useRanking(cycleId: string) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'ranking', cycleId],
    queryFn: () => unwrap(api.GET('/api/v1/studio-cycles/{cycleId}/ranking', { params: { path: { cycleId } } })),
  });
}

export function useStanding(studioId: string | undefined) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'standing', studioId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/studios/{studioId}/standing', { params: { path: { studioId: studioId as string } } }),
      ),
    enabled: !!studioId,
  });
}

/** The region's schools by id → short name (a school account reads the names too). */
export function useSchoolNames(): (schoolId: string) => string {
  const can = useCan();
  const { data } = useQuery({
    queryKey: ['schools', 'names'],
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/schools', { params: { query: { pageSize: MAX_PAGE, sort: 'shortName' } } }),
      );
      return page.items.map((school) => ({ id: school.id, name: school.shortName || school.fullName }));
    },
    enabled: can('schools:read'),
    ...REFERENCE,
  });
  return (schoolId) => data?.find((school) => school.id === schoolId)?.name ?? '…';
}

/** Partner organisations to choose a studio's partner from, and to name it. */
export function usePartners() {
  const can = useCan();
  return useQuery({
    queryKey: [STUDIOS_KEY, 'ref', 'partners'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners', { params: { query: { pageSize: MAX_PAGE, sort: 'shortName' } } })))
        .items,
    enabled: can('partners:read'),
    ...REFERENCE,
  });
}

/** A school's active teachers and mentors: who may lead its studio. */
export function useSchoolTeachers(schoolId: string | null | undefined) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'ref', 'teachers', schoolId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/people', {
            params: { query: { organisationId: schoolId as string, pageSize: MAX_PAGE, sort: 'surname' } },
          }),
        )
      ).items.filter(
        (person) => person.active && (person.roles.includes('teacher') || person.roles.includes('mentor')),
      ),
    enabled: !!schoolId,
    ...REFERENCE,
  });
}

/** A school's students, for a studio's team (names stay with enrollment; the application keeps ids). */
export function useSchoolStudents(schoolId: string | null | undefined) {
  return useQuery({
    queryKey: [STUDIOS_KEY, 'ref', 'students', schoolId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/students', {
            params: { query: { schoolId: schoolId as string, pageSize: MAX_PAGE, sort: 'surname' } },
          }),
        )
      ).items,
    enabled: !!schoolId,
    ...REFERENCE,
  });
}

/** Names of the mentors on a list of applications (people of several schools), by id. */
export function usePersonNames(ids: readonly string[]): (id: string) => string | undefined {
  const unique = [...new Set(ids)];
  const people = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['people', id],
      queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
      retry: false,
      ...REFERENCE,
    })),
  });
  return (id) => people[unique.indexOf(id)]?.data?.fullName;
}
