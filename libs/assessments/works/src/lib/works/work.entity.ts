import type { PerformanceLevelV1, WorkKind, WorkTaskV1 } from '@orbita/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NUMERIC } from '@orbita/assessments/core';

/** A diagnostic work: its identity and which of its blueprint versions is current (the latest). */
@Entity('works')
export class Work {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('integer')
  currentVersion!: number;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}

/**
 * One published version of a work's blueprint. While no protocol refers to it (`protocolCount` 0) it may
 * be changed in place (each change bumps `revision`); after that, only a new version changes the work.
 */
@Entity('work_versions')
export class WorkVersion {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column('text')
  kind!: WorkKind;

  @Column('text')
  title!: string;

  @Column('text')
  subject!: string;

  @Column('smallint', { array: true })
  grades!: number[];

  @Column('smallint')
  schoolYear!: number;

  @Column('date')
  windowFrom!: string;

  @Column('date')
  windowTo!: string;

  @Column('jsonb')
  tasks!: WorkTaskV1[];

  @Column('jsonb')
  levels!: PerformanceLevelV1[];

  @Column('uuid', { array: true })
  schoolIds!: string[];

  @Column('boolean')
  openCodes!: boolean;

  @Column('numeric', { transformer: NUMERIC })
  maxTotal!: number;

  @Column('timestamptz')
  publishedAt!: Date;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;

  /** Protocol versions validated against this version. */
  @Column('integer')
  protocolCount!: number;

  /** Changes made in place; an upload checked against an older revision is not stored. */
  @Column('integer')
  revision!: number;
}
