import { schoolScopeOf, type Actor } from '@orbita/auth';
import { SchoolNotFound, SchoolRequired } from './assessments-errors';

/** The school a request acts for: a school account's own (another answers 404), else the one named. */
export function schoolFor(actor: Actor, requested: string | undefined): string {
  const scope = schoolScopeOf(actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw new SchoolNotFound(requested);
    return scope;
  }
  if (requested === undefined) throw new SchoolRequired();
  return requested;
}
