import { Injectable } from '@nestjs/common';
import type { TrajectoryView } from '@orbita/enrollment/rpc';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { studentNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { Student } from '../students/student.entity';
import { DiagnosticWork, ParticipantLink, ParticipantScore } from './scores.entity';

/** A student's diagnostic works over time, joined by the participant codes linked to the student. */
@Injectable()
export class TrajectoryService {
  constructor(private readonly store: EnrollmentStore) {}

  get(studentId: string, scope: SchoolScope): Promise<TrajectoryView> {
    return this.store.read(async (manager) => {
      const student = await manager.findOneBy(Student, { id: studentId });
      if (!student || !withinScope(scope, student.schoolId)) throw studentNotFound(studentId);
      const rows = await manager
        .createQueryBuilder(ParticipantLink, 'link')
        .innerJoin(DiagnosticWork, 'work', 'work.workId = link.workId')
        .leftJoin(
          ParticipantScore,
          'score',
          'score.workId = link.workId AND score.participantCode = link.participantCode',
        )
        .select(['link.workId AS "workId"', 'link.participantCode AS "participantCode"'])
        .addSelect([
          'work.kind AS kind',
          'work.subject AS subject',
          'work.title AS title',
          'work.schoolYear AS "schoolYear"',
        ])
        .addSelect(`to_char(work.windowFrom, 'YYYY-MM-DD') AS "windowFrom"`)
        .addSelect('score.total AS total')
        .where('link.studentId = :studentId', { studentId })
        .orderBy('work.windowFrom', 'ASC')
        .addOrderBy('link.workId', 'ASC')
        .getRawMany<{
          workId: string;
          participantCode: string;
          kind: string;
          subject: string;
          title: string;
          schoolYear: number;
          windowFrom: string;
          total: string | null;
        }>();
      return {
        studentId,
        works: rows.map((row) => ({ ...row, total: row.total === null ? null : Number(row.total) })),
      };
    });
  }
}
