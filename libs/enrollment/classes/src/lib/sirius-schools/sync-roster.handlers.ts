import { Injectable, Logger } from '@nestjs/common';
import { withinScope, type Actor, type SchoolScope } from '@orbita/auth';
import { demoSeedDay, schoolYearOf } from '@orbita/contracts';
import { ENROLLMENT_RPC, type SyncRosterQuery, type SyncRosterView } from '@orbita/enrollment/rpc';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { ProgrammeClass } from '../classes/programme-class.entity';
import { Directory } from '../directory/directory';
import { schoolNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership, Student } from '../students/student.entity';

/** A row of the roster query: a student with their current programme class. */
interface RosterRow {
  studentId: string;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string;
  externalId: string | null;
  classId: string;
  classLabel: string;
  grade: number;
}

/**
 * A school's roster for the integration service's reconciliation with the Sirius.Schools platform: the
 * students in its programme classes of the current school year (the region's calendar), with what
 * matching needs. A read of children's personal data, so each one is logged (who asked, which school, how
 * many; never a name).
 */
@Injectable()
export class SyncRosterHandlers {
  private readonly logger = new Logger(SyncRosterHandlers.name);

  constructor(
    private readonly store: EnrollmentStore,
    private readonly directory: Directory,
  ) {}

  @RpcHandler(ENROLLMENT_RPC.listSyncRoster)
  async listSyncRoster(
    { schoolId }: SyncRosterQuery,
    actor: Actor,
    scope: SchoolScope,
    { caller }: RpcContext,
  ): Promise<SyncRosterView> {
    if (!withinScope(scope, schoolId)) throw schoolNotFound(schoolId);
    await this.directory.requireSchool(schoolId);
    const schoolYear = schoolYearOf(demoSeedDay());
    const rows = await this.store.read((manager) =>
      manager
        .createQueryBuilder(ClassMembership, 'membership')
        .innerJoin(ProgrammeClass, 'programmeClass', 'programmeClass.id = membership.classId')
        .innerJoin(Student, 'student', 'student.id = membership.studentId')
        .select([
          'student.id AS "studentId"',
          'student.surname AS "surname"',
          'student.name AS "name"',
          'student.patronymic AS "patronymic"',
          `to_char(student.birthDate, 'YYYY-MM-DD') AS "birthDate"`,
          'student.externalId AS "externalId"',
          'programmeClass.id AS "classId"',
          'programmeClass.label AS "classLabel"',
          'programmeClass.grade AS "grade"',
        ])
        .where('programmeClass.schoolId = :schoolId AND student.schoolId = :schoolId', { schoolId })
        .andWhere('membership.schoolYear = :schoolYear AND membership.endedOn IS NULL', { schoolYear })
        .orderBy('programmeClass.grade')
        .addOrderBy('programmeClass.label')
        .addOrderBy('student.surname')
        .addOrderBy('student.name')
        .addOrderBy('student.id')
        .getRawMany<RosterRow>(),
    );
    this.logger.log(
      {
        personalDataRead: 'sync-roster',
        caller: caller ?? actor.userId,
        schoolId,
        schoolYear,
        students: rows.length,
      },
      'A school’s roster read for reconciliation',
    );
    return { schoolId, schoolYear, students: rows.map((row) => ({ ...row, grade: Number(row.grade) })) };
  }
}
