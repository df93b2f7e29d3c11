import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Actor, Permission } from '@orbita/auth';
import { ApiProblemResponses, BEARER_AUTH } from '@orbita/gateway/feature-http';

export const PUBLIC_ROUTE = 'orbita:public';
export const AUTHENTICATED_ROUTE = 'orbita:authenticated';
export const REQUIRED_PERMISSION = 'orbita:permission';
export const AUDIT_RESOURCE = 'orbita:audit-resource';
export const READS_PERSONAL_DATA = 'orbita:reads-personal-data';
export const EXPENSIVE_ROUTE = 'orbita:expensive';

/** The route needs no access token (login, refresh, system info). Every other route does. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The permission (see the matrix in @orbita/auth) the caller's role must hold; 403 otherwise. On a
 * controller it covers every route; a route's own wins. Documented in OpenAPI as `x-orbita-permission`.
 */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiBearerAuth(BEARER_AUTH),
    ApiExtension('x-orbita-permission', permission),
    ApiProblemResponses(401, 403),
  );

/**
 * Any signed-in account may call the route (its own profile, its password), whatever its role. Routes
 * must say `@Public()`, `@RequirePermission(…)` or this: the gateway refuses to start otherwise.
 */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(AUTHENTICATED_ROUTE, true),
    ApiBearerAuth(BEARER_AUTH),
    ApiProblemResponses(401),
  );

/**
 * Names the kind of record a controller serves (`school`, `agreement`…) for the audit log. Every write
 * (POST, PUT, PATCH, DELETE) to such a controller is audited, with the record id taken from the `id`
 * route parameter or the response body's `id`.
 */
export const AuditResource = (resourceType: string) => SetMetadata(AUDIT_RESOURCE, resourceType);

/** The route returns personal data (names, e-mails, phones): each successful read is audited too. */
export const ReadsPersonalData = () => SetMetadata(READS_PERSONAL_DATA, true);

/**
 * The route is costly (uploads, report generation): the "expensive" rate limit applies, per account
 * (EXPENSIVE_RATE_LIMIT calls in EXPENSIVE_RATE_TTL_SECONDS), answering 429 with `Retry-After` beyond it.
 */
export const ThrottleExpensive = () =>
  applyDecorators(SetMetadata(EXPENSIVE_ROUTE, true), ApiProblemResponses(429));

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
