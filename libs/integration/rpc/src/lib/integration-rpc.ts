import { defineRpc, pageOf } from '@orbita/contracts';
import {
  DecideMismatchCommand,
  ListMismatchesQuery,
  ListSchoolReconciliationsQuery,
  MismatchView,
  ReconcileCommand,
  ReconciliationStartedView,
  SchoolReconciliationView,
} from './reconciliation';
import {
  DecideRunCommand,
  GetSyncStatusRequest,
  ListRunsRequest,
  StartRunRequest,
  SyncRunView,
  SyncStatusView,
} from './runs';
import { GetStatusRequest, ServiceStatusView } from './status';

/**
 * Request/reply operations of the integration service (`<service>.<verb>.<noun>`), each answered by an
 * `@RpcHandler(INTEGRATION_RPC.<name>)` method of the service.
 * `npx nx g ./tools/generators:rpc integration <verb> <noun> --permission=…` adds one.
 */
export const INTEGRATION_RPC = {
  /** Whether the service answers and reaches its database (every role holds `notifications:read`). */
  getStatus: defineRpc({
    subject: 'integration.get.status',
    request: GetStatusRequest,
    response: ServiceStatusView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  /**
   * Starts a sync run with the Sirius.Schools platform, or resumes the last one if it stopped unfinished;
   * answers at once with the run (`running`), which goes on in the service. 409 INTEGRATION.RUN_PARKED while
   * a run waits for a decision.
   */
  startRun: defineRpc({
    subject: 'integration.start.run',
    request: StartRunRequest,
    response: SyncRunView,
    permission: 'integration:manage',
    scope: 'region',
  }),
  /** The runs, newest first (`sort=startedAt` for oldest first). */
  listRuns: defineRpc({
    subject: 'integration.list.runs',
    request: ListRunsRequest,
    response: pageOf(SyncRunView),
    permission: 'integration:manage',
    scope: 'region',
  }),
  /**
   * Approves a run parked by the mass-deletion guard (applied as read) or rejects it (deletions dropped, the
   * rest applied; `rejected`); either moves the cursor and publishes the counts. Rejecting a `failed` run
   * abandons it: `rejected`, nothing more applied, and the next start begins a fresh run instead of resuming
   * it. Any other state: 409 INTEGRATION.RUN_NOT_PARKED.
   */
  decideRun: defineRpc({
    subject: 'integration.decide.run',
    request: DecideRunCommand,
    response: SyncRunView,
    permission: 'integration:manage',
    scope: 'region',
  }),
  /** Configured or not, the schedule, the last, last successful and parked runs. */
  getSyncStatus: defineRpc({
    subject: 'integration.get.sync-status',
    request: GetSyncStatusRequest,
    response: SyncStatusView,
    permission: 'integration:manage',
    scope: 'region',
  }),
  /** Each school's reconciliation at a glance: linked students, open mismatches (a school sees its own). */
  listSchoolReconciliations: defineRpc({
    subject: 'integration.list.school-reconciliations',
    request: ListSchoolReconciliationsQuery,
    response: pageOf(SchoolReconciliationView),
    permission: 'integration:reconcile',
    scope: 'school',
  }),
  /** A school's mismatch report (open ones by default), with both sides' names: a logged read. */
  listMismatches: defineRpc({
    subject: 'integration.list.mismatches',
    request: ListMismatchesQuery,
    response: pageOf(MismatchView),
    permission: 'integration:reconcile',
    scope: 'school',
  }),
  /** Approves or rejects a mismatch (a link, a merge, a deletion); only open ones. */
  decideMismatch: defineRpc({
    subject: 'integration.decide.mismatch',
    request: DecideMismatchCommand,
    response: MismatchView,
    permission: 'integration:reconcile',
    scope: 'school',
  }),
  /** Reconciles a school (or, region-wide, every school) with the platform's records as stored now. */
  reconcile: defineRpc({
    subject: 'integration.reconcile.schools',
    request: ReconcileCommand,
    response: ReconciliationStartedView,
    permission: 'integration:reconcile',
    scope: 'school',
  }),
};
