import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person of the registry and their organisation (ids only), from `registry.person.*` events. */
@Entity('known_people')
export class KnownPerson {
  @PrimaryColumn('uuid')
  personId!: string;

  @Column('uuid')
  organisationId!: string;

  /** Their school, when their organisation is one. */
  @Column('uuid', { nullable: true })
  schoolId!: string | null;
}

/** A student's school (ids only), from enrollment's `enrollment.student.*` events. */
@Entity('known_students')
export class KnownStudent {
  @PrimaryColumn('uuid')
  studentId!: string;

  @Column('uuid')
  schoolId!: string;
}
