import type { RubricCriterion, RubricVersionView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A version of a stage's evaluation sheet criteria (лист экспертной оценки); the highest is in force. */
@Entity('rubric_versions')
export class RubricVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  stageId!: string;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  criteria!: RubricCriterion[];

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;
}

export const rubricVersionView = (rubric: RubricVersion, frozen: boolean): RubricVersionView => ({
  id: rubric.id,
  stageId: rubric.stageId,
  version: rubric.version,
  criteria: rubric.criteria,
  frozen,
  createdAt: rubric.createdAt.toISOString(),
});
