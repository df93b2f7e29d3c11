/** Codes of enrollment's errors (the gateway documents them, the web client branches on them). */
export enum EnrollmentErrorCode {
  CLASS_NOT_FOUND = 'ENROLLMENT.CLASS_NOT_FOUND',
  STUDENT_NOT_FOUND = 'ENROLLMENT.STUDENT_NOT_FOUND',
  ORDER_NOT_FOUND = 'ENROLLMENT.ORDER_NOT_FOUND',
  /** A profile subject code is not in the reference table of subjects. */
  UNKNOWN_SUBJECT = 'ENROLLMENT.UNKNOWN_SUBJECT',
  DUPLICATE_SUBJECT = 'ENROLLMENT.DUPLICATE_SUBJECT',
  /** The school already has a class with this grade and label in this school year. */
  DUPLICATE_CLASS = 'ENROLLMENT.DUPLICATE_CLASS',
  DUPLICATE_ORDER = 'ENROLLMENT.DUPLICATE_ORDER',
  /** The school year of a class with students cannot change: their memberships belong to it. */
  CLASS_HAS_STUDENTS = 'ENROLLMENT.CLASS_HAS_STUDENTS',
  /** The student is already in a programme class this school year. */
  ALREADY_ENROLLED = 'ENROLLMENT.ALREADY_ENROLLED',
  /** Withdraw or transfer asked of a student who is in no class this school year. */
  NOT_ENROLLED = 'ENROLLMENT.NOT_ENROLLED',
  /** The order, class and student must belong to the same school. */
  SCHOOL_MISMATCH = 'ENROLLMENT.SCHOOL_MISMATCH',
  SCHOOL_REQUIRED = 'ENROLLMENT.SCHOOL_REQUIRED',
  /** The `schoolId` named is not a school of the registry, or (a school account) not the caller's own. */
  SCHOOL_NOT_FOUND = 'ENROLLMENT.SCHOOL_NOT_FOUND',
  STALE_REVISION = 'ENROLLMENT.STALE_REVISION',
  /** 422 with the row-level report (`problems`) as a problem extension: nothing was stored. */
  CLASS_LIST_INVALID = 'ENROLLMENT.CLASS_LIST_INVALID',
  UPLOAD_MISSING = 'ENROLLMENT.UPLOAD_MISSING',
  CAMPAIGN_NOT_FOUND = 'ENROLLMENT.CAMPAIGN_NOT_FOUND',
  /** Enrolling from a campaign that is not ranked, or a student it does not recommend. */
  NOT_RECOMMENDED = 'ENROLLMENT.NOT_RECOMMENDED',
  /** The class does not match the campaign (school, grade, year). */
  CAMPAIGN_MISMATCH = 'ENROLLMENT.CAMPAIGN_MISMATCH',
  /** A candidate without a score: an OGE result not entered, or no result in the work for the student's code. */
  NO_SCORE = 'ENROLLMENT.NO_SCORE',
  /** 422: an enrollment basis whose score is negative or below its threshold. */
  BASIS_INVALID = 'ENROLLMENT.BASIS_INVALID',
  /** A diagnostic work enrollment has not heard of (from assessments' events). */
  UNKNOWN_WORK = 'ENROLLMENT.UNKNOWN_WORK',
  /** Not a participant code issued to the student's school for the work (another school's answers alike). */
  PARTICIPANT_CODE_NOT_ISSUED = 'ENROLLMENT.PARTICIPANT_CODE_NOT_ISSUED',
  /** The work is not for the student's grade in the work's school year. */
  WORK_NOT_FOR_GRADE = 'ENROLLMENT.WORK_NOT_FOR_GRADE',
  /** The participant code is linked to another student: that link is unlinked first, never overwritten. */
  PARTICIPANT_CODE_TAKEN = 'ENROLLMENT.PARTICIPANT_CODE_TAKEN',
  /** The student is linked to another code of the work already: unlink it first. */
  ALREADY_LINKED = 'ENROLLMENT.ALREADY_LINKED',
  /** The student has no participant code linked for the work. */
  LINK_NOT_FOUND = 'ENROLLMENT.LINK_NOT_FOUND',
  /** A class's teacher who is no registry person, or a person of another school. */
  UNKNOWN_TEACHER = 'ENROLLMENT.UNKNOWN_TEACHER',
}
