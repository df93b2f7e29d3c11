import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'roadmap_stages' })
export class RoadmapStage {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  roadmapId!: string;

  /** I … V in the roadmap document. */
  @Column('int')
  number!: number;

  @Column('text')
  title!: string;
}
