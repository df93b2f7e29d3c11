import { Module } from '@nestjs/common';
import { ProgrammeClass, Subject } from './classes/programme-class.entity';
import { ClassesService } from './classes/classes.service';
import { Directory } from './directory/directory';
import { KnownPerson, KnownSchool } from './directory/directory.entity';
import { EnrollmentHandlers } from './enrollment.handlers';
import { ClassListImportService } from './import/class-list-import.service';
import { Enrollment1765300000000 } from './migrations/1765300000000-enrollment';
import { EnrollmentSelection1765300000001 } from './migrations/1765300000001-selection';
import { EnrollmentIssuedCodes1765300000002 } from './migrations/1765300000002-issued-codes';
import { EnrollmentDirectory1765300000003 } from './migrations/1765300000003-directory';
import { EnrollmentWorkSchools1765300000004 } from './migrations/1765300000004-work-schools';
import { EnrollmentStudentExternalIds1765300000005 } from './migrations/1765300000005-student-external-ids';
import { ParticipantLinksService } from './scores/participant-links.service';
import { ScoresProjection } from './scores/scores-projection';
import {
  DiagnosticWork,
  IssuedParticipantCode,
  ParticipantLink,
  ParticipantScore,
} from './scores/scores.entity';
import { TrajectoryService } from './scores/trajectory.service';
import { SelectionCampaign, SelectionCandidate } from './selection/selection.entity';
import { SelectionService } from './selection/selection.service';
import { StudentLinksProjection } from './sirius-schools/student-links.projection';
import { SyncRosterHandlers } from './sirius-schools/sync-roster.handlers';
import { EnrollmentStore } from './shared/enrollment-store';
import { ClassMembership, EnrollmentOrder, Student } from './students/student.entity';
import { StudentsService } from './students/students.service';

/** The tables and migrations, for the service definition. */
export const ENROLLMENT_ENTITIES = [
  Subject,
  ProgrammeClass,
  Student,
  EnrollmentOrder,
  ClassMembership,
  DiagnosticWork,
  ParticipantScore,
  ParticipantLink,
  IssuedParticipantCode,
  SelectionCampaign,
  SelectionCandidate,
  KnownSchool,
  KnownPerson,
];
export const ENROLLMENT_MIGRATIONS = [
  Enrollment1765300000000,
  EnrollmentSelection1765300000001,
  EnrollmentIssuedCodes1765300000002,
  EnrollmentDirectory1765300000003,
  EnrollmentWorkSchools1765300000004,
  EnrollmentStudentExternalIds1765300000005,
];

/**
 * Programme classes, students, enrollment orders, selection campaigns, trajectories (from assessments'
 * scores), and the students' side of the Sirius.Schools links (the roster, their external ids).
 */
@Module({
  providers: [
    EnrollmentStore,
    ClassesService,
    StudentsService,
    ClassListImportService,
    SelectionService,
    TrajectoryService,
    ParticipantLinksService,
    Directory,
    ScoresProjection,
    EnrollmentHandlers,
    SyncRosterHandlers,
    StudentLinksProjection,
  ],
  exports: [ClassesService, StudentsService],
})
export class EnrollmentClassesModule {}
