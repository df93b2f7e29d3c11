import type { SourceKind } from '@orbita/integration/connector';
import type { ParkedSchoolView, SyncRunStatus, SyncTrigger } from '@orbita/integration/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface KindCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  markedDeleted: number;
}

/** One sync run: its window (changes after `changesSince`, up to the cursor taken before it), progress, counts. */
@Entity('sync_runs')
export class SyncRun {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  trigger!: SyncTrigger;

  @Column('text')
  status!: SyncRunStatus;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @Column('int')
  attempts!: number;

  @Column('timestamptz', { nullable: true })
  changesSince!: Date | null;

  @Column('timestamptz')
  cursor!: Date;

  /** The roster being read and how many of its records are stored: where a resumed run continues. */
  @Column('text', { nullable: true })
  kind!: SourceKind | null;

  @Column('int')
  kindOffset!: number;

  @Column('timestamptz')
  heartbeatAt!: Date;

  @Column('jsonb')
  counts!: Record<SourceKind, KindCounts>;

  @Column('jsonb')
  errors!: Array<{ at: string; message: string }>;

  /** Why a parked run waits for a decision: the schools over the mass-deletion guard (ids and counts). */
  @Column('jsonb')
  parkedSchools!: ParkedSchoolView[];
}

/** Where the last successful run left off, per platform. */
@Entity('sync_cursors')
export class SyncCursor {
  @PrimaryColumn('text')
  source!: string;

  @Column('timestamptz')
  cursor!: Date;

  @Column('uuid')
  runId!: string;
}
