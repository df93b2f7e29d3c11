import { schoolScopeOf, type Actor } from '@orbita/auth';
import { EnrollmentErrorCode } from '@orbita/contracts';
import { FieldProblem } from './enrollment-errors';

/** The school a command acts for: a school account's own (naming another is refused), else the one named. */
export function schoolFor(actor: Actor | undefined, requested: string | undefined): string {
  const scope = actor ? schoolScopeOf(actor) : null;
  if (scope !== null) {
    if (requested !== undefined && requested !== scope)
      throw new FieldProblem(
        EnrollmentErrorCode.OUTSIDE_SCHOOL_SCOPE,
        403,
        'schoolId',
        'A school account acts for its own school only',
      );
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
