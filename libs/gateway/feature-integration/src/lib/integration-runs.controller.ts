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
        'Reads the changes since the last successful run’s cursor (`full: true`: everything). A run that failed or whose service stopped resumes from its last stored page with the same window. 409 INTEGRATION.RUN_IN_PROGRESS while a run is going on, INTEGRATION.SOURCE_NOT_CONFIGURED without a platform.',
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
  ],
});
