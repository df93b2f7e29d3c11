import type { PersonRole } from '@orbita/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A registry person as the notifications service knows them from `registry.person.*` events: whom to
 * notify and where to write. No names (the events carry none).
 */
@Entity({ name: 'known_people' })
export class KnownPerson {
  @PrimaryColumn('uuid')
  personId!: string;

  @Column('uuid')
  organisationId!: string;

  /** Their organisation when it is a school. */
  @Column('uuid', { nullable: true })
  schoolId!: string | null;

  @Column('text', { array: true })
  roles!: PersonRole[];

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean')
  active!: boolean;

  /** The registry record's version: an older event never overwrites a newer one. */
  @Column('int')
  version!: number;
}

/** A school's names, for the text of notifications. */
@Entity({ name: 'known_schools' })
export class KnownSchool {
  @PrimaryColumn('uuid')
  schoolId!: string;

  @Column('text')
  shortName!: string;

  @Column('text')
  fullName!: string;

  @Column('boolean')
  active!: boolean;

  @Column('int')
  version!: number;
}

/** A diagnostic work's title (latest published version), for the text of notifications. */
@Entity({ name: 'known_works' })
export class KnownWork {
  @PrimaryColumn('uuid')
  workId!: string;

  @Column('text')
  title!: string;

  @Column('int')
  version!: number;
}

/** A school's part in a programme in a school year: who "participating schools" are for roadmap reminders. */
@Entity({ name: 'school_participations' })
export class SchoolParticipation {
  @PrimaryColumn('uuid')
  participationId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  programmeCode!: string;

  @Column('int')
  schoolYear!: number;

  @Column('boolean')
  active!: boolean;
}

export const DIRECTORY_ENTITIES = [KnownPerson, KnownSchool, KnownWork, SchoolParticipation];
