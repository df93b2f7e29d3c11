import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  EVIDENCE_FORMATS,
  ListQuery,
  PERSON_ROLES,
  ROADMAP_ACTIVITY_STATUSES,
  toBoolean,
  type EvidenceFormat,
  type PersonRole,
  type RoadmapActivityStatus,
} from '@orbita/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { VersionedUpdate } from './records';

// The roadmap's shapes, documented with examples from the 2024/25 roadmap of the Sirius programme.

/**
 * Codes of the roadmap's errors. Here rather than in the registry because the gateway raises
 * `EVIDENCE_TOO_LARGE` itself when an upload outgrows its cap before the registry sees it.
 */
export enum RoadmapErrorCode {
  ROADMAP_NOT_FOUND = 'REGISTRY.ROADMAP_NOT_FOUND',
  ACTIVITY_NOT_FOUND = 'REGISTRY.ROADMAP_ACTIVITY_NOT_FOUND',
  DELIVERABLE_NOT_FOUND = 'REGISTRY.ROADMAP_DELIVERABLE_NOT_FOUND',
  /** The activity changed since the caller read it (the `expectedVersion` of an update is behind). */
  STALE_VERSION = 'REGISTRY.STALE_VERSION',
  EVIDENCE_NOT_FOUND = 'REGISTRY.EVIDENCE_NOT_FOUND',
  EVIDENCE_UPLOAD_MISSING = 'REGISTRY.EVIDENCE_UPLOAD_MISSING',
  EVIDENCE_EMPTY = 'REGISTRY.EVIDENCE_EMPTY',
  EVIDENCE_TOO_LARGE = 'REGISTRY.EVIDENCE_TOO_LARGE',
  EVIDENCE_TYPE_NOT_ALLOWED = 'REGISTRY.EVIDENCE_TYPE_NOT_ALLOWED',
  /** 422: starts like an accepted document but does not open as one (a PDF without pages, an image without dimensions…). */
  EVIDENCE_UNREADABLE = 'REGISTRY.EVIDENCE_UNREADABLE',
  /** A school given for an activity schools do not take part in. */
  EVIDENCE_NOT_FOR_SCHOOLS = 'REGISTRY.EVIDENCE_NOT_FOR_SCHOOLS',
  /** A school-scoped actor naming another school, or uploading region-level evidence. */
  EVIDENCE_OUTSIDE_SCOPE = 'REGISTRY.EVIDENCE_OUTSIDE_SCOPE',
}

/** What a reader sees: the stored status, or `overdue` when the window has passed and it is not done. */
export const ROADMAP_ACTIVITY_STATES = [...ROADMAP_ACTIVITY_STATUSES, 'overdue'] as const;
export type RoadmapActivityState = (typeof ROADMAP_ACTIVITY_STATES)[number];

export const ROADMAP_PARTICIPANT_KINDS = [
  'foundation',
  'department',
  'regional_centre',
  'schools',
  'partner_universities',
  'partner_enterprises',
  'other',
] as const;
export type RoadmapParticipantKind = (typeof ROADMAP_PARTICIPANT_KINDS)[number];

/** `dates`: a range (`from` null when only a deadline is known); `monthly`; `during_year`: the whole school year. */
export const ROADMAP_WINDOW_KINDS = ['dates', 'monthly', 'during_year'] as const;
export type RoadmapWindowKind = (typeof ROADMAP_WINDOW_KINDS)[number];

export const ROADMAP_SORT_FIELDS = ['schoolYear', 'programmeCode', 'title'] as const;
/** `number` sorts in the roadmap's own order. */
export const ROADMAP_ACTIVITY_SORT_FIELDS = ['number', 'windowEnd', 'status'] as const;

/**
 * The most the gateway reads of one evidence upload. The registry's own limit (EVIDENCE_MAX_BYTES,
 * 20 MB by default) decides; this only stops the gateway from streaming anything bigger onwards.
 */
export const EVIDENCE_UPLOAD_CEILING_BYTES = 100 * 1024 * 1024;

