import type { SchoolChoiceErrors } from '@orbita/auth';
import { EnrollmentErrorCode, type ClassListInvalidReport } from '@orbita/enrollment/rpc';
import { CodedException } from '@orbita/observability';
import { constraintViolationOf } from '@orbita/persistence';

/** 404 for a record that does not exist or lies outside the caller's school (the two answer alike). */
export class RecordNotFound extends CodedException<EnrollmentErrorCode> {
  constructor(code: EnrollmentErrorCode, what: string, id: string) {
    super(code, 404, `There is no ${what} ${id}`);
  }
}

export const classNotFound = (id: string) =>
  new RecordNotFound(EnrollmentErrorCode.CLASS_NOT_FOUND, 'programme class', id);
export const studentNotFound = (id: string) =>
  new RecordNotFound(EnrollmentErrorCode.STUDENT_NOT_FOUND, 'student', id);
export const orderNotFound = (id: string) =>
  new RecordNotFound(EnrollmentErrorCode.ORDER_NOT_FOUND, 'enrollment order', id);

/** A 4xx naming the field the caller got wrong. */
export class FieldProblem extends CodedException<EnrollmentErrorCode> {
  constructor(code: EnrollmentErrorCode, status: 400 | 404 | 409 | 422, field: string, message: string) {
    super(code, status, message, [{ field, message }]);
  }
}

export const schoolNotFound = (id: string) =>
  new FieldProblem(EnrollmentErrorCode.SCHOOL_NOT_FOUND, 404, 'schoolId', `There is no school ${id}`);

/** How a command misses its school (`schoolFor` of `@orbita/auth`): another school answers as an unknown one. */
export const SCHOOL_CHOICE_ERRORS: SchoolChoiceErrors = {
  notFound: schoolNotFound,
  required: () =>
    new FieldProblem(
      EnrollmentErrorCode.SCHOOL_REQUIRED,
      400,
      'schoolId',
      'Name the school (schoolId): a region-wide account acts for any school',
    ),
};

/** What each named constraint of the migration means to a caller when two requests race past the checks. */
const CONSTRAINT_ERRORS: Readonly<Record<string, () => CodedException>> = {
  subjects_pkey: () =>
    new FieldProblem(
      EnrollmentErrorCode.DUPLICATE_SUBJECT,
      409,
      'code',
      'A subject with this code already exists',
    ),
  programme_classes_label_key: () =>
    new FieldProblem(
      EnrollmentErrorCode.DUPLICATE_CLASS,
      409,
      'label',
      'The school already has a class with this grade and label this school year',
    ),
  class_memberships_one_class_per_year_key: () =>
    new FieldProblem(
      EnrollmentErrorCode.ALREADY_ENROLLED,
      409,
      'studentId',
      'The student is already in a programme class this school year',
    ),
  participant_links_student_key: () =>
    new FieldProblem(
      EnrollmentErrorCode.ALREADY_LINKED,
      409,
      'workId',
      'The student is linked to another participant code of this work: unlink it first',
    ),
  participant_links_pkey: () =>
    new FieldProblem(
      EnrollmentErrorCode.PARTICIPANT_CODE_TAKEN,
      409,
      'participantCode',
      'The participant code is linked to another student',
    ),
  enrollment_orders_number_key: () =>
    new FieldProblem(
      EnrollmentErrorCode.DUPLICATE_ORDER,
      409,
      'number',
      'The school already has an order with this number and date',
    ),
};

/** The coded exception for a constraint violation this service knows, else the error unchanged. */
export function translateConstraintViolation(error: unknown): unknown {
  const violation = constraintViolationOf(error);
  const translate = violation && CONSTRAINT_ERRORS[violation.constraint];
  return translate ? translate() : error;
}

/** 422: the class list has problems; the report lists them by row and column. Nothing was stored. */
export class ClassListInvalid extends CodedException<EnrollmentErrorCode> {
  constructor(report: ClassListInvalidReport) {
    super(
      EnrollmentErrorCode.CLASS_LIST_INVALID,
      422,
      `The class list has ${report.problemCount} problem(s); nothing was stored. Correct the rows listed in "problems" and upload it again`,
      undefined,
      { extensions: { ...report } },
    );
  }
}

export class UploadMissing extends CodedException<EnrollmentErrorCode> {
  constructor() {
    super(
      EnrollmentErrorCode.UPLOAD_MISSING,
      400,
      'The uploaded file is no longer there (expired or already used): upload it again',
    );
  }
}

export const campaignNotFound = (id: string) =>
  new RecordNotFound(EnrollmentErrorCode.CAMPAIGN_NOT_FOUND, 'selection campaign', id);
