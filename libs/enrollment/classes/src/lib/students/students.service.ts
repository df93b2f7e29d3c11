import { Injectable } from '@nestjs/common';
import {
  STUDENT_ENROLLED_V1,
  STUDENT_TRANSFERRED_V1,
  STUDENT_WITHDRAWN_V1,
  type Page,
} from '@orbita/contracts';
import {
  EnrollmentErrorCode,
  STUDENT_SORT_FIELDS,
  type CreateOrderCommand,
  type EnrollmentBasis,
  type EnrollmentOrderView,
  type EnrollStudentCommand,
  type ListOrdersQuery,
  type ListStudentsQuery,
  type StudentPersonalData,
  type StudentView,
  type TransferStudentCommand,
  type WithdrawStudentCommand,
} from '@orbita/enrollment/rpc';
import type { TransactionContext } from '@orbita/messaging';
import { findPage, type PageSpec } from '@orbita/persistence';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { findClass } from '../classes/classes.service';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { FieldProblem, orderNotFound, studentNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership, EnrollmentOrder, orderView, Student, studentView } from './student.entity';

const STUDENT_PAGE: PageSpec = {
  sortable: {
    surname: 'student.surname',
    birthDate: 'student.birthDate',
    createdAt: 'student.createdAt',
    id: 'student.id',
  } satisfies Record<(typeof STUDENT_SORT_FIELDS)[number], string>,
  defaultSort: 'surname,id',
  searchable: ['student.surname', 'student.name'],
};

const ORDER_PAGE: PageSpec = {
  sortable: { date: 'enrollmentOrder.date', id: 'enrollmentOrder.id' },
  defaultSort: '-date,id',
  searchable: ['enrollmentOrder.number'],
};

/**
 * Students, enrollment orders and class memberships. A student is in at most one programme class per
 * school year (the database has the last word); events carry ids only, never names.
 */
@Injectable()
export class StudentsService {
  constructor(private readonly store: EnrollmentStore) {}

  list(query: ListStudentsQuery, scope: SchoolScope): Promise<Page<StudentView>> {
    return this.store.read(async (manager) => {
      const builder = manager.createQueryBuilder(Student, 'student');
      if (scope !== null) builder.andWhere('student.schoolId = :scope', { scope });
      if (query.schoolId) builder.andWhere('student.schoolId = :schoolId', { schoolId: query.schoolId });
      if (query.classId)
        builder.andWhere(
          'EXISTS (SELECT 1 FROM class_memberships m WHERE m.student_id = student.id AND m.class_id = :classId AND m.ended_on IS NULL)',
          { classId: query.classId },
        );
      const page = await findPage(builder, query, STUDENT_PAGE);
      const memberships = await membershipsOf(
        manager,
        page.items.map((student) => student.id),
      );
      return {
        ...page,
        items: page.items.map((student) => studentView(student, memberships.get(student.id) ?? [])),
      };
    });
  }

  get(id: string, scope: SchoolScope): Promise<StudentView> {
    return this.store.read(async (manager) => {
      const student = await findStudent(manager, id, scope);
      return studentView(student, (await membershipsOf(manager, [id])).get(id) ?? []);
    });
  }

  create(data: StudentPersonalData, schoolId: string): Promise<StudentView> {
    return this.store.write(async (tx) =>
      studentView(await tx.manager.save(newStudent(tx.manager, data, schoolId)), []),
    );
  }

  createOrder(command: CreateOrderCommand, schoolId: string): Promise<EnrollmentOrderView> {
    return this.store.write(async (tx) =>
      orderView(
        await tx.manager.save(
          tx.manager.create(EnrollmentOrder, {
            id: randomUUID(),
            schoolId,
            number: command.number,
            date: command.date,
            scanObject: command.scanObject ?? null,
          }),
        ),
      ),
    );
  }

