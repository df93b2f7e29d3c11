import { applyDecorators, Injectable, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { ApiProblemResponses, type GatewayConfig } from '@orbita/gateway/feature-http';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import type { FastifyReply } from 'fastify';
import type { SessionRequest } from '../access/access.guard';
import { EXPENSIVE_ROUTE } from '../decorators';

const LOGIN_ROUTE = 'orbita:login-throttled';

/** Guesses at a password (login, password change): the "login" limit per client address and account. */
export const ThrottleLogin = () => applyDecorators(SetMetadata(LOGIN_ROUTE, true), ApiProblemResponses(429));

const reflector = new Reflector();
/** The named throttlers apply to every route unless skipped: each applies only where its decorator is. */
const unlessMarked = (key: string) => (context: ExecutionContext) =>
  !reflector.getAllAndOverride<boolean | undefined>(key, [context.getHandler(), context.getClass()]);

/** Login attempts count per client address and e-mail (or the signed-in account, for a password change). */
function loginTracker(request: Record<string, unknown>): string {
  const { ip, body, actor } = request as unknown as SessionRequest;
  const email = (body as { email?: unknown } | undefined)?.email;
  const who = typeof email === 'string' ? email.trim().toLowerCase() : (actor?.userId ?? '');
  return `${ip}|${who}`;
}

/** Expensive calls count per account (the access guard has run), per client address otherwise. */
function callerTracker(request: Record<string, unknown>): string {
  const { ip, actor } = request as unknown as SessionRequest;
  return actor ? `account:${actor.userId}` : `ip:${ip}`;
}

/**
 * The rate limits, kept in this process's memory (one gateway replica; several replicas would each allow
 * the limit: a shared store such as Redis is the step after).
 */
export function throttlerOptions(config: GatewayConfig): ThrottlerModuleOptions {
  return {
    setHeaders: false,
    throttlers: [
      {
        name: 'login',
        limit: config.LOGIN_RATE_LIMIT,
        ttl: config.LOGIN_RATE_TTL_SECONDS * 1000,
        skipIf: unlessMarked(LOGIN_ROUTE),
        getTracker: loginTracker,
      },
      {
        name: 'expensive',
        limit: config.EXPENSIVE_RATE_LIMIT,
        ttl: config.EXPENSIVE_RATE_TTL_SECONDS * 1000,
        skipIf: unlessMarked(EXPENSIVE_ROUTE),
        getTracker: callerTracker,
      },
    ],
  };
}

/** @nestjs/throttler's guard, answering 429 as a coded problem with `Retry-After`. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    { timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(timeToBlockExpire));
    throw new CodedException(
      CommonErrorCode.RATE_LIMITED,
      429,
      `Too many requests; try again in ${timeToBlockExpire} s`,
    );
  }
}
