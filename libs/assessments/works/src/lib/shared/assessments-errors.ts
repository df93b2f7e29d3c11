import { AssessmentsErrorCode, type ProtocolInvalidReport } from '@orbita/assessments/rpc';
import type { SchoolChoiceErrors } from '@orbita/auth';
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

/** How assessments words a command that misses its school (see `schoolFor` in auth). */
export const SCHOOL_CHOICE_ERRORS: SchoolChoiceErrors = {
  notFound: (schoolId) => new SchoolNotFound(schoolId),
  required: () => new SchoolRequired(),
};

export class ProtocolNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string) {
    super(AssessmentsErrorCode.PROTOCOL_NOT_FOUND, 404, `There is no protocol ${id}`);
  }
}

export class ProtocolVersionNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string) {
    super(AssessmentsErrorCode.PROTOCOL_VERSION_NOT_FOUND, 404, `The protocol has no version ${id}`);
  }
}

export class UploadNotFound extends CodedException<AssessmentsErrorCode> {
  constructor(id: string) {
    super(AssessmentsErrorCode.UPLOAD_NOT_FOUND, 404, `There is no protocol upload ${id}`);
  }
}

export class UploadMissing extends CodedException<AssessmentsErrorCode> {
  constructor() {
    super(AssessmentsErrorCode.UPLOAD_MISSING, 400, 'The uploaded file is no longer there (expired or already used): upload it again');
  }
}

/** 422: the file has problems; the report lists them by row and column. Nothing was stored. */
export class ProtocolInvalid extends CodedException<AssessmentsErrorCode> {
  constructor(report: ProtocolInvalidReport) {
    super(
      AssessmentsErrorCode.PROTOCOL_INVALID,
      422,
      `The protocol has ${report.problemCount} problem(s); nothing was stored. Correct the rows listed in "problems" and upload it again`,
      undefined,
      { extensions: { ...report } },
    );
  }
}

export class ProtocolTooManyRows extends CodedException<AssessmentsErrorCode> {
  constructor(maxRows: number) {
    super(
      AssessmentsErrorCode.PROTOCOL_TOO_MANY_ROWS,
      413,
      `The file has more than ${maxRows} data rows, the most a protocol may have: split it or check for stray rows`,
    );
  }
}

export class ProtocolLocked extends CodedException<AssessmentsErrorCode> {
  constructor(status: string) {
    super(
      AssessmentsErrorCode.PROTOCOL_LOCKED,
      409,
      `The protocol is ${status}: a new file is accepted only after the regional centre returns it`,
    );
  }
}

export class InvalidTransition extends CodedException<AssessmentsErrorCode> {
  constructor(action: string, status: string) {
    super(AssessmentsErrorCode.INVALID_TRANSITION, 409, `A ${status} protocol cannot be ${action}`);
  }
}