const uuid = (description: string, example = '9b2f4c1e-5d6a-4e7b-8c9d-0e1f2a3b4c5d') => ({
  format: 'uuid',
  description,
  example,
});
const isoDate = (description: string, example: string, nullable = false) => ({
  type: String,
  format: 'date',
  description,
  example,
  nullable,
});
const RESPONSIBLE_ROLES = { enum: PERSON_ROLES, isArray: true, example: ['school_coordinator'] } as const;

export class ListRoadmapsQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only this programme’s', example: 'sirius_partner_schools' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  programmeCode?: string;

  @ApiPropertyOptional({ description: 'Only this school year’s (2024 = 2024/25)', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;
}

export class ListRoadmapActivitiesQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this roadmap’s' })
  @IsOptional()
  @IsUUID()
  roadmapId?: string;

  @ApiPropertyOptional({ description: 'Only this stage’s (by number)', example: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  stage?: number;

  @ApiPropertyOptional({
    enum: ROADMAP_ACTIVITY_STATES,
    description: '`overdue` is derived: the window has ended and it is not done',
  })
  @IsOptional()
  @IsIn(ROADMAP_ACTIVITY_STATES)
  status?: RoadmapActivityState;

  @ApiPropertyOptional({ description: 'Not done, with a deadline from today to today + N days', example: 7 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithinDays?: number;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: expected documents still lack evidence; false: none do',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  missingDeliverables?: boolean;

  @ApiPropertyOptional({
    enum: ROADMAP_PARTICIPANT_KINDS,
    description: 'Only activities this kind of participant takes part in',
  })
  @IsOptional()
  @IsIn(ROADMAP_PARTICIPANT_KINDS)
  participantKind?: RoadmapParticipantKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only activities this person answers for' })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;
}

/** Changes the stored status and/or who answers for an activity; absent fields stay as they are. */
export class UpdateRoadmapActivityCommand extends VersionedUpdate {
  @ApiPropertyOptional({ enum: ROADMAP_ACTIVITY_STATUSES, example: 'done' })
  @IsOptional()
  @IsIn(ROADMAP_ACTIVITY_STATUSES)
  status?: RoadmapActivityStatus;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the people answerable' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsiblePersonIds?: string[];

  @ApiPropertyOptional({ ...RESPONSIBLE_ROLES, description: 'Replaces the roles answerable at each school' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(PERSON_ROLES, { each: true })
  responsibleRoles?: PersonRole[];
}

/**
 * Attaches the file waiting in the transfer bucket under `objectName` as evidence of one expected
 * deliverable. `schoolId` only for activities schools take part in; a school-scoped actor's evidence is
 * always their own school's.
 */
export class AttachEvidenceCommand {
  @IsUUID()
  activityId!: string;

  @IsUUID()
  deliverableId!: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsUUID()
  objectName!: string;

  /** The name the file had on the uploader's machine. */
  @IsString()
  @Length(1, 1000)
  fileName!: string;
}

/** The activity comes from the path. */
export class ListEvidenceQuery {
  @IsUUID()
  activityId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the evidence of this expected document' })
  @IsOptional()
  @IsUUID()
  deliverableId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this school’s evidence (school accounts see only their own anyway)',
  })
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

@ApiSchema({ name: 'RoadmapSummary' })
export class RoadmapSummaryView {
  @ApiProperty(uuid('The roadmap'))
  id!: string;

  @ApiProperty({ description: 'The programme it belongs to', example: 'sirius_partner_schools' })
  programmeCode!: string;

  @ApiProperty({ description: 'First calendar year of the school year: 2024 is 2024/25', example: 2024 })
  schoolYear!: number;

  @ApiProperty({
    example:
      'Дорожная карта по реализации проекта «Школы – ассоциированные партнеры «Сириуса» в Томской области на 2024/2025 учебный год',
  })
  title!: string;

  @ApiProperty({ example: true })
  approved!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The act that approved it',
    example: 'распоряжение Департамента образования Томской области от 19.11.2024 № 1653',
  })
  approvedBy!: string | null;

  @ApiProperty({ example: 5 })
  stageCount!: number;

  @ApiProperty({ example: 29 })
  activityCount!: number;
}

@ApiSchema({ name: 'RoadmapWindow' })
export class RoadmapWindowView {
  @ApiProperty({
    enum: ROADMAP_WINDOW_KINDS,
    description: '`dates`: a range; `monthly`; `during_year`: the whole school year',
    example: 'dates',
  })
  kind!: RoadmapWindowKind;

  @ApiProperty(
    isoDate(
      'First day; null when the roadmap gives only a deadline, or for monthly / whole-year work',
      '2024-12-02',
      true,
    ),
  )
  from!: string | null;

  @ApiProperty(isoDate('Last day (inclusive); null for monthly / whole-year work', '2024-12-05', true))
  to!: string | null;

  @ApiProperty({ description: 'The roadmap’s own words', example: '02-05 декабря 2024 года' })
  text!: string;
}

@ApiSchema({ name: 'RoadmapMilestone' })
export class RoadmapMilestoneView {
  @ApiProperty({ type: String, nullable: true, example: 'Школьный этап' })
  label!: string | null;

  @ApiProperty(isoDate('First day, when known', '2025-04-14', true))
  from!: string | null;

  @ApiProperty(isoDate('Last day (inclusive)', '2025-04-18'))
  to!: string;

  @ApiProperty({ example: '14-18 апреля 2025 года' })
  text!: string;
}

/** The stage an activity belongs to, as the activity names it. */
@ApiSchema({ name: 'StageRef' })
export class RoadmapStageRefView {
  @ApiProperty({ example: 4 })
  number!: number;

  @ApiProperty({ example: 'Апробация Проекта' })
  title!: string;
}

@ApiSchema({ name: 'Participants' })
export class RoadmapParticipantsView {
  @ApiProperty({
    enum: ROADMAP_PARTICIPANT_KINDS,
    isArray: true,
    example: ['foundation', 'regional_centre', 'schools'],
  })
  kinds!: RoadmapParticipantKind[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Named organisations among them (foundation, department, regional centre)',
  })
  organisationIds!: string[];

  @ApiProperty({
    example: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар», образовательные организации',
  })
  text!: string;
}

@ApiSchema({ name: 'RoadmapActivity' })
export class RoadmapActivityView {
  @ApiProperty(uuid('The activity'))
  id!: string;

  @ApiProperty({
    description:
      'Increases with every change (also sent as the `ETag`); send it back as `If-Match` or `expectedVersion`',
    example: 2,
  })
  version!: number;

  @ApiProperty(uuid('Its roadmap'))
  roadmapId!: string;

  @ApiProperty({ description: 'As numbered in the roadmap', example: '22' })
  number!: string;

  @ApiProperty({
    example:
      'Организация и проведение пригласительной работы для обучающихся 6 классов образовательных организаций – участников Проекта и кандидатов на вхождение в Проект',
  })
  title!: string;

  @ApiProperty({ type: [String], description: 'Sub-items listed under the title', example: [] })
  details!: string[];

  @ApiProperty({ type: RoadmapStageRefView })
  stage!: RoadmapStageRefView;

  @ApiProperty({ type: RoadmapParticipantsView })
  participants!: RoadmapParticipantsView;

  @ApiProperty({ type: RoadmapWindowView })
  window!: RoadmapWindowView;

  @ApiProperty({
    type: [RoadmapMilestoneView],
    description: 'Dated parts, when the activity has several deadlines',
  })
  milestones!: RoadmapMilestoneView[];

  @ApiProperty(
    isoDate('Last day of the window; for monthly and whole-year work the end of the school year', '2024-12-05'),
  )
  windowEnd!: string;

  @ApiProperty(
    isoDate(
      'The next deadline from today (a milestone’s, a month’s or the window’s end); null when done or past',
      '2024-12-05',
      true,
    ),
  )
  nextDeadline!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days from today to the next deadline',
    example: 7,
  })
  daysLeft!: number | null;

  @ApiProperty({ enum: ROADMAP_ACTIVITY_STATUSES, description: 'As stored', example: 'in_progress' })
  status!: RoadmapActivityStatus;

  @ApiProperty({
    enum: ROADMAP_ACTIVITY_STATES,
    description: 'The status, or `overdue` when the window has ended and it is not done',
    example: 'in_progress',
  })
  state!: RoadmapActivityState;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: 'People answerable for it' })
  responsiblePersonIds!: string[];

  @ApiProperty({ ...RESPONSIBLE_ROLES, description: 'Roles answerable at each participating school' })
  responsibleRoles!: PersonRole[];

  @ApiProperty({ description: 'Documents it is expected to yield', example: 1 })
  deliverableCount!: number;

  @ApiProperty({
    description:
      'Expected documents without evidence: of the caller’s school for school accounts on activities schools take part in, else of the activity as a whole',
    example: 1,
  })
  missingDeliverableCount!: number;
}

