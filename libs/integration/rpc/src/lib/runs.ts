import { ApiProperty } from '@nestjs/swagger';
import { ListQuery } from '@orbita/contracts';
import { IsBoolean, IsOptional } from 'class-validator';

export const SYNC_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
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
}