  listOrders(query: ListOrdersQuery, scope: SchoolScope): Promise<Page<EnrollmentOrderView>> {
    return this.store.read(async (manager) => {
      const builder = manager.createQueryBuilder(EnrollmentOrder, 'enrollmentOrder');
      if (scope !== null) builder.andWhere('enrollmentOrder.schoolId = :scope', { scope });
      if (query.schoolId)
        builder.andWhere('enrollmentOrder.schoolId = :schoolId', { schoolId: query.schoolId });
      const page = await findPage(builder, query, ORDER_PAGE);
      return { ...page, items: page.items.map(orderView) };
    });
  }

  enroll(command: EnrollStudentCommand, scope: SchoolScope): Promise<StudentView> {
    return this.store.write(async (tx) => {
      await enrollIn(tx, command, scope);
      const student = await tx.manager.findOneByOrFail(Student, { id: command.studentId });
      return studentView(student, (await membershipsOf(tx.manager, [student.id])).get(student.id) ?? []);
    });
  }

  withdraw(command: WithdrawStudentCommand, scope: SchoolScope): Promise<StudentView> {
    return this.store.write(async (tx) => {
      const student = await findStudent(tx.manager, command.studentId, scope);
      const membership = await currentMembership(tx.manager, student.id, command.schoolYear);
      Object.assign(membership, {
        endedOn: command.withdrawnOn,
        endReason: 'withdrawn',
        reasonCode: command.reasonCode,
        reasonText: command.reasonText ?? null,
      });
      await tx.manager.save(membership);
      tx.publish(
        STUDENT_WITHDRAWN_V1,
        {
          studentId: student.id,
          classId: membership.classId,
          schoolId: student.schoolId,
          withdrawnOn: command.withdrawnOn,
          reasonCode: command.reasonCode,
        },
        { aggregateId: student.id },
      );
      return studentView(student, (await membershipsOf(tx.manager, [student.id])).get(student.id) ?? []);
    });
  }

  /**
   * Moves a student to another class, possibly at another school (the receiving school's order): the
   * record follows the student, the old membership ends as transferred. The caller must see both schools.
   */
  transfer(command: TransferStudentCommand, scope: SchoolScope): Promise<StudentView> {
    return this.store.write(async (tx) => {
      const student = await findStudent(tx.manager, command.studentId, scope);
      const target = await findClass(tx.manager, command.toClassId, scope);
      const order = await findOrder(tx.manager, command.orderId, scope);
      requireSameSchool(target.schoolId, order.schoolId);
      const membership = await currentMembership(tx.manager, student.id, target.schoolYear);
      const from = await findClass(tx.manager, membership.classId, null);
      Object.assign(membership, { endedOn: command.transferredOn, endReason: 'transferred' });
      await tx.manager.save(membership);
      await openMembership(
        tx.manager,
        student.id,
        target.id,
        target.schoolYear,
        order.id,
        command.transferredOn,
        { kind: 'transfer' },
      );
      if (student.schoolId !== target.schoolId)
        await tx.manager.update(Student, { id: student.id }, { schoolId: target.schoolId });
      tx.publish(
        STUDENT_TRANSFERRED_V1,
        {
          studentId: student.id,
          fromClassId: from.id,
          fromSchoolId: from.schoolId,
          toClassId: target.id,
          toSchoolId: target.schoolId,
          transferredOn: command.transferredOn,
        },
        { aggregateId: student.id },
      );
      const moved = await tx.manager.findOneByOrFail(Student, { id: student.id });
      return studentView(moved, (await membershipsOf(tx.manager, [student.id])).get(student.id) ?? []);
    });
  }
}

export function newStudent(manager: EntityManager, data: StudentPersonalData, schoolId: string): Student {
  return manager.create(Student, {
    id: randomUUID(),
    schoolId,
    surname: data.surname,
    name: data.name,
    patronymic: data.patronymic ?? null,
    birthDate: data.birthDate,
    gender: data.gender ?? null,
    parentContact: data.parentContact ?? null,
    externalId: null,
  });
}

export async function findStudent(manager: EntityManager, id: string, scope: SchoolScope): Promise<Student> {
  const student = await manager.findOneBy(Student, { id });
  if (!student || !withinScope(scope, student.schoolId)) throw studentNotFound(id);
  return student;
}

