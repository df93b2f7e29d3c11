import { api, unwrap } from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a URL segment can be an id at all (anything else is a page that does not exist). */
export function isUuid(value: string | undefined): value is string {
  return !!value && UUID.test(value);
}

/** Region figures of a work with a row per school (a school-scoped caller: their own row only). */
export function useWorkAnalytics(workId: string, enabled = true) {
  return useQuery({
    queryKey: ['analytics', 'works', workId],
    queryFn: () => unwrap(api.GET('/api/v1/analytics/works/{workId}', { params: { path: { workId } } })),
    enabled,
  });
}

/** Tasks of a work from the hardest to the easiest in the region. */
export function useTaskDifficulty(workId: string, enabled = true) {
  return useQuery({
    queryKey: ['analytics', 'works', workId, 'tasks'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/analytics/works/{workId}/tasks', { params: { path: { workId } } })),
    enabled,
  });
}

/** One school against the region. */
export function useSchoolAnalytics(workId: string, schoolId: string, enabled = true) {
  return useQuery({
    queryKey: ['analytics', 'works', workId, 'schools', schoolId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/works/{workId}/schools/{schoolId}', {
          params: { path: { workId, schoolId } },
        }),
      ),
    enabled,
  });
}

/** Intermediate → final change of a subject, grade and school year. */
export function useProgress(params: { subject: string; grade: number; schoolYear: number } | undefined) {
  return useQuery({
    queryKey: ['analytics', 'progress', params],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/progress', { params: { query: params as NonNullable<typeof params> } }),
      ),
    enabled: !!params,
    placeholderData: keepPreviousData,
  });
}

/** Every work the caller may see (for pickers; the list page pages on the server). */
export function useAllWorks(enabled: boolean) {
  return useQuery({
    queryKey: ['works', 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/works', { params: { query: { pageSize: 200, sort: '-schoolYear,title' } } })),
    enabled,
    staleTime: 60_000,
  });
}

/** The profile subjects (code and Russian title). */
export function useSubjects(enabled = true) {
  return useQuery({
    queryKey: ['subjects'],
    queryFn: () => unwrap(api.GET('/api/v1/subjects')),
    enabled,
    staleTime: 10 * 60_000,
  });
}
