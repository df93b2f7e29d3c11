import type { EnrollmentBasisKind } from '@orbita/contracts';
import type { EnrollmentOrderView, Gender, MembershipView, StudentView } from '@orbita/enrollment/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string; scores have 2 decimals at most. */
const NUMERIC = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A student's minimal personal data: kept here only, never put in events. */
@Entity('students')
export class Student {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  surname!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  patronymic!: string | null;

  @Column('date')
  birthDate!: string;

  @Column('text', { nullable: true })
  gender!: Gender | null;

  @Column('text', { nullable: true })
  parentContact!: string | null;

  /** The student's id on the Sirius.Schools platform, set and cleared by the integration service's links. */
  @Column('text', { nullable: true })
  externalId!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;
}

/** An enrollment order (приказ о зачислении) of a school. */
@Entity('enrollment_orders')
export class EnrollmentOrder {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  number!: string;

  @Column('date')
  date!: string;

  @Column('text', { nullable: true })
  scanObject!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;
}

/** One stay of a student in a programme class; open while `endedOn` is null. */
@Entity('class_memberships')
export class ClassMembership {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  studentId!: string;

  @Column('uuid')
  classId!: string;

  @Column('smallint')
  schoolYear!: number;

  @Column('uuid')
  orderId!: string;

  @Column('date')
  enrolledOn!: string;

  @Column('text')
  basisKind!: EnrollmentBasisKind;

  @Column('numeric', { nullable: true, transformer: NUMERIC })
  basisScore!: number | null;

  @Column('numeric', { nullable: true, transformer: NUMERIC })
  basisThreshold!: number | null;

  @Column('integer', { nullable: true })
  basisRank!: number | null;

  @Column('date', { nullable: true })
  endedOn!: string | null;

  @Column('text', { nullable: true })
  endReason!: 'withdrawn' | 'transferred' | null;

  @Column('text', { nullable: true })
  reasonCode!: string | null;

  @Column('text', { nullable: true })
  reasonText!: string | null;
}

export const orderView = (order: EnrollmentOrder): EnrollmentOrderView => ({
  id: order.id,
  schoolId: order.schoolId,
  number: order.number,
  date: order.date,
  hasScan: order.scanObject !== null,
  createdAt: order.createdAt.toISOString(),
});

const membershipView = (membership: ClassMembership): MembershipView => ({
  classId: membership.classId,
  schoolYear: membership.schoolYear,
  orderId: membership.orderId,
  enrolledOn: membership.enrolledOn,
  basis: {
    kind: membership.basisKind,
    ...(membership.basisScore !== null && { score: membership.basisScore }),
    ...(membership.basisThreshold !== null && { threshold: membership.basisThreshold }),
    ...(membership.basisRank !== null && { rank: membership.basisRank }),
  },
  endedOn: membership.endedOn,
  endReason: membership.endReason,
  reasonCode: membership.reasonCode,
  reasonText: membership.reasonText,
});

export const studentView = (student: Student, memberships: ClassMembership[]): StudentView => ({
  id: student.id,
  schoolId: student.schoolId,
  surname: student.surname,
  name: student.name,
  patronymic: student.patronymic,
  birthDate: student.birthDate,
  gender: student.gender,
  parentContact: student.parentContact,
  externalId: student.externalId,
  memberships: memberships.map(membershipView),
  createdAt: student.createdAt.toISOString(),
});
