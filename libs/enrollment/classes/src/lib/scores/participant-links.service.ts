import { Injectable } from '@nestjs/common';
import {
  EnrollmentErrorCode,
  type LinkParticipantCodeCommand,
  type UnlinkParticipantCodeCommand,
} from '@orbita/enrollment/rpc';
import type { EntityManager } from 'typeorm';
import { ProgrammeClass } from '../classes/programme-class.entity';
import type { SchoolScope } from '@orbita/auth';
import { FieldProblem, RecordNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership } from '../students/student.entity';
import { findStudent } from '../students/students.service';
import {
  DiagnosticWork,
  isTakenBy,
  IssuedParticipantCode,
  ParticipantLink,
  ParticipantScore,
} from './scores.entity';

/**
 * Links between students and the participant codes they wrote works under. A link reveals the code's
 * result, so it may name only a code of the student's own school, and never takes another student's.
 */
@Injectable()
export class ParticipantLinksService {
  constructor(private readonly store: EnrollmentStore) {}

  link(command: LinkParticipantCodeCommand, scope: SchoolScope): Promise<LinkParticipantCodeCommand> {
    return this.store.write(async ({ manager }) => {
      const student = await findStudent(manager, command.studentId, scope);
      const work = await manager.findOneBy(DiagnosticWork, { workId: command.workId });
      // A work the student's school does not take answers as an unknown one.
      if (!work || !isTakenBy(work, student.schoolId))
        throw new FieldProblem(
          EnrollmentErrorCode.UNKNOWN_WORK,
          422,
          'workId',
          `There is no diagnostic work ${command.workId}`,
        );
      if (!(await isCodeOfSchool(manager, command.workId, command.participantCode, student.schoolId)))
        throw new FieldProblem(
          EnrollmentErrorCode.PARTICIPANT_CODE_NOT_ISSUED,
          422,
          'participantCode',
          'Not a participant code issued to the student’s school for this work',
        );
      const grade = await gradeIn(manager, student.id, work.schoolYear);
      if (grade !== null && !work.grades.includes(grade))
        throw new FieldProblem(
          EnrollmentErrorCode.WORK_NOT_FOR_GRADE,
          422,
          'workId',
          `The work is for grade ${work.grades.join(', ')}; the student was in grade ${grade} that year`,
        );
      const holder = await manager.findOneBy(ParticipantLink, {
        workId: command.workId,
        participantCode: command.participantCode,
      });
      if (holder?.studentId === student.id) return command;
      if (holder)
        throw new FieldProblem(
          EnrollmentErrorCode.PARTICIPANT_CODE_TAKEN,
          409,
          'participantCode',
          'The participant code is linked to another student',
        );
      // The student's second code of the work, or a race: the constraints answer 409 (enrollment-errors).
      await manager.insert(ParticipantLink, {
        workId: command.workId,
        participantCode: command.participantCode,
        studentId: student.id,
      });
      return command;
    });
  }

  unlink(command: UnlinkParticipantCodeCommand, scope: SchoolScope): Promise<void> {
    return this.store.write(async ({ manager }) => {
      const student = await findStudent(manager, command.studentId, scope);
      const { affected } = await manager.delete(ParticipantLink, {
        workId: command.workId,
        studentId: student.id,
      });
      if (!affected)
        throw new RecordNotFound(
          EnrollmentErrorCode.LINK_NOT_FOUND,
          'participant code of the student in work',
          command.workId,
        );
    });
  }
}

/** Issued to the school, or (works with open codes, which are not issued) in the school's own protocol rows. */
async function isCodeOfSchool(
  manager: EntityManager,
  workId: string,
  participantCode: string,
  schoolId: string,
): Promise<boolean> {
  return (
    (await manager.existsBy(IssuedParticipantCode, { workId, participantCode, schoolId })) ||
    (await manager.existsBy(ParticipantScore, { workId, participantCode, schoolId }))
  );
}

/**
 * The student's grade in a school year, from their latest programme class (a grade a year); null for a
 * student in no class yet, such as a selection candidate.
 */
async function gradeIn(
  manager: EntityManager,
  studentId: string,
  schoolYear: number,
): Promise<number | null> {
  const latest = await manager
    .createQueryBuilder(ClassMembership, 'membership')
    .innerJoin(ProgrammeClass, 'class', 'class.id = membership.classId')
    .select('class.grade + (:schoolYear - membership.schoolYear)', 'grade')
    .where('membership.studentId = :studentId', { studentId, schoolYear })
    .orderBy('membership.schoolYear', 'DESC')
    .addOrderBy('membership.enrolledOn', 'DESC')
    .limit(1)
    .getRawOne<{ grade: number }>();
  return latest ? Number(latest.grade) : null;
}
