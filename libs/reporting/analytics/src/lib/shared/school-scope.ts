import { schoolScopeOf } from '@orbita/auth';
import type { RpcContext } from '@orbita/messaging';

/**
 * The school a request is confined to, or null for region-wide roles and for calls without an actor
 * (services themselves). Always from the actor the gateway authenticated, never from the request.
 */
export type SchoolScope = string | null;

export const schoolScopeOfRequest = (context: RpcContext): SchoolScope =>
  context.actor ? schoolScopeOf(context.actor) : null;
