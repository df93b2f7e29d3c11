import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A document an activity is expected to yield; evidence is attached to one of these. */
@Entity({ name: 'roadmap_deliverables' })
export class RoadmapDeliverable {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  activityId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  title!: string;
}
