import type { CriteriaSet } from '@orbita/projects/studio-credit';
import type { StudioCriteria, StudioCycleView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The studios' project cycle of a school year: its application window and regional-credit criteria. */
@Entity('studio_cycles')
export class StudioCycle {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('smallint')
  schoolYear!: number;

  @Column('date')
  applicationsOpenOn!: string;

  @Column('date')
  applicationsCloseOn!: string;

  /** Always a set `validateCriteria` found valid. */
  @Column('jsonb')
  criteria!: CriteriaSet;

  @Column('smallint')
  leaderCount!: number;

  /** Set once: the ranking is published, the criteria and facts frozen. */
  @Column('timestamptz', { nullable: true })
  rankingPublishedAt!: Date | null;
}

export const studioCycleView = (cycle: StudioCycle): StudioCycleView => ({
  id: cycle.id,
  schoolYear: cycle.schoolYear,
  applicationsOpenOn: cycle.applicationsOpenOn,
  applicationsCloseOn: cycle.applicationsCloseOn,
  // The stored set is the validated one: the contract's class only documents its shape.
  criteria: cycle.criteria as StudioCriteria,
  leaderCount: cycle.leaderCount,
  rankingPublishedAt: cycle.rankingPublishedAt?.toISOString() ?? null,
});
