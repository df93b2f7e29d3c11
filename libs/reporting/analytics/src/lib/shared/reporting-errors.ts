import { CodedException } from '@orbita/observability';

export enum ReportingErrorCode {
  WORK_NOT_FOUND = 'REPORTING.WORK_NOT_FOUND',
  SCHOOL_NOT_FOUND = 'REPORTING.SCHOOL_NOT_FOUND',
  PROGRESS_NOT_AVAILABLE = 'REPORTING.PROGRESS_NOT_AVAILABLE',
}

/** 404: reporting has not heard of the work (its blueprint event has not arrived, or it does not exist). */
export class WorkNotFound extends CodedException<ReportingErrorCode.WORK_NOT_FOUND> {
  constructor(workId: string) {
    super(ReportingErrorCode.WORK_NOT_FOUND, 404, `There are no analytics for work ${workId}`, [
      { field: 'workId', message: 'no such diagnostic work in reporting' },
    ]);
  }
}

/**
 * 404: the school neither takes the work nor has figures for it, or it lies outside the caller's school
 * (the two answer alike, so a school cannot learn what another holds).
 */
export class SchoolNotFound extends CodedException<ReportingErrorCode.SCHOOL_NOT_FOUND> {
  constructor(workId: string, schoolId: string) {
    super(
      ReportingErrorCode.SCHOOL_NOT_FOUND,
      404,
      `There are no analytics of school ${schoolId} for work ${workId}`,
      [{ field: 'schoolId', message: 'no analytics of this school for the work' }],
    );
  }
}

/** 404: no intermediate or no final work of that subject, grade and school year has been published. */
export class ProgressNotAvailable extends CodedException<ReportingErrorCode.PROGRESS_NOT_AVAILABLE> {
  constructor(missing: 'intermediate' | 'final', subject: string, grade: number, schoolYear: number) {
    const message = `There is no ${missing} work of ${subject}, grade ${grade}, school year ${schoolYear}/${(schoolYear + 1) % 100}`;
    super(ReportingErrorCode.PROGRESS_NOT_AVAILABLE, 404, message, [{ field: 'subject', message }]);
  }
}
