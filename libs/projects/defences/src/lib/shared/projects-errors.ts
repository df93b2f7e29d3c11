import type { SchoolChoiceErrors } from '@orbita/auth';
import { CodedException, type FieldError } from '@orbita/observability';
import { constraintViolationOf } from '@orbita/persistence';
import { ProjectsErrorCode } from '@orbita/projects/rpc';

/** A 4xx naming the field the caller got wrong (404: a record missing, or out of the caller's reach). */
export class FieldProblem extends CodedException<ProjectsErrorCode> {
  constructor(code: ProjectsErrorCode, status: 400 | 404 | 409 | 422, field: string, message: string) {
    super(code, status, message, [{ field, message }]);
  }
}

/** 400 listing every field of the request that contradicts the rules (a rubric, a sheet's scores). */
export class FieldProblems extends CodedException<ProjectsErrorCode> {
  constructor(code: ProjectsErrorCode, problems: readonly FieldError[]) {
    super(code, 400, problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}

export const seasonNotFound = (id: string, field = 'id') =>
  new FieldProblem(ProjectsErrorCode.SEASON_NOT_FOUND, 404, field, `There is no season ${id}`);
export const stageNotFound = (id: string, field = 'stageId') =>
  new FieldProblem(ProjectsErrorCode.STAGE_NOT_FOUND, 404, field, `There is no stage ${id}`);
/** Another school's work, or one not assigned to the calling expert, answers as a missing one. */
export const workNotFound = (id: string, field = 'workId') =>
  new FieldProblem(ProjectsErrorCode.WORK_NOT_FOUND, 404, field, `There is no work ${id}`);
export const sheetNotFound = (id: string) =>
  new FieldProblem(ProjectsErrorCode.SHEET_NOT_FOUND, 404, 'id', `There is no sheet ${id}`);
export const stageClosed = (field = 'stageId') =>
  new FieldProblem(
    ProjectsErrorCode.STAGE_CLOSED,
    409,
    field,
    'The stage is closed: nothing of it changes any more',
  );

export const duplicateSeason = () =>
  new FieldProblem(
    ProjectsErrorCode.DUPLICATE_SEASON,
    409,
    'schoolYear',
    'The school year already has its season',
  );
export const alreadyAssigned = () =>
  new FieldProblem(
    ProjectsErrorCode.ALREADY_ASSIGNED,
    409,
    'expertPersonId',
    'The expert is already assigned to the work at this stage',
  );

/** How a registration misses its school (`schoolFor`): another school answers as an unknown one. */
export const SCHOOL_CHOICE_ERRORS: SchoolChoiceErrors = {
  notFound: (schoolId) =>
    new FieldProblem(ProjectsErrorCode.SCHOOL_NOT_FOUND, 404, 'schoolId', `There is no school ${schoolId}`),
  required: () =>
    new FieldProblem(
      ProjectsErrorCode.SCHOOL_REQUIRED,
      400,
      'schoolId',
      'Name the school (schoolId): a region-wide account acts for any school',
    ),
};

/** What each named constraint of the migration means to a caller when two requests race past the checks. */
const CONSTRAINT_ERRORS: Readonly<Record<string, () => CodedException>> = {
  seasons_school_year_key: duplicateSeason,
  assignments_pkey: alreadyAssigned,
};

/** The coded exception for a constraint violation this service knows, else the error unchanged. */
export function translateConstraintViolation(error: unknown): unknown {
  const violation = constraintViolationOf(error);
  const translate = violation && CONSTRAINT_ERRORS[violation.constraint];
  return translate ? translate() : error;
}
