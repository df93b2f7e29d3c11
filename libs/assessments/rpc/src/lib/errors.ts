/**
 * Codes of assessments' errors. In the contracts because the gateway documents them and the web client
 * branches on them (`PROTOCOL_INVALID` carries the row-level report).
 */
export enum AssessmentsErrorCode {
  WORK_NOT_FOUND = 'ASSESSMENTS.WORK_NOT_FOUND',
  WORK_VERSION_NOT_FOUND = 'ASSESSMENTS.WORK_VERSION_NOT_FOUND',
  /** The work changed since the caller read it (the `expectedVersion` of a revision is behind). */
  STALE_VERSION = 'ASSESSMENTS.STALE_VERSION',
  /** The school is not among the schools the work's current version expects. */
  SCHOOL_NOT_EXPECTED = 'ASSESSMENTS.SCHOOL_NOT_EXPECTED',
  /** A region-wide caller must name the school; a school account acts for its own school only. */
  SCHOOL_REQUIRED = 'ASSESSMENTS.SCHOOL_REQUIRED',
  /** A school account named another school: answered as an unknown one (404), so nothing is learnt. */
  SCHOOL_NOT_FOUND = 'ASSESSMENTS.SCHOOL_NOT_FOUND',
  PROTOCOL_NOT_FOUND = 'ASSESSMENTS.PROTOCOL_NOT_FOUND',
  PROTOCOL_VERSION_NOT_FOUND = 'ASSESSMENTS.PROTOCOL_VERSION_NOT_FOUND',
  UPLOAD_NOT_FOUND = 'ASSESSMENTS.UPLOAD_NOT_FOUND',
  /** The uploaded file is no longer in the transfer bucket (expired or already used). */
  UPLOAD_MISSING = 'ASSESSMENTS.UPLOAD_MISSING',
  /** 422 with the row-level report (`problems`) as a problem extension: nothing was stored. */
  PROTOCOL_INVALID = 'ASSESSMENTS.PROTOCOL_INVALID',
  /** 413: more data rows than PROTOCOL_MAX_ROWS. (A file over the size limit answers 413 REQUEST.TOO_LARGE.) */
  PROTOCOL_TOO_MANY_ROWS = 'ASSESSMENTS.PROTOCOL_TOO_MANY_ROWS',
  /** The protocol is submitted or accepted: no new file until the regional centre returns it. */
  PROTOCOL_LOCKED = 'ASSESSMENTS.PROTOCOL_LOCKED',
  /** Submit, accept or return asked of a protocol in a status that does not allow it. */
  INVALID_TRANSITION = 'ASSESSMENTS.INVALID_TRANSITION',
}
