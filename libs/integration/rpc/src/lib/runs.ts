import { ApiHideProperty, ApiProperty } from '@nestjs/swagger';
import { ListQuery } from '@orbita/contracts';
import { Allow, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

/**
 * `parked`: the run would remove more than the allowed share of a school's records (the mass-deletion guard):
 * nothing of it is applied until `integration:manage` approves it (`succeeded`) or rejects it (`rejected`:
 * the deletions are dropped, the rest applied).
 */
export const SYNC_RUN_STATUSES = ['running', 'succeeded', 'failed', 'parked', 'rejected'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];
export const SYNC_TRIGGERS = ['manual', 'scheduled'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];
export const SYNC_KINDS = ['orgs', 'users', 'classes', 'enrollments'] as const;
/** What the list of runs sorts by (`-startedAt`, newest first, by default). */
export const SYNC_RUN_SORT_FIELDS = ['startedAt'] as const;

export class StartRunRequest {
  /**
   * Read everything rather than the changes since the last run's cursor (a run resuming an unfinished one
   * keeps that run's own choice).
   */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  full?: boolean;
}

export class ListRunsRequest extends ListQuery {}

/** What a run did to one roster (organisations, people, classes or enrollments). */
export class SyncKindCountsView {
  @ApiProperty({ description: 'Records the platform sent', example: 214 })
  read!: number;

  @ApiProperty({ example: 214 })
  created!: number;

  @ApiProperty({ example: 0 })
  updated!: number;

  @ApiProperty({ description: 'Sent again as they were: nothing changed', example: 0 })
  unchanged!: number;

  @ApiProperty({ description: 'Newly marked tobedeleted upstream (kept here, as proposals)', example: 0 })
  markedDeleted!: number;
}

export class SyncRunCountsView {
  @ApiProperty({ type: SyncKindCountsView })
  orgs!: SyncKindCountsView;

  @ApiProperty({ type: SyncKindCountsView })
  users!: SyncKindCountsView;

  @ApiProperty({ type: SyncKindCountsView })
  classes!: SyncKindCountsView;

  @ApiProperty({ type: SyncKindCountsView })
  enrollments!: SyncKindCountsView;
}

export class SyncRunErrorView {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ example: '/ims/oneroster/rostering/v1p2/users: HTTP 503' })
  message!: string;
}

export class SyncRunProgressView {
  @ApiProperty({
    enum: SYNC_KINDS,
    nullable: true,
    type: String,
    description: 'The roster being read; null when done',
  })
  kind!: (typeof SYNC_KINDS)[number] | null;

  @ApiProperty({ description: 'Records of it stored so far (where a resumed run continues)', example: 100 })
  offset!: number;
}

/** A school whose records a parked run would remove more of than the guard allows. */
export class ParkedSchoolView {
  @ApiProperty({ example: 'org-lyceum-1-tomsk' })
  schoolExternalId!: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Ours, when mapped' })
  schoolId!: string | null;

  @ApiProperty({ example: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска' })
  schoolName!: string;

  @ApiProperty({ example: 50, description: 'The school’s active people before the run' })
  active!: number;

  @ApiProperty({ example: 12, description: 'Of them, marked tobedeleted by the run' })
  removed!: number;

  @ApiProperty({ example: 0.24 })
  share!: number;
}

/** One sync run with the platform: its window, progress, counts and errors. */
export class SyncRunView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SYNC_TRIGGERS })
  trigger!: SyncTrigger;

  @ApiProperty({ enum: SYNC_RUN_STATUSES })
  status!: SyncRunStatus;

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  finishedAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Milliseconds from start to finish, over all attempts',
  })
  durationMs!: number | null;

  @ApiProperty({
    description: 'Times the run was started: more than one when it resumed after a failure',
    example: 1,
  })
  attempts!: number;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Changes after this instant were read; null: everything',
  })
  changesSince!: string | null;

  @ApiProperty({
    format: 'date-time',
    description: 'The cursor taken before the run: the next run reads changes after it',
  })
  cursor!: string;

  @ApiProperty({ type: SyncRunProgressView })
  progress!: SyncRunProgressView;

  @ApiProperty({ type: SyncRunCountsView })
  counts!: SyncRunCountsView;

  @ApiProperty({ type: [SyncRunErrorView] })
  errors!: SyncRunErrorView[];

  @ApiProperty({
    type: [ParkedSchoolView],
    description: 'Why a parked run waits: the schools whose share of removed records is over the limit',
  })
  parkedSchools!: ParkedSchoolView[];
}

export const RUN_DECISIONS = ['approve', 'reject'] as const;
export type RunDecision = (typeof RUN_DECISIONS)[number];

export class DecideRunCommand {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: RUN_DECISIONS })
  @IsIn(RUN_DECISIONS)
  decision!: RunDecision;
}

/** No parameters. */
export class GetSyncStatusRequest {
  // The bus validates a request with forbidUnknownValues, which refuses a class without a single rule.
  @ApiHideProperty()
  @Allow()
  readonly none?: never;
}

/** The sync at a glance: whether a platform is configured, the schedule, the last and next runs. */
export class SyncStatusView {
  @ApiProperty({ description: 'A platform is configured (SIRIUS_URL and client credentials)' })
  configured!: boolean;

  @ApiProperty({ nullable: true, type: String, example: 'http://127.0.0.1:3090' })
  sourceUrl!: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 60,
    description: 'Minutes between scheduled runs; null: manual runs only',
  })
  scheduleMinutes!: number | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  nextScheduledAt!: string | null;

  @ApiProperty({ example: 0.1, description: 'The mass-deletion guard: the share of a school’s records a run may remove' })
  deletionGuardShare!: number;

  @ApiProperty({ type: SyncRunView, nullable: true })
  lastRun!: SyncRunView | null;

  @ApiProperty({ type: SyncRunView, nullable: true, description: 'The last successful run' })
  lastSucceeded!: SyncRunView | null;

  @ApiProperty({ type: SyncRunView, nullable: true, description: 'A run parked by the guard, awaiting a decision' })
  parked!: SyncRunView | null;
}
