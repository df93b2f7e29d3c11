import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A school's work sent from the school stage to the season's final. */
@Entity('nominations')
export class Nomination {
  @PrimaryColumn('uuid')
  workId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('uuid')
  finalStageId!: string;

  @Column('timestamptz', { default: () => 'now()' })
  nominatedAt!: Date;
}
