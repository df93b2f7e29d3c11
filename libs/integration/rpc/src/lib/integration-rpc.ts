import { defineRpc, pageOf } from '@orbita/contracts';
import { ListRunsRequest, StartRunRequest, SyncRunView } from './runs';
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
   * answers at once with the run (`running`), which goes on in the service.
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
};
