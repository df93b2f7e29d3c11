import type { SyncRosterView } from '@orbita/enrollment/rpc';

/**
 * Our side of a school's reconciliation: its students in the current programme classes. Enrollment owns them
 * (the service binds `EnrollmentRoster`, which asks it); names are read when needed and never stored here.
 */
export interface StudentRoster {
  roster(schoolId: string): Promise<SyncRosterView>;
}

export const STUDENT_ROSTER = Symbol('STUDENT_ROSTER');
