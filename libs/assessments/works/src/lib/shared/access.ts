import { can, schoolScopeOf, type Actor, type Permission } from '@orbita/auth';
import { requireActor, type RpcContext } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import { OutsideSchoolScope, SchoolRequired } from './assessments-errors';

/** The caller, who must hold `permission`: the gateway checked it already, the service does not rely on that. */
export function actorWith(context: RpcContext, permission: Permission): Actor {
  const actor = requireActor(context);
  if (!can(actor.role, permission)) {
    throw new CodedException(CommonErrorCode.FORBIDDEN, 403, `The role ${actor.role} does not hold ${permission}`);
  }
  return actor;
}

/** The school a request acts for: a school account's own (naming another is refused), else the one named. */
export function schoolFor(actor: Actor, requested: string | undefined): string {
  const scope = schoolScopeOf(actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw new OutsideSchoolScope();
    return scope;
  }
  if (requested === undefined) throw new SchoolRequired();
  return requested;
}