export async function findOrder(
  manager: EntityManager,
  id: string,
  scope: SchoolScope,
): Promise<EnrollmentOrder> {
  const order = await manager.findOneBy(EnrollmentOrder, { id });
  if (!order || !withinScope(scope, order.schoolId)) throw orderNotFound(id);
  return order;
}

async function currentMembership(
  manager: EntityManager,
  studentId: string,
  schoolYear: number,
): Promise<ClassMembership> {
  const membership = await manager.findOne(ClassMembership, {
    where: { studentId, schoolYear, endedOn: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
  if (!membership)
    throw new FieldProblem(
      EnrollmentErrorCode.NOT_ENROLLED,
      409,
      'studentId',
      `The student is in no programme class in ${schoolYear}/${(schoolYear + 1) % 100}`,
    );
  return membership;
}

export function requireSameSchool(...schoolIds: string[]): void {
  if (new Set(schoolIds).size > 1)
    throw new FieldProblem(
      EnrollmentErrorCode.SCHOOL_MISMATCH,
      409,
      'orderId',
      'The order, the class and the student must be of the same school',
    );
}

async function membershipsOf(
  manager: EntityManager,
  studentIds: string[],
): Promise<Map<string, ClassMembership[]>> {
  const byStudent = new Map<string, ClassMembership[]>();
  if (studentIds.length === 0) return byStudent;
  const rows = await manager.find(ClassMembership, {
    where: { studentId: In(studentIds) },
    order: { enrolledOn: 'ASC' },
  });
  for (const row of rows) byStudent.set(row.studentId, [...(byStudent.get(row.studentId) ?? []), row]);
  return byStudent;
}

/**
 * Enrolls a student in a class by an order inside the caller's transaction (one class per school year)
 * and publishes `enrollment.student.enrolled.v1`: ids and the basis, never a name.
 */
export async function enrollIn(
  tx: TransactionContext,
  command: EnrollStudentCommand,
  scope: SchoolScope,
): Promise<void> {
  const student = await findStudent(tx.manager, command.studentId, scope);
  const target = await findClass(tx.manager, command.classId, scope);
  const order = await findOrder(tx.manager, command.orderId, scope);
  requireSameSchool(student.schoolId, target.schoolId, order.schoolId);
  requireSoundBasis(command.basis);
  await openMembership(
    tx.manager,
    student.id,
    target.id,
    target.schoolYear,
    order.id,
    command.enrolledOn,
    command.basis,
  );
  tx.publish(
    STUDENT_ENROLLED_V1,
    {
      studentId: student.id,
      classId: target.id,
      schoolId: target.schoolId,
      schoolYear: target.schoolYear,
      enrolledOn: command.enrolledOn,
      orderId: order.id,
      basis: command.basis,
    },
    { aggregateId: student.id },
  );
}

/** The evidence an enrollment rests on must hold: a score is never negative, nor below its own threshold. */
function requireSoundBasis({ score, threshold }: EnrollmentBasis): void {
  const problem = (field: string, message: string) =>
    new FieldProblem(EnrollmentErrorCode.BASIS_INVALID, 422, `basis.${field}`, message);
  if (score != null && score < 0) throw problem('score', 'A score cannot be negative');
  if (threshold != null && threshold < 0) throw problem('threshold', 'A threshold cannot be negative');
  if (score != null && threshold != null && score < threshold)
    throw problem('score', 'The score is below the threshold: the basis does not support enrollment');
}

async function openMembership(
  manager: EntityManager,
  studentId: string,
  classId: string,
  schoolYear: number,
  orderId: string,
  enrolledOn: string,
  basis: EnrollmentBasis,
): Promise<void> {
  if (await manager.existsBy(ClassMembership, { studentId, schoolYear, endedOn: IsNull() }))
    throw new FieldProblem(
      EnrollmentErrorCode.ALREADY_ENROLLED,
      409,
      'studentId',
      'The student is already in a programme class this school year',
    );
  await manager.insert(ClassMembership, {
    id: randomUUID(),
    studentId,
    classId,
    schoolYear,
    orderId,
    enrolledOn,
    basisKind: basis.kind,
    basisScore: basis.score ?? null,
    basisThreshold: basis.threshold ?? null,
    basisRank: basis.rank ?? null,
  });
}
