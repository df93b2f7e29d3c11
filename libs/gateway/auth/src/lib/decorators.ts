import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Permission } from '@orbita/auth';

export const PUBLIC_ROUTE = 'orbita:public';
export const REQUIRED_PERMISSION = 'orbita:permission';
export const AUDIT_RESOURCE = 'orbita:audit-resource';
export const READS_PERSONAL_DATA = 'orbita:reads-personal-data';

/** The route needs no access token (login, refresh, system info). Every other route does. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The permission (see the matrix in @orbita/auth) the caller's role must hold; 403 otherwise. */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

/**
 * Names the kind of record a controller serves (`school`, `agreement`…) for the audit log. Every write
 * (POST, PUT, PATCH, DELETE) to such a controller is audited, with the record id taken from the `id`
 * route parameter or the response body's `id`.
 */
export const AuditResource = (resourceType: string) => SetMetadata(AUDIT_RESOURCE, resourceType);

/** The route returns personal data (names, e-mails, phones): each successful read is audited too. */
export const ReadsPersonalData = () => SetMetadata(READS_PERSONAL_DATA, true);

/** The request as the auth guard leaves it. */
export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The authenticated actor of the request (set by the access-token guard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a route without authentication');
  return request.actor;
});
