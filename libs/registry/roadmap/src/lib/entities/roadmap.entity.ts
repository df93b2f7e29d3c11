import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A programme's roadmap for one school year: its stages and dated activities. */
@Entity({ name: 'roadmaps' })
export class Roadmap {
  @PrimaryColumn('uuid')
  id!: string;

  /** The programme's code, e.g. `sirius_partner_schools`. */
  @Column('text')
  programmeCode!: string;

  /** By its first calendar year: 2024 is 2024/25. */
  @Column('int')
  schoolYear!: number;

  @Column('text')
  title!: string;

  @Column('boolean')
  approved!: boolean;

  /** The act that approved it, as written ("распоряжение … от 19.11.2024 № 1653"). */
  @Column('text', { nullable: true })
  approvedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
