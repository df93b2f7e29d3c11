import { defineRpc } from '@orbita/contracts';
import { GetStatusRequest, ServiceStatusView } from './status';

/**
 * Request/reply operations of the projects service (`<service>.<verb>.<noun>`), each answered by an
 * `@RpcHandler(PROJECTS_RPC.<name>)` method of the service.
 * `npx nx g ./tools/generators:rpc projects <verb> <noun> --permission=…` adds one.
 */
export const PROJECTS_RPC = {
  /**
   * Whether the service answers and reaches its database. Every role holds `notifications:read`; give
   * the service's real operations permissions of their own (libs/auth, PERMISSIONS).
   */
  getStatus: defineRpc({
    subject: 'projects.get.status',
    request: GetStatusRequest,
    response: ServiceStatusView,
    permission: 'notifications:read',
    scope: 'open',
  }),
};
