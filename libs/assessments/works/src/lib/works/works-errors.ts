import { AssessmentsErrorCode } from '@orbita/assessments/rpc';
import { CodedException } from '@orbita/observability';

/** 404 for a work that does not exist or that the caller's school does not take (the two answer alike). */
export class WorkNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string) {
    super(AssessmentsErrorCode.WORK_NOT_FOUND, 404, `There is no diagnostic work ${id}`);
  }
}

export class WorkVersionNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string, version: number) {
    super(AssessmentsErrorCode.WORK_VERSION_NOT_FOUND, 404, `Diagnostic work ${id} has no version ${version}`);
  }
}

export class StaleWorkVersion extends CodedException<AssessmentsErrorCode> {
  constructor(message: string) {
    super(AssessmentsErrorCode.STALE_VERSION, 409, message, [{ field: 'expectedVersion', message }]);
  }
}

export class SchoolNotExpected extends CodedException<AssessmentsErrorCode> {
  constructor(schoolId: string) {
    const message = `The work does not expect school ${schoolId}: add the school to a new version of the work first`;
    super(AssessmentsErrorCode.SCHOOL_NOT_EXPECTED, 409, message, [{ field: 'schoolId', message }]);
  }
}
