import { can, type Actor, type Permission } from '@orbita/auth';
import type { RpcContext } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/** The caller, who must hold `permission`: the gateway checked it already, the service does not rely on that. */
export function actorWith(context: RpcContext, permission: Permission): Actor {
  const { actor } = context;
  if (!can(actor.role, permission)) {
    throw new CodedException(
      CommonErrorCode.FORBIDDEN,
      403,
      `The role ${actor.role} does not hold ${permission}`,
    );
  }
  return actor;
}
