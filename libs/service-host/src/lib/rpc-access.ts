import { can, schoolScopeOf, type Actor, type SchoolScope } from '@orbita/auth';
import type { RpcContract } from '@orbita/contracts';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/**
 * What `@RpcHandler(contract)` checks before the handler runs, whatever the gateway checked already: the
 * caller holds the contract's permission (else 403 `AUTH.FORBIDDEN`), a `region` operation has a
 * region-wide caller (else 403 `AUTH.REGION_LEVEL_ONLY`). Answers the caller's school scope.
 */
export function authorize(contract: Pick<RpcContract, 'subject' | 'permission' | 'scope'>, actor: Actor): SchoolScope {
  if (!can(actor.role, contract.permission)) {
    throw new CodedException(
      CommonErrorCode.FORBIDDEN,
      403,
      `The role ${actor.role} does not hold ${contract.permission}`,
    );
  }
  const scope = schoolScopeOf(actor);
  if (contract.scope === 'region' && scope !== null) {
    throw new CodedException(
      CommonErrorCode.REGION_LEVEL_ONLY,
      403,
      `Only region-wide roles may call ${contract.subject}`,
    );
  }
  return scope;
}

