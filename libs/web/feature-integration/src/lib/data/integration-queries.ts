import { api, unwrap, type Schemas } from '@orbita/web/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

export type SyncRun = Schemas['SyncRunView'];
export type SyncRunStatus = SyncRun['status'];
export type SyncKind = keyof SyncRun['counts'];
export type ParkedSchool = SyncRun['parkedSchools'][number];
export type SyncStatus = Schemas['SyncStatusView'];
export type SchoolReconciliation = Schemas['SchoolReconciliationView'];
export type Mismatch = Schemas['MismatchView'];
export type MismatchKind = Mismatch['kind'];
export type MismatchStatus = Mismatch['status'];
export type PlatformPerson = Schemas['PlatformPersonView'];
export type OurStudent = Schemas['OurStudentView'];

export const SYNC_KINDS: readonly SyncKind[] = ['orgs', 'users', 'classes', 'enrollments'];
/** In the report's order: what needs a decision first, acknowledgements after. */
export const MISMATCH_KINDS: readonly MismatchKind[] = [
  'link_proposed',
  'duplicate',
  'deletion_proposed',
  'class_differs',
  'platform_only',
  'not_registered',
];
export const MISMATCH_STATUSES: readonly MismatchStatus[] = ['open', 'approved', 'rejected', 'resolved'];

/** Every query of the sync starts with this key, so one invalidation after a change refreshes them all. */
export const INTEGRATION_KEY = 'integration';

/** While a run is going on, its progress is read again this often. */
const RUNNING_POLL_MS = 3_000;
export const RUNS_PAGE_SIZE = 10;
/** Every school of the region on one page (the region has about a hundred). */
const ALL_SCHOOLS = 200;
/** A school's report on one page: a school's mismatches are a few dozen at most. */
const WHOLE_REPORT = 200;

const isRunning = (run: SyncRun | null | undefined) => run?.status === 'running';

export function useSyncStatus() {
  return useQuery({
    queryKey: [INTEGRATION_KEY, 'status'],
    queryFn: () => unwrap(api.GET('/api/v1/integration/status')),
    refetchInterval: (query) => (isRunning(query.state.data?.lastRun) ? RUNNING_POLL_MS : false),
  });
}

/** One page of runs, newest first; read again every few seconds while one of them is running. */
export function useRuns(page: number) {
  return useQuery({
    queryKey: [INTEGRATION_KEY, 'runs', page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/integration/runs', { params: { query: { page, pageSize: RUNS_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? RUNNING_POLL_MS : false),
  });
}

/** The schools' reconciliation at a glance (a school account reads its own school only). */
export function useSchoolReconciliations() {
  return useQuery({
    queryKey: [INTEGRATION_KEY, 'schools'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/integration/schools', { params: { query: { pageSize: ALL_SCHOOLS } } })))
        .items,
  });
}

export function useMismatches(schoolId: string, filters: { kind?: MismatchKind; status: MismatchStatus }) {
  return useQuery({
    queryKey: [INTEGRATION_KEY, 'mismatches', schoolId, filters],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/integration/mismatches', {
            params: { query: { schoolId, ...filters, pageSize: WHOLE_REPORT, sort: 'kind,detectedAt' } },
          }),
        )
      ).items,
    placeholderData: keepPreviousData,
  });
}
