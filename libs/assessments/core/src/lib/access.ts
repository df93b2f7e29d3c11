import { AssessmentsErrorCode } from '@orbita/assessments/rpc';
import type { SchoolChoiceErrors } from '@orbita/auth';
import { CodedException } from '@orbita/observability';

export class SchoolRequired extends CodedException<AssessmentsErrorCode> {
  constructor() {
    const message = 'Name the school (schoolId): a region-wide account acts for any school';
    super(AssessmentsErrorCode.SCHOOL_REQUIRED, 400, message, [{ field: 'schoolId', message }]);
  }
}

/** 404 for another school than a school account's own: out of scope answers as unknown. */
export class SchoolNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string) {
    const message = `There is no school ${id}`;
    super(AssessmentsErrorCode.SCHOOL_NOT_FOUND, 404, message, [{ field: 'schoolId', message }]);
  }
}

/**
 * How assessments words a command that misses its school (`schoolFor` in auth): codes, templates and
 * protocols are a school account's own school's; a region-wide account names the school.
 */
export const SCHOOL_CHOICE_ERRORS: SchoolChoiceErrors = {
  notFound: (schoolId) => new SchoolNotFound(schoolId),
  required: () => new SchoolRequired(),
};
