import { schoolScopeOf, type Actor } from '@orbita/auth';
import { EnrollmentErrorCode } from '@orbita/contracts';
import { FieldProblem, schoolNotFound } from './enrollment-errors';

/**
 * The school a command acts for: a school account's own, else the one named. Another school than one's
 * own answers as an unknown one (404): an out-of-scope caller does not learn what exists.
 */
export function schoolFor(actor: Actor | undefined, requested: string | undefined): string {
  const scope = actor ? schoolScopeOf(actor) : null;
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw schoolNotFound(requested);
    return scope;
  }
  if (requested === undefined)
    throw new FieldProblem(
      EnrollmentErrorCode.SCHOOL_REQUIRED,
      400,
      'schoolId',
      'Name the school (schoolId): a region-wide account acts for any school',
    );
  return requested;
}

/** Null = region-wide; else the only school whose records the caller sees. */
export type SchoolScope = string | null;

export const withinScope = (scope: SchoolScope, schoolId: string) => scope === null || scope === schoolId;