@ApiSchema({ name: 'RoadmapStage' })
export class RoadmapStageView {
  @ApiProperty(uuid('The stage'))
  id!: string;

  @ApiProperty({ example: 4 })
  number!: number;

  @ApiProperty({ example: 'Апробация Проекта' })
  title!: string;

  @ApiProperty({ type: [RoadmapActivityView] })
  activities!: RoadmapActivityView[];
}

@ApiSchema({ name: 'Roadmap' })
export class RoadmapView extends RoadmapSummaryView {
  @ApiProperty({ type: [RoadmapStageView], description: 'In order, each with its activities in order' })
  stages!: RoadmapStageView[];
}

@ApiSchema({ name: 'Evidence' })
export class EvidenceView {
  @ApiProperty(uuid('The evidence'))
  id!: string;

  @ApiProperty(uuid('Its activity'))
  activityId!: string;

  @ApiProperty(uuid('The expected document it is evidence of'))
  deliverableId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The school it is from; null for evidence of the activity as a whole',
  })
  schoolId!: string | null;

  @ApiProperty({
    description: 'As uploaded, without any path; the extension is that of its real format',
    example: 'Протокол результатов.pdf',
  })
  fileName!: string;

  @ApiProperty({ description: 'Of the format detected from the content', example: 'application/pdf' })
  contentType!: string;

  @ApiProperty({ enum: EVIDENCE_FORMATS, example: 'PDF' })
  format!: EvidenceFormat;

  @ApiProperty({ description: 'Bytes', example: 482133 })
  size!: number;

  @ApiProperty({
    description: 'SHA-256 of the content, hex',
    example: '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
  })
  sha256!: string;

  @ApiProperty(uuid('The account that uploaded it'))
  uploadedBy!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:12:00.000Z' })
  uploadedAt!: string;
}

@ApiSchema({ name: 'RoadmapDeliverable' })
export class RoadmapDeliverableView {
  @ApiProperty(uuid('The expected document'))
  id!: string;

  @ApiProperty({ example: 'Протокол результатов' })
  title!: string;

  @ApiProperty({
    type: [EvidenceView],
    description: 'Evidence the caller may see (a school account: its own school’s)',
  })
  evidence!: EvidenceView[];
}

@ApiSchema({ name: 'RoadmapActivityDetail' })
export class RoadmapActivityDetailView extends RoadmapActivityView {
  @ApiProperty({ type: [RoadmapDeliverableView] })
  deliverables!: RoadmapDeliverableView[];
}

/** The answer to attaching evidence: the evidence and the activity's status after it. */
@ApiSchema({ name: 'AttachedEvidence' })
export class AttachedEvidenceView {
  @ApiProperty({ type: EvidenceView })
  evidence!: EvidenceView;

  @ApiProperty({
    enum: ROADMAP_ACTIVITY_STATUSES,
    description: 'The activity’s status after the attachment',
    example: 'in_progress',
  })
  activityStatus!: RoadmapActivityStatus;
}
