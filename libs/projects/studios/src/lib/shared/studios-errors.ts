import type { SchoolChoiceErrors } from '@orbita/auth';
import { CodedException, CommonErrorCode, type FieldError } from '@orbita/observability';
import { constraintViolationOf } from '@orbita/persistence';
import { ProjectsErrorCode, StudiosErrorCode } from '@orbita/projects/rpc';

type StudiosCode = StudiosErrorCode | ProjectsErrorCode;

/** A 4xx naming the field the caller got wrong (404: a record missing, or out of the caller's reach). */
export class StudiosProblem extends CodedException<StudiosCode> {
  constructor(code: StudiosCode, status: 400 | 404 | 409, field: string, message: string) {
    super(code, status, message, [{ field, message }]);
  }
}

/** 400 listing every field that contradicts the rules (a criteria set, a fact against it). */
export class StudiosProblems extends CodedException<StudiosCode> {
  constructor(code: StudiosCode, problems: readonly FieldError[]) {
    super(code, 400, problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}

export const cycleNotFound = (id: string, field = 'cycleId') =>
  new StudiosProblem(StudiosErrorCode.CYCLE_NOT_FOUND, 404, field, `There is no studio cycle ${id}`);
/** Another school's application answers as a missing one. */
export const applicationNotFound = (id: string) =>
  new StudiosProblem(
    StudiosErrorCode.APPLICATION_NOT_FOUND,
    404,
    'id',
    `There is no studio application ${id}`,
  );
/** Another school's studio answers as a missing one. */
export const studioNotFound = (id: string) =>
  new StudiosProblem(StudiosErrorCode.STUDIO_NOT_FOUND, 404, 'studioId', `There is no studio ${id}`);
export const factNotFound = (id: string, field = 'id') =>
  new StudiosProblem(StudiosErrorCode.FACT_NOT_FOUND, 404, field, `There is no credit fact ${id}`);
export const duplicateCycle = () =>
  new StudiosProblem(
    StudiosErrorCode.DUPLICATE_CYCLE,
    409,
    'schoolYear',
    'The school year already has its studio cycle',
  );
export const rankingPublished = (field: string) =>
  new StudiosProblem(
    StudiosErrorCode.RANKING_PUBLISHED,
    409,
    field,
    'The cycle’s ranking is published: its criteria and credit facts no longer change',
  );
export const reasonRequired = (field: string) =>
  new StudiosProblem(StudiosErrorCode.REASON_REQUIRED, 400, field, `Say why (${field})`);

/**
 * Experts hold `projects:read` for the works assigned to them (the service filters); no studio is ever
 * assigned to one, so studios' records are not theirs to read.
 */
export const notForExperts = () =>
  new CodedException(
    CommonErrorCode.FORBIDDEN,
    403,
    'Experts read the project works assigned to them; the studios are not among them',
  );

/** How an application misses its school (`schoolFor`): another school answers as an unknown one. */
export const SCHOOL_CHOICE_ERRORS: SchoolChoiceErrors = {
  notFound: (schoolId) =>
    new StudiosProblem(ProjectsErrorCode.SCHOOL_NOT_FOUND, 404, 'schoolId', `There is no school ${schoolId}`),
  required: () =>
    new StudiosProblem(
      ProjectsErrorCode.SCHOOL_REQUIRED,
      400,
      'schoolId',
      'Name the school (schoolId): a region-wide account acts for any school',
    ),
};

/** What each named constraint of the migration means to a caller when two requests race past the checks. */
const CONSTRAINT_ERRORS: Readonly<Record<string, () => CodedException>> = {
  studio_cycles_school_year_key: duplicateCycle,
};

/** The coded exception for a constraint violation the studios know, else the error unchanged. */
export function translateConstraintViolation(error: unknown): unknown {
  const violation = constraintViolationOf(error);
  const translate = violation && CONSTRAINT_ERRORS[violation.constraint];
  return translate ? translate() : error;
}
