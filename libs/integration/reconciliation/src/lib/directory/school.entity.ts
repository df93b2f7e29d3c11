import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Our school as the registry announces it, with its id on the Sirius.Schools platform (an org's sourcedId). */
@Entity('schools')
export class School {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { nullable: true })
  siriusId!: string | null;

  @Column('text')
  fullName!: string;

  @Column('text')
  shortName!: string;

  @Column('boolean')
  active!: boolean;
}
