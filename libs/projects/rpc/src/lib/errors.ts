/** Codes of the projects service's errors (the gateway documents them, the web client branches on them). */
export enum ProjectsErrorCode {
  SEASON_NOT_FOUND = 'PROJECTS.SEASON_NOT_FOUND',
  /** The school year already has its season. */
  DUPLICATE_SEASON = 'PROJECTS.DUPLICATE_SEASON',
  /** A stage's dates out of order, or the final not after the school stage. */
  STAGE_DATES_INVALID = 'PROJECTS.STAGE_DATES_INVALID',
  STAGE_NOT_FOUND = 'PROJECTS.STAGE_NOT_FOUND',
  /** The stage is closed: its sheets, assignments and schedule no longer change. */
  STAGE_CLOSED = 'PROJECTS.STAGE_CLOSED',
  /** Closing a stage with assigned sheets not submitted. */
  SHEETS_OUTSTANDING = 'PROJECTS.SHEETS_OUTSTANDING',
  /** The season has no section for the work's subject area. */
  SECTION_NOT_FOUND = 'PROJECTS.SECTION_NOT_FOUND',
  /** 404 for a work that does not exist, lies in another school or is not assigned to the expert. */
  WORK_NOT_FOUND = 'PROJECTS.WORK_NOT_FOUND',
  SCHOOL_REQUIRED = 'PROJECTS.SCHOOL_REQUIRED',
  /** An author, supervisor or consultant of a work is known at another school than the work's. */
  OUTSIDE_SCHOOL = 'PROJECTS.OUTSIDE_SCHOOL',
  /** The `schoolId` named is another school than the caller's own. */
  SCHOOL_NOT_FOUND = 'PROJECTS.SCHOOL_NOT_FOUND',
  /** A schedule day outside the stage's dates. */
  DAY_OUTSIDE_STAGE = 'PROJECTS.DAY_OUTSIDE_STAGE',
  /** A rubric's criteria contradict each other (duplicate keys, levels above the maximum). */
  RUBRIC_INVALID = 'PROJECTS.RUBRIC_INVALID',
  /** The stage has no rubric version yet: sheets wait for one. */
  RUBRIC_NOT_FOUND = 'PROJECTS.RUBRIC_NOT_FOUND',
  /** A sheet of the stage was submitted: its rubric version no longer changes, and no new one is made. */
  RUBRIC_FROZEN = 'PROJECTS.RUBRIC_FROZEN',
  /** The expert is not among the experts of the work's section. */
  EXPERT_OUTSIDE_SECTION = 'PROJECTS.EXPERT_OUTSIDE_SECTION',
  ALREADY_ASSIGNED = 'PROJECTS.ALREADY_ASSIGNED',
  /** 404: the expert is not assigned to the work at the stage (an expert's own sheet of another work alike). */
  NOT_ASSIGNED = 'PROJECTS.NOT_ASSIGNED',
  /** Unassigning an expert whose sheet is submitted: reopen it first, or keep the expert. */
  SHEET_SUBMITTED = 'PROJECTS.SHEET_SUBMITTED',
  SHEET_NOT_FOUND = 'PROJECTS.SHEET_NOT_FOUND',
  /** Writing a submitted sheet, or reopening one that is not submitted. */
  SHEET_STATE_CONFLICT = 'PROJECTS.SHEET_STATE_CONFLICT',
  /** Nominating or publishing results of a stage still open. */
  STAGE_OPEN = 'PROJECTS.STAGE_OPEN',
  /** Nominating from the final (works are nominated from the school stage). */
  STAGE_KIND_INVALID = 'PROJECTS.STAGE_KIND_INVALID',
  RESULTS_PUBLISHED = 'PROJECTS.RESULTS_PUBLISHED',
  /**
   * A nomination beyond the stage's quota, or naming a work not the school's or not judged at the stage
   * (the field says which: `quota`, `workIds`, `workIds.N`).
   */
  NOMINATION_INVALID = 'PROJECTS.NOMINATION_INVALID',
  /** Confirming a conflict of interest no expert declared. */
  CONFLICT_NOT_FOUND = 'PROJECTS.CONFLICT_NOT_FOUND',
  /** A score for an unknown criterion, above its maximum, or N/A where the criterion does not allow it. */
  SCORE_INVALID = 'PROJECTS.SCORE_INVALID',
  /** Submitting a sheet with criteria not scored. */
  SHEET_INCOMPLETE = 'PROJECTS.SHEET_INCOMPLETE',
  /** The upload is no longer in the transfer bucket (expired, or already used): send the file again. */
  UPLOAD_MISSING = 'PROJECTS.UPLOAD_MISSING',
  DOCUMENT_EMPTY = 'PROJECTS.DOCUMENT_EMPTY',
  /** A work's file or a fact's evidence over PROJECT_DOCUMENT_MAX_BYTES. */
  DOCUMENT_TOO_LARGE = 'PROJECTS.DOCUMENT_TOO_LARGE',
  /** Not a document of an accepted format, judged by its content. */
  DOCUMENT_TYPE_NOT_ALLOWED = 'PROJECTS.DOCUMENT_TYPE_NOT_ALLOWED',
  /** Looks like an accepted format but does not open as one. */
  DOCUMENT_UNREADABLE = 'PROJECTS.DOCUMENT_UNREADABLE',
  /** 404: the work has no file yet, or the fact no evidence. */
  DOCUMENT_NOT_FOUND = 'PROJECTS.DOCUMENT_NOT_FOUND',
  /** A bulk assignment file with problems (the report lists them by row and column); nothing was saved. */
  ASSIGNMENT_IMPORT_INVALID = 'PROJECTS.ASSIGNMENT_IMPORT_INVALID',
}
