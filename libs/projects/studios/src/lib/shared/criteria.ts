import { StudiosErrorCode } from '@orbita/projects/rpc';
import { validateCriteria, type CriteriaSet } from '@orbita/projects/studio-credit';
import { StudiosProblems } from './studios-errors';

/** The criteria set as received, once valid; else 400 naming each problem's field under `criteria`. */
export function validCriteria(criteria: unknown): CriteriaSet {
  const problems = validateCriteria(criteria);
  if (problems.length > 0)
    throw new StudiosProblems(
      StudiosErrorCode.CRITERIA_INVALID,
      problems.map(({ field, message }) => ({ field: field ? `criteria.${field}` : 'criteria', message })),
    );
  return criteria as CriteriaSet;
}
