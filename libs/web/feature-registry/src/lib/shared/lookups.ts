import { api, unwrap } from '@orbita/web/core';
import { useQuery } from '@tanstack/react-query';

const LOOKUP_STALE_MS = 10 * 60_000;

/** The region's municipalities, for filters and forms (a handful; they rarely change). */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities', 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/municipalities', { params: { query: { pageSize: 200, sort: 'name' } } })),
    staleTime: LOOKUP_STALE_MS,
    select: (page) => page.items,
  });
}

/** The programmes (проекты) the centre runs. */
export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes', 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/programmes', { params: { query: { pageSize: 200, sort: 'title' } } })),
    staleTime: LOOKUP_STALE_MS,
    select: (page) => page.items,
  });
}
