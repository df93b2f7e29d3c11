import { resource, route } from '@orbita/gateway/resources';
import { INTEGRATION_RPC, SYNC_RUN_SORT_FIELDS } from '@orbita/integration/rpc';

/**
 * `/api/v1/integration/runs`: sync runs with the Sirius.Schools platform (registrations and classes read
 * over OneRoster 1.2); the regional centre's.
 */
export const IntegrationRunsController = resource({
  name: 'IntegrationRuns',
  path: 'integration/runs',
  tag: 'integration',
  audit: 'integration-run',
  routes: [
    route.post('', 'start', INTEGRATION_RPC.startRun, {
      summary: 'Start a sync run with Sirius.Schools, or resume the last one if it stopped unfinished',
      description: 'The run, going on in the integration service: follow it in the list of runs',
      details:
        'Reads the changes since the last successful run’s cursor (`full: true`: everything). A run that failed or whose service stopped resumes from its last stored page with the same window. 409 INTEGRATION.RUN_IN_PROGRESS while a run is going on, INTEGRATION.RUN_PARKED while a parked run awaits its decision, INTEGRATION.SOURCE_NOT_CONFIGURED without a platform.',
      status: 202,
      bodySchema: 'StartIntegrationRun',
      problems: [400, 409],
    }),
    route.get('', 'list', INTEGRATION_RPC.listRuns, {
      summary: 'The sync runs, newest first: status, progress, counts per roster, durations and errors',
      description: 'One page of runs',
      list: { sortable: SYNC_RUN_SORT_FIELDS },
      problems: [400],
    }),
    route.post(':id/decision', 'decide', INTEGRATION_RPC.decideRun, {
      summary: 'Approve a run parked by the mass-deletion guard, or reject it (or abandon a failed run)',
      details:
        'Approving applies the parked run as read; rejecting drops its deletions and applies the rest. Rejecting a failed run abandons it: the next start begins afresh. 404 INTEGRATION.RUN_NOT_FOUND for an unknown run, 409 INTEGRATION.RUN_NOT_PARKED for one in any other state.',
      description: 'The run as decided',
      status: 200,
      bodySchema: 'DecideIntegrationRun',
      problems: [400, 404, 409],
    }),
  ],
});

/** `/api/v1/integration/status`: the sync at a glance, for the regional centre. */
export const IntegrationStatusController = resource({
  name: 'IntegrationStatus',
  path: 'integration/status',
  tag: 'integration',
  routes: [
    route.get('', 'get', INTEGRATION_RPC.getSyncStatus, {
      summary:
        'Whether a platform is configured, the schedule, the next run, the last, last successful and parked runs',
    }),
  ],
});
