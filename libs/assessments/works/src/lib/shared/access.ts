import { schoolScopeOf, type Actor } from '@orbita/auth';
import { OutsideSchoolScope, SchoolRequired } from './assessments-errors';

/** The school a request acts for: a school account's own (naming another is refused), else the one named. */
export function schoolFor(actor: Actor, requested: string | undefined): string {
  const scope = schoolScopeOf(actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw new OutsideSchoolScope();
    return scope;
  }
  if (requested === undefined) throw new SchoolRequired();
  return requested;
}
