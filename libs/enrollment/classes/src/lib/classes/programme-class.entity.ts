import type { ClassDelivery, ClassTeacherV1 } from '@orbita/contracts';
import type { ProgrammeClassView, SubjectView } from '@orbita/enrollment/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A profile subject of the reference table. */
@Entity('subjects')
export class Subject implements SubjectView {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  title!: string;
}

/** A programme class (класс Проекта) of a school in a school year. */
@Entity('programme_classes')
export class ProgrammeClass {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  programmeCode!: string;

  @Column('smallint')
  schoolYear!: number;

  @Column('smallint')
  grade!: number;

  @Column('text')
  label!: string;

  @Column('text', { array: true })
  profileSubjects!: string[];

  @Column('text')
  delivery!: ClassDelivery;

  @Column('jsonb')
  teachers!: ClassTeacherV1[];

  @Column('integer')
  revision!: number;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}

export const classView = (record: ProgrammeClass, studentCount: number): ProgrammeClassView => ({
  id: record.id,
  schoolId: record.schoolId,
  programmeCode: record.programmeCode,
  schoolYear: record.schoolYear,
  grade: record.grade,
  label: record.label,
  profileSubjects: record.profileSubjects,
  delivery: record.delivery,
  teachers: record.teachers,
  studentCount,
  revision: record.revision,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
});
