import { schoolScopeOf } from '@orbita/auth';
import type { RpcContext } from '@orbita/messaging';

/**
 * The school a request is confined to, or null for region-wide roles. Always from the signed actor of the
 * request, never from the request's body.
 */
export type SchoolScope = string | null;

export const schoolScopeOfRequest = (context: RpcContext): SchoolScope => schoolScopeOf(context.actor);
