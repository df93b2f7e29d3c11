import { Injectable } from '@nestjs/common';
import { CLASS_CHANGED_V1, CLASS_FORMED_V1, type Page } from '@orbita/contracts';
import {
  CLASS_SORT_FIELDS,
  EnrollmentErrorCode,
  type CreateClassCommand,
  type CreateSubjectCommand,
  type ListClassesQuery,
  type ProgrammeClassFields,
  type ProgrammeClassView,
  type SubjectView,
  type UpdateClassCommand,
} from '@orbita/enrollment/rpc';
import type { TransactionContext } from '@orbita/messaging';
import { findPage, type PageSpec } from '@orbita/persistence';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { classNotFound, FieldProblem } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership } from '../students/student.entity';
import { classView, ProgrammeClass, Subject } from './programme-class.entity';

const CLASS_PAGE: PageSpec = {
  sortable: {
    schoolYear: 'class.schoolYear',
    grade: 'class.grade',
    label: 'class.label',
    createdAt: 'class.createdAt',
    id: 'class.id',
  } satisfies Record<(typeof CLASS_SORT_FIELDS)[number], string>,
  defaultSort: '-schoolYear,grade,label,id',
  searchable: ['class.label'],
};

/** Programme classes and the reference table of profile subjects; every change goes out through the outbox. */
@Injectable()
export class ClassesService {
  constructor(private readonly store: EnrollmentStore) {}

  listSubjects(): Promise<SubjectView[]> {
    return this.store.read((manager) => manager.find(Subject, { order: { code: 'ASC' } }));
  }

  createSubject(command: CreateSubjectCommand): Promise<SubjectView> {
    return this.store.write(async (tx) => {
      if (await tx.manager.existsBy(Subject, { code: command.code }))
        throw new FieldProblem(
          EnrollmentErrorCode.DUPLICATE_SUBJECT,
          409,
          'code',
          'A subject with this code already exists',
        );
      return tx.manager.save(tx.manager.create(Subject, { code: command.code, title: command.title }));
    });
  }

  list(query: ListClassesQuery, scope: SchoolScope): Promise<Page<ProgrammeClassView>> {
    return this.store.read(async (manager) => {
      const builder = manager.createQueryBuilder(ProgrammeClass, 'class');
      if (scope !== null) builder.andWhere('class.schoolId = :scope', { scope });
      if (query.schoolId) builder.andWhere('class.schoolId = :schoolId', { schoolId: query.schoolId });
      if (query.schoolYear !== undefined)
        builder.andWhere('class.schoolYear = :schoolYear', { schoolYear: query.schoolYear });
      if (query.grade !== undefined) builder.andWhere('class.grade = :grade', { grade: query.grade });
      if (query.programmeCode)
        builder.andWhere('class.programmeCode = :programmeCode', { programmeCode: query.programmeCode });
      if (query.subject)
        builder.andWhere(':subject = ANY(class.profileSubjects)', { subject: query.subject });
      const page = await findPage(builder, query, CLASS_PAGE);
      const counts = await studentCounts(
        manager,
        page.items.map((item) => item.id),
      );
      return { ...page, items: page.items.map((item) => classView(item, counts.get(item.id) ?? 0)) };
    });
  }

  get(id: string, scope: SchoolScope): Promise<ProgrammeClassView> {
    return this.store.read(async (manager) => {
      const record = await findClass(manager, id, scope);
      return classView(record, (await studentCounts(manager, [id])).get(id) ?? 0);
    });
  }

  create(command: CreateClassCommand, schoolId: string): Promise<ProgrammeClassView> {
    return this.store.write(async (tx) => {
      await requireKnownSubjects(tx.manager, command);
      const record = await tx.manager.save(
        tx.manager.create(ProgrammeClass, { id: randomUUID(), schoolId, ...describe(command), revision: 1 }),
      );
      publish(tx, 'formed', record);
      return classView(record, 0);
    });
  }

  update(command: UpdateClassCommand, scope: SchoolScope): Promise<ProgrammeClassView> {
    return this.store.write(async (tx) => {
      const record = await findClass(tx.manager, command.id, scope, true);
      if (command.expectedRevision !== undefined && command.expectedRevision !== record.revision) {
        const message = `The class changed since revision ${command.expectedRevision} (now ${record.revision}): read it again`;
        throw new FieldProblem(EnrollmentErrorCode.STALE_REVISION, 409, 'expectedRevision', message);
      }
      await requireKnownSubjects(tx.manager, command);
      const studentCount = (await studentCounts(tx.manager, [record.id])).get(record.id) ?? 0;
      if (command.schoolYear !== record.schoolYear && studentCount > 0) {
        const message =
          'The class has students: their enrollment belongs to its school year, which therefore cannot change';
        throw new FieldProblem(EnrollmentErrorCode.CLASS_HAS_STUDENTS, 409, 'schoolYear', message);
      }
      Object.assign(record, describe(command), { revision: record.revision + 1, updatedAt: new Date() });
      await tx.manager.save(record);
      publish(tx, 'changed', record);
      return classView(record, studentCount);
    });
  }
}

/** The class, if the caller's school may see it; another school's class answers 404 like a missing one. */
export async function findClass(
  manager: EntityManager,
  id: string,
  scope: SchoolScope,
  forUpdate = false,
): Promise<ProgrammeClass> {
  const record = await manager.findOne(ProgrammeClass, {
    where: { id },
    ...(forUpdate && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!record || !withinScope(scope, record.schoolId)) throw classNotFound(id);
  return record;
}

/** Students in each class now (open memberships). */
async function studentCounts(manager: EntityManager, classIds: string[]): Promise<Map<string, number>> {
  if (classIds.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder(ClassMembership, 'membership')
    .select('membership.classId', 'classId')
    .addSelect('count(*)::int', 'count')
    .where({ classId: In(classIds), endedOn: IsNull() })
    .groupBy('membership.classId')
    .getRawMany<{ classId: string; count: number }>();
  return new Map(rows.map((row) => [row.classId, row.count]));
}

async function requireKnownSubjects(manager: EntityManager, fields: ProgrammeClassFields): Promise<void> {
  const codes = [...fields.profileSubjects, ...fields.teachers.map((teacher) => teacher.subject)];
  const known = new Set((await manager.findBy(Subject, { code: In(codes) })).map((subject) => subject.code));
  const unknown = [...new Set(codes)].filter((code) => !known.has(code));
  if (unknown.length > 0) {
    const message = `Unknown subject code(s): ${unknown.join(', ')}; the regional centre adds subjects to the reference table`;
    const field = fields.profileSubjects.some((code) => !known.has(code)) ? 'profileSubjects' : 'teachers';
    throw new FieldProblem(EnrollmentErrorCode.UNKNOWN_SUBJECT, 400, field, message);
  }
}

const describe = (fields: ProgrammeClassFields) => ({
  programmeCode: fields.programmeCode,
  schoolYear: fields.schoolYear,
  grade: fields.grade,
  label: fields.label,
  profileSubjects: fields.profileSubjects,
  delivery: fields.delivery,
  teachers: fields.teachers.map(({ personId, subject }) => ({ personId, subject })),
});

function publish(tx: TransactionContext, change: 'formed' | 'changed', record: ProgrammeClass): void {
  tx.publish(
    change === 'formed' ? CLASS_FORMED_V1 : CLASS_CHANGED_V1,
    { classId: record.id, schoolId: record.schoolId, ...describe(record), revision: record.revision },
    { aggregateId: record.id },
  );
}
