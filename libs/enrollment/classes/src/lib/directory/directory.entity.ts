import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A school of the registry, from `registry.school.*` events: records may name only these. */
@Entity('known_schools')
export class KnownSchool {
  @PrimaryColumn('uuid')
  schoolId!: string;
}

/** A person of the registry and their organisation (ids only), from `registry.person.*` events. */
@Entity('known_people')
export class KnownPerson {
  @PrimaryColumn('uuid')
  personId!: string;

  /** Their school, when their organisation is one; null for the regional centre and partners. */
  @Column('uuid', { nullable: true })
  schoolId!: string | null;
}
