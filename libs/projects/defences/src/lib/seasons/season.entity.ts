import type { StageKind } from '@orbita/contracts';
import type {
  AggregationMethodName,
  AwardRuleView,
  ScheduleEntryView,
  SectionView,
  StageStatus,
  StageView,
} from '@orbita/projects/rpc';
import { DEFAULT_EXPERTS_PER_WORK } from '@orbita/projects/judging';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The season of project defences of a school year. */
@Entity('seasons')
export class Season {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('smallint')
  schoolYear!: number;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;
}

/** The school stage or the regional final of a season. */
@Entity('stages')
export class Stage {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  seasonId!: string;

  @Column('text')
  kind!: StageKind;

  @Column('date')
  startsOn!: string;

  @Column('date')
  endsOn!: string;

  @Column('text')
  status!: StageStatus;

  @Column('timestamptz', { nullable: true })
  rubricFrozenAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** How the summary turns a panel's sheet totals into the work's score. */
  @Column('text', { default: 'mean' })
  aggregation!: AggregationMethodName;

  @Column('double precision', { default: 20 })
  divergenceThreshold!: number;

  @Column('jsonb')
  awardRule!: AwardRuleView;

  /** Works each school may send from this stage to the final. */
  @Column('integer', { default: 3 })
  nominationQuota!: number;

  /** Experts the automatic assignment gives each work at this stage. */
  @Column('integer', { default: DEFAULT_EXPERTS_PER_WORK })
  expertsPerWork!: number;

  @Column('timestamptz', { nullable: true })
  resultsPublishedAt!: Date | null;
}

/** The section of a subject area in a season, with the experts who judge its works. */
@Entity('sections')
export class Section implements SectionView {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  seasonId!: string;

  @Column('text')
  subjectArea!: string;

  @Column('text')
  title!: string;

  @Column('uuid', { array: true })
  expertIds!: string[];
}

/** A work's slot at a stage. */
@Entity('schedule_entries')
export class ScheduleEntry implements ScheduleEntryView {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('uuid')
  stageId!: string;

  @Column('date')
  day!: string;

  @Column('text', { nullable: true })
  place!: string | null;

  @Column('text', { nullable: true })
  onlineLink!: string | null;

  @Column('integer')
  position!: number;
}

export const stageView = (stage: Stage): StageView => ({
  id: stage.id,
  seasonId: stage.seasonId,
  kind: stage.kind,
  startsOn: stage.startsOn,
  endsOn: stage.endsOn,
  status: stage.status,
  rubricFrozenAt: stage.rubricFrozenAt?.toISOString() ?? null,
  closedAt: stage.closedAt?.toISOString() ?? null,
});

export const sectionView = (section: Section): SectionView => ({
  id: section.id,
  seasonId: section.seasonId,
  subjectArea: section.subjectArea,
  title: section.title,
  expertIds: section.expertIds,
});

export const scheduleEntryView = (entry: ScheduleEntry): ScheduleEntryView => ({
  workId: entry.workId,
  stageId: entry.stageId,
  day: entry.day,
  place: entry.place,
  onlineLink: entry.onlineLink,
  position: entry.position,
});
