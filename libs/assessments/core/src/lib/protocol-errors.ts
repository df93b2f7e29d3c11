import { AssessmentsErrorCode, type ProtocolInvalidReport } from '@orbita/assessments/rpc';
import { CodedException } from '@orbita/observability';

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
