import { defineRpc } from '@orbita/contracts';
import { GetStatusRequest, ServiceStatusView } from './status';

/**
 * Request/reply operations of the integration service (`<service>.<verb>.<noun>`), each answered by an
 * `@RpcHandler(INTEGRATION_RPC.<name>)` method of the service.
 * `npx nx g ./tools/generators:rpc integration <verb> <noun> --permission=…` adds one.
 */
export const INTEGRATION_RPC = {
  /**
   * Whether the service answers and reaches its database. Every role holds `notifications:read`; give
   * the service's real operations permissions of their own (libs/auth, PERMISSIONS).
   */
  getStatus: defineRpc({
    subject: 'integration.get.status',
    request: GetStatusRequest,
    response: ServiceStatusView,
    permission: 'notifications:read',
    scope: 'open',
  }),
};
