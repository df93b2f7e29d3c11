import { Inject, Injectable, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { can } from '@orbita/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedRequest } from '../decorators';
import { Forbidden, Unauthenticated } from '../errors';
import { AccessTokens } from '../sessions/access-tokens';
import { LiveSessions } from '../sessions/live-sessions';
import { RoutePolicies } from './route-policy';

/** The request once the guard has passed: the actor plus the login session its token belongs to. */
export type SessionRequest = FastifyRequest & AuthenticatedRequest & { sessionId?: string };

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The global guard: `@Public()` routes pass; every other route needs a valid bearer access token of a live
 * session of an active account (401) that becomes `request.actor`, and a `@RequirePermission(p)` route a
 * role that `can(role, p)` (403).
 * A route without a policy is refused (the start-up check makes that impossible in practice).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(RoutePolicies) private readonly policies: RoutePolicies,
    @Inject(AccessTokens) private readonly accessTokens: AccessTokens,
    @Inject(LiveSessions) private readonly liveSessions: LiveSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.policies.of(context.getHandler(), context.getClass() as Type<unknown>);
    if (policy?.kind === 'public') return true;
    if (!policy) throw new Forbidden('This route declares no access policy');

    const request = context.switchToHttp().getRequest<SessionRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      reply.header('WWW-Authenticate', 'Bearer realm="orbita"');
      throw new Unauthenticated('Send an access token: Authorization: Bearer <token>');
    }
    const claims = await this.accessTokens.verify(token).catch((error: unknown) => {
      reply.header('WWW-Authenticate', 'Bearer realm="orbita", error="invalid_token"');
      throw error;
    });
    if (!(await this.liveSessions.isLive(claims.sessionId, claims.userId))) {
      reply.header('WWW-Authenticate', 'Bearer realm="orbita", error="invalid_token"');
      throw new Unauthenticated('The session has ended; sign in again');
    }
    const { userId, role, schoolId, personId } = claims;
    request.actor = { userId, role, schoolId, personId, ip: request.ip };
    request.sessionId = claims.sessionId;

    if (policy.kind === 'permission' && !can(claims.role, policy.permission)) {
      throw new Forbidden(`The role ${claims.role} does not have the permission ${policy.permission}`);
    }
    return true;
  }
}
