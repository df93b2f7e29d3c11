import type { PersonRole, RoadmapActivityStatus } from '@orbita/contracts';
import type { RoadmapParticipantKind, RoadmapWindowKind } from '@orbita/registry/rpc';
import {
  Column,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type ValueTransformer,
} from 'typeorm';
import type { IsoDate, Milestone } from '../schedule/schedule';

const pad = (value: number) => String(value).padStart(2, '0');

/** `date[]` comes back from pg as local-midnight `Date`s; the roadmap works with `YYYY-MM-DD` strings. */
const isoDates: ValueTransformer = {
  to: (dates: IsoDate[] | undefined) => dates,
  from: (dates: (Date | string)[] | null) =>
    dates?.map((date) =>
      typeof date === 'string'
        ? date
        : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    ) ?? [],
};

/**
 * One line of a roadmap: what is to be done, by whom, when, and which documents it yields. The status
 * is stored; `overdue` is derived (see schedule.ts) from `deadlines`, which are themselves derived from
 * the window when the activity is written.
 */
@Entity({ name: 'roadmap_activities' })
export class RoadmapActivity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  roadmapId!: string;

  @Column('uuid')
  stageId!: string;

  /** As numbered in the roadmap document ("1" … "29"). */
  @Column('text')
  number!: string;

  /** Order within the roadmap: what "sort by number" sorts by. */
  @Column('int')
  position!: number;

  @Column('text')
  title!: string;

  /** Sub-items the document lists under the title. */
  @Column('text', { array: true })
  details!: string[];

  @Column('text', { array: true })
  participantKinds!: RoadmapParticipantKind[];

  /** The document's "Участники" cell, verbatim. */
  @Column('text')
  participantsText!: string;

  @Column('text')
  windowKind!: RoadmapWindowKind;

  @Column('date', { nullable: true })
  windowFrom!: IsoDate | null;

  @Column('date', { nullable: true })
  windowTo!: IsoDate | null;

  /** The document's "Сроки" cell, verbatim. */
  @Column('text')
  windowText!: string;

  @Column('jsonb')
  milestones!: Milestone[];

  /** Ascending; see `deadlinesOf`. */
  @Column('date', { array: true, transformer: isoDates })
  deadlines!: IsoDate[];

  /** The last deadline, kept as a column so that "overdue" can be filtered and sorted in SQL. */
  @Column('date')
  windowEnd!: IsoDate;

  @Column('text')
  status!: RoadmapActivityStatus;

  /** Roles answerable at each participating school (the people answerable are in their own table). */
  @Column('text', { array: true })
  responsibleRoles!: PersonRole[];

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
