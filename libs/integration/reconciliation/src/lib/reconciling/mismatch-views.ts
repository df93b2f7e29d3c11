import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MismatchView, OurStudentView, PlatformPersonView } from '@orbita/integration/rpc';
import type { EntityManager } from 'typeorm';
import type { School } from '../directory/school.entity';
import { STUDENT_ROSTER, type StudentRoster } from '../student-roster';
import { platformStudents } from './platform-students';
import type { Mismatch } from './reconciliation.entities';

/**
 * Mismatches as the report shows them, with both sides' names: the platform's from its stored records, ours
 * from enrollment at read time (never kept here). Each read is logged with the school and counts, no names.
 */
@Injectable()
export class MismatchViews {
  private readonly logger = new Logger('MismatchReport');

  constructor(@Inject(STUDENT_ROSTER) private readonly students: StudentRoster) {}

  async of(manager: EntityManager, school: School, rows: readonly Mismatch[]): Promise<MismatchView[]> {
    if (rows.length === 0) return [];
    const externalIds = [...new Set(rows.flatMap((row) => row.externalIds))];
    const platform = new Map<string, PlatformPersonView>(
      (externalIds.length ? await platformStudents(manager, school.siriusId ?? '', { externalIds }) : []).map(
        (person) => [person.externalId, person],
      ),
    );
    const ours = new Map<string, OurStudentView>();
    if (rows.some((row) => row.studentId))
      for (const student of (await this.students.roster(school.id)).students)
        ours.set(student.studentId, {
          studentId: student.studentId,
          surname: student.surname,
          name: student.name,
          patronymic: student.patronymic,
          birthDate: student.birthDate,
          classLabel: student.classLabel,
          grade: student.grade,
        });
    const views = rows.map((row): MismatchView => ({
      id: row.id,
      schoolId: row.schoolId,
      kind: row.kind,
      status: row.status,
      confidence: row.confidence,
      reason: row.reason,
      platform: row.externalIds.flatMap((externalId) => platform.get(externalId) ?? []),
      student: (row.studentId && ours.get(row.studentId)) || null,
      detectedAt: row.detectedAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
      comment: row.comment,
    }));
    this.logger.log({
      msg: 'personal data read: mismatch report',
      schoolId: school.id,
      mismatches: views.length,
      platformPeople: views.reduce((sum, view) => sum + view.platform.length, 0),
      students: views.filter((view) => view.student).length,
    });
    return views;
  }
}
