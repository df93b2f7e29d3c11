import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { isSchoolScopedRole, ROLES, type Role } from './roles';

/**
 * Who makes a request, as the gateway established it from the access token. It travels to services in
 * request metadata (the `Orbita-Actor` NATS header) so that each service enforces the school scope
 * again, independently of the gateway.
 */
export class Actor {
  @IsUUID()
  userId!: string;

  @IsIn(ROLES)
  role!: Role;

  /** The account's school; required for school-scoped roles, absent for region-wide ones. */
  @ValidateIf((actor: Actor) => isSchoolScopedRole(actor.role) || actor.schoolId != null)
  @IsUUID()
  schoolId?: string | null;

  /** The registry person the account belongs to, when it is one (notifications address people). */
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  /** Client address, for the audit trail. */
  @IsOptional()
  ip?: string;
}

/** Thrown when a school-scoped actor arrives without a school: a bug upstream, never served. */
export class ActorWithoutSchoolError extends Error {
  constructor(role: Role) {
    super(`A ${role} must carry a school in the request metadata`);
  }
}

/**
 * The school an actor is confined to, or `null` for region-wide roles. Services call this and filter by
 * the result; they never take the school from the request body.
 */
export function schoolScopeOf(actor: Pick<Actor, 'role' | 'schoolId'>): string | null {
  if (!isSchoolScopedRole(actor.role)) return null;
  if (!actor.schoolId) throw new ActorWithoutSchoolError(actor.role);
  return actor.schoolId;
}

/** Whether the actor may see a record that belongs to `schoolId` (null = a region-level record). */
export function actorCanSeeSchool(actor: Pick<Actor, 'role' | 'schoolId'>, schoolId: string | null): boolean {
  const scope = schoolScopeOf(actor);
  return scope === null || scope === schoolId;
}
