import { api, unwrap, useCan } from '@orbita/web/core';
import { currentSchoolYear, schoolYearOptions } from '@orbita/web/feature-analytics';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

/** The programme of the status report (seed 000). */
export const PROGRAMME_CODE = 'sirius_partner_schools';

/**
 * School years the programme has participants in (plus the current one), newest first, and the one to
 * open by default: the newest with participants. `ready` once the answer (or its failure) is in.
 */
export function useProgrammeYears() {
  const participation = useQuery({
    queryKey: ['programmes', PROGRAMME_CODE, 'participation-years'],
    queryFn: async () => {
      const programmes = await unwrap(
        api.GET('/api/v1/programmes', { params: { query: { q: PROGRAMME_CODE, pageSize: 50 } } }),
      );
      const programme = programmes.items.find((item) => item.code === PROGRAMME_CODE);
      if (!programme) return [];
      const page = await unwrap(
        api.GET('/api/v1/programmes/{programmeId}/participation', {
          params: { path: { programmeId: programme.id }, query: { pageSize: 200, sort: '-schoolYear' } },
        }),
      );
      return [...new Set(page.items.map((item) => item.schoolYear))];
    },
    staleTime: 5 * 60_000,
  });
  const known = participation.data ?? [];
  const current = currentSchoolYear();
  // A year planned ahead is not the default; the newest year that has begun is.
  const begun = known.filter((year) => year <= current);
  return {
    ready: !participation.isPending,
    years: schoolYearOptions(known),
    defaultYear: begun.length ? Math.max(...begun) : known.length ? Math.min(...known) : current,
  };
}

/** The programme table of a school year: per school its classes, with region totals. */
export function useProgrammeTable(schoolYear: number | undefined) {
  return useQuery({
    queryKey: ['reports', 'programme-table', PROGRAMME_CODE, schoolYear],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reports/programme-table', {
          params: { query: { programmeCode: PROGRAMME_CODE, schoolYear: schoolYear as number } },
        }),
      ),
    enabled: schoolYear !== undefined,
  });
}

/** Names of municipalities by id (empty when the role may not read the registry). */
export function useMunicipalityNames(): Map<string, string> {
  const can = useCan();
  const { data } = useQuery({
    queryKey: ['municipalities', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/municipalities', { params: { query: { pageSize: 200 } } })),
    enabled: can('schools:read'),
    staleTime: 10 * 60_000,
  });
  return useMemo(() => new Map((data?.items ?? []).map((item) => [item.id, item.name])), [data]);
}
