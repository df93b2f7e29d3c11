import { api, unwrap } from '@orbita/web/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Query keys of this feature, so a change (upload, submit, review) refreshes every screen showing it. */
export const worksKeys = {
  work: (id: string) => ['works', id] as const,
  workVersion: (id: string, version: number) => ['works', id, 'versions', version] as const,
  schoolProtocol: (workId: string, schoolId: string) => ['protocols', 'list', { workId, schoolId }] as const,
  protocol: (id: string) => ['protocols', id] as const,
  protocolVersions: (id: string) => ['protocols', id, 'versions'] as const,
  completeness: (workId: string) => ['completeness', workId] as const,
  school: (id: string) => ['schools', id] as const,
};

export function useWork(id: string) {
  return useQuery({
    queryKey: worksKeys.work(id),
    queryFn: () => unwrap(api.GET('/api/v1/works/{id}', { params: { path: { id } } })),
  });
}

export function useWorkVersion(id: string, version: number | undefined) {
  return useQuery({
    queryKey: worksKeys.workVersion(id, version ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/works/{id}/versions/{version}', { params: { path: { id, version: version ?? 0 } } })),
    enabled: version !== undefined,
    staleTime: Infinity, // a published version never changes
  });
}

/** The school's protocol for a work (one per work and school), or null when none was uploaded yet. */
export function useSchoolProtocol(workId: string, schoolId: string, enabled = true) {
  return useQuery({
    queryKey: worksKeys.schoolProtocol(workId, schoolId),
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/v1/protocols', { params: { query: { workId, schoolId, page: 1, pageSize: 1 } } }),
      );
      return page.items[0] ?? null;
    },
    enabled,
  });
}

export function useProtocol(id: string) {
  return useQuery({
    queryKey: worksKeys.protocol(id),
    queryFn: () => unwrap(api.GET('/api/v1/protocols/{id}', { params: { path: { id } } })),
  });
}

export function useProtocolVersions(id: string | undefined) {
  return useQuery({
    queryKey: worksKeys.protocolVersions(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/protocols/{id}/versions', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

export function useSchool(id: string | null | undefined) {
  return useQuery({
    queryKey: worksKeys.school(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });
}

/** After an upload, a submission or a review: protocols, the board and the works' counts are stale. */
export function useRefreshProtocols() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['protocols'] }),
        queryClient.invalidateQueries({ queryKey: ['completeness'] }),
        queryClient.invalidateQueries({ queryKey: ['works'] }),
      ]),
    [queryClient],
  );
}
