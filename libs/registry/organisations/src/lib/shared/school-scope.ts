import { schoolScopeOf } from '@orbita/auth';
import type { RpcContext } from '@orbita/messaging';
import { RegionLevelOnly } from './registry-errors';

/**
 * The school a request is confined to, or null for region-wide roles (and the system actor of seeds).
 * Always from the signed actor of the request, never from the body.
 */
export type SchoolScope = string | null;

export const schoolScopeOfRequest = (context: RpcContext): SchoolScope => schoolScopeOf(context.actor);

/** Whether a record of `schoolId` (a school's id, or an organisation's) lies within the scope. */
export const withinScope = (scope: SchoolScope, schoolId: string): boolean =>
  scope === null || schoolId === scope;

/** Region-level writes (new schools, partners, programmes, municipalities) are not for school roles. */
export function requireRegionWide(scope: SchoolScope, what: string): void {
  if (scope !== null) throw new RegionLevelOnly(what);
}
