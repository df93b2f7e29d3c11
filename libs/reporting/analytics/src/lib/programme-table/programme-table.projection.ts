import {
  CLASS_CHANGED_V1,
  CLASS_FORMED_V1,
  STUDENT_ENROLLED_V1,
  STUDENT_TRANSFERRED_V1,
  STUDENT_WITHDRAWN_V1,
  type ClassFormedV1,
  type StudentEnrolledV1,
  type StudentTransferredV1,
  type StudentWithdrawnV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { ANALYTICS_CONSUMER } from '../projection/analytics-consumer';

/** Read-model tables of the programme table; the rebuild empties them with the others. */
export const PROGRAMME_TABLE_TABLES = ['programme_classes', 'programme_students'] as const;

/**
 * How the programme table follows enrollment, on the `analytics` durable consumer: classes at their
 * highest revision, students by class. Every handler is idempotent (a repeat changes nothing); a
 * student's events come in order on their lane.
 */
export class ProgrammeTableProjection {
  @OnEvent(CLASS_FORMED_V1, ANALYTICS_CONSUMER)
  classFormed(programmeClass: ClassFormedV1, tx: EventContext) {
    return recordClass(programmeClass, tx);
  }

  @OnEvent(CLASS_CHANGED_V1, ANALYTICS_CONSUMER)
  classChanged(programmeClass: ClassFormedV1, tx: EventContext) {
    return recordClass(programmeClass, tx);
  }

  @OnEvent(STUDENT_ENROLLED_V1, ANALYTICS_CONSUMER)
  studentEnrolled(enrolled: StudentEnrolledV1, tx: EventContext) {
    return placeStudent(tx, enrolled.studentId, enrolled.classId);
  }

  @OnEvent(STUDENT_WITHDRAWN_V1, ANALYTICS_CONSUMER)
  studentWithdrawn(withdrawn: StudentWithdrawnV1, tx: EventContext) {
    return removeStudent(tx, withdrawn.studentId, withdrawn.classId);
  }

  @OnEvent(STUDENT_TRANSFERRED_V1, ANALYTICS_CONSUMER)
  async studentTransferred(transferred: StudentTransferredV1, tx: EventContext) {
    await removeStudent(tx, transferred.studentId, transferred.fromClassId);
    await placeStudent(tx, transferred.studentId, transferred.toClassId);
  }
}

/** An older revision arriving late never overwrites a newer one; the class keeps its earliest formation time. */
async function recordClass(programmeClass: ClassFormedV1, tx: EventContext): Promise<void> {
  const { manager, metadata } = tx;
  await manager.query(
    `INSERT INTO programme_classes (class_id, school_id, programme_code, school_year, grade, label, profile_subjects,
                                    delivery, teachers, revision, formed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9::jsonb, $10, $11)
     ON CONFLICT (class_id) DO UPDATE SET
       school_id = EXCLUDED.school_id, programme_code = EXCLUDED.programme_code, school_year = EXCLUDED.school_year,
       grade = EXCLUDED.grade, label = EXCLUDED.label, profile_subjects = EXCLUDED.profile_subjects,
       delivery = EXCLUDED.delivery, teachers = EXCLUDED.teachers, revision = EXCLUDED.revision
     WHERE programme_classes.revision < EXCLUDED.revision`,
    [
      programmeClass.classId,
      programmeClass.schoolId,
      programmeClass.programmeCode,
      programmeClass.schoolYear,
      programmeClass.grade,
      programmeClass.label,
      programmeClass.profileSubjects,
      programmeClass.delivery,
      JSON.stringify(programmeClass.teachers.map(({ personId, subject }) => ({ personId, subject }))),
      programmeClass.revision,
      metadata.occurredAt,
    ],
  );
  await manager.query('UPDATE programme_classes SET formed_at = $2 WHERE class_id = $1 AND formed_at > $2', [
    programmeClass.classId,
    metadata.occurredAt,
  ]);
}

async function placeStudent(tx: EventContext, studentId: string, classId: string): Promise<void> {
  await tx.manager.query(
    'INSERT INTO programme_students (class_id, student_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [classId, studentId],
  );
}

async function removeStudent(tx: EventContext, studentId: string, classId: string): Promise<void> {
  await tx.manager.query('DELETE FROM programme_students WHERE class_id = $1 AND student_id = $2', [
    classId,
    studentId,
  ]);
}
