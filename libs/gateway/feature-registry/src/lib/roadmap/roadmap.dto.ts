import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import {
  EVIDENCE_FORMATS,
  ListEvidenceQuery,
  ListRoadmapActivitiesQuery,
  ListRoadmapsQuery,
  PERSON_ROLES,
  ROADMAP_ACTIVITY_STATES,
  ROADMAP_ACTIVITY_STATUSES,
  ROADMAP_PARTICIPANT_KINDS,
  ROADMAP_WINDOW_KINDS,
  UpdateRoadmapActivityCommand,
  type AttachedEvidenceView,
  type EvidenceFormat,
  type EvidenceView,
  type PersonRole,
  type RoadmapActivityDetailView,
  type RoadmapActivityState,
  type RoadmapActivityStatus,
  type RoadmapActivityView,
  type RoadmapDeliverableView,
  type RoadmapMilestoneView,
  type RoadmapParticipantKind,
  type RoadmapStageView,
  type RoadmapSummaryView,
  type RoadmapView,
  type RoadmapWindowKind,
  type RoadmapWindowView,
  pageOf,
} from '@orbita/contracts';

import { IsOptional, IsUUID } from 'class-validator';
import { ExpectedVersionBody } from '../shared/record.dto';

// The OpenAPI schemas of the roadmap resources: the contract views with descriptions and examples
// from the 2024/25 roadmap of the Sirius programme.

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

export class RoadmapSummary implements RoadmapSummaryView {
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

export const RoadmapPage = pageOf(RoadmapSummary);

class RoadmapWindow implements RoadmapWindowView {
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

class RoadmapMilestone implements RoadmapMilestoneView {
  @ApiProperty({ type: String, nullable: true, example: 'Школьный этап' })
  label!: string | null;

  @ApiProperty(isoDate('First day, when known', '2025-04-14', true))
  from!: string | null;

  @ApiProperty(isoDate('Last day (inclusive)', '2025-04-18'))
  to!: string;

  @ApiProperty({ example: '14-18 апреля 2025 года' })
  text!: string;
}

class StageRef {
  @ApiProperty({ example: 4 })
  number!: number;

  @ApiProperty({ example: 'Апробация Проекта' })
  title!: string;
}

class Participants {
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

export class RoadmapActivity implements RoadmapActivityView {
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

  @ApiProperty({ type: StageRef })
  stage!: StageRef;

  @ApiProperty({ type: Participants })
  participants!: Participants;

  @ApiProperty({ type: RoadmapWindow })
  window!: RoadmapWindow;

  @ApiProperty({
    type: [RoadmapMilestone],
    description: 'Dated parts, when the activity has several deadlines',
  })
  milestones!: RoadmapMilestone[];

  @ApiProperty(
    isoDate(
      'Last day of the window; for monthly and whole-year work the end of the school year',
      '2024-12-05',
    ),
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

  @ApiProperty({
    enum: PERSON_ROLES,
    isArray: true,
    description: 'Roles answerable at each participating school',
    example: ['school_coordinator'],
  })
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

export const RoadmapActivityPage = pageOf(RoadmapActivity);

class RoadmapStage implements RoadmapStageView {
  @ApiProperty(uuid('The stage'))
  id!: string;

  @ApiProperty({ example: 4 })
  number!: number;

  @ApiProperty({ example: 'Апробация Проекта' })
  title!: string;

  @ApiProperty({ type: [RoadmapActivity] })
  activities!: RoadmapActivity[];
}

export class Roadmap extends RoadmapSummary implements RoadmapView {
  @ApiProperty({ type: [RoadmapStage], description: 'In order, each with its activities in order' })
  stages!: RoadmapStage[];
}

export class Evidence implements EvidenceView {
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

class RoadmapDeliverable implements RoadmapDeliverableView {
  @ApiProperty(uuid('The expected document'))
  id!: string;

  @ApiProperty({ example: 'Протокол результатов' })
  title!: string;

  @ApiProperty({
    type: [Evidence],
    description: 'Evidence the caller may see (a school account: its own school’s)',
  })
  evidence!: Evidence[];
}

export class RoadmapActivityDetail extends RoadmapActivity implements RoadmapActivityDetailView {
  @ApiProperty({ type: [RoadmapDeliverable] })
  deliverables!: RoadmapDeliverable[];
}

export class AttachedEvidence implements AttachedEvidenceView {
  @ApiProperty({ type: Evidence })
  evidence!: Evidence;

  @ApiProperty({
    enum: ROADMAP_ACTIVITY_STATUSES,
    description: 'The activity’s status after the attachment',
    example: 'in_progress',
  })
  activityStatus!: RoadmapActivityStatus;
}

export class RoadmapListParams extends ListRoadmapsQuery {
  @ApiPropertyOptional({ description: 'Only this programme’s', example: 'sirius_partner_schools' })
  declare programmeCode?: string;

  @ApiPropertyOptional({ description: 'Only this school year’s (2024 = 2024/25)', example: 2024 })
  declare schoolYear?: number;
}

export class RoadmapActivityListParams extends ListRoadmapActivitiesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this roadmap’s' })
  declare roadmapId?: string;

  @ApiPropertyOptional({ description: 'Only this stage’s (by number)', example: 4 })
  declare stage?: number;

  @ApiPropertyOptional({
    enum: ROADMAP_ACTIVITY_STATES,
    description: '`overdue` is derived: the window has ended and it is not done',
  })
  declare status?: RoadmapActivityState;

  @ApiPropertyOptional({ description: 'Not done, with a deadline from today to today + N days', example: 7 })
  declare dueWithinDays?: number;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: expected documents still lack evidence; false: none do',
  })
  declare missingDeliverables?: boolean;

  @ApiPropertyOptional({
    enum: ROADMAP_PARTICIPANT_KINDS,
    description: 'Only activities this kind of participant takes part in',
  })
  declare participantKind?: RoadmapParticipantKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only activities this person answers for' })
  declare responsiblePersonId?: string;
}

export class EvidenceListParams extends OmitType(ListEvidenceQuery, ['activityId'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the evidence of this expected document' })
  declare deliverableId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this school’s evidence (school accounts see only their own anyway)',
  })
  declare schoolId?: string;
}

class UpdateRoadmapActivityFields extends OmitType(UpdateRoadmapActivityCommand, [
  'id',
  'expectedVersion',
] as const) {
  @ApiPropertyOptional({ enum: ROADMAP_ACTIVITY_STATUSES, example: 'done' })
  declare status?: RoadmapActivityStatus;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the people answerable' })
  declare responsiblePersonIds?: string[];

  @ApiPropertyOptional({
    enum: PERSON_ROLES,
    isArray: true,
    description: 'Replaces the roles answerable at each school',
    example: ['school_coordinator'],
  })
  declare responsibleRoles?: PersonRole[];
}

/** Fields left out stay as they are. */
export class UpdateRoadmapActivity extends IntersectionType(
  UpdateRoadmapActivityFields,
  ExpectedVersionBody,
) {}

/** The text fields of an evidence upload (the file is the multipart part `file`). */
export class EvidenceUploadFields {
  @IsUUID()
  deliverableId!: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

/** `multipart/form-data` of POST …/evidence, for OpenAPI. */
export const EVIDENCE_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file', 'deliverableId'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: `The document: ${EVIDENCE_FORMATS.join(', ')}, judged by its content; at most 20 MB by default (the registry's EVIDENCE_MAX_BYTES)`,
    },
    deliverableId: {
      type: 'string',
      format: 'uuid',
      description: 'The expected document (one of the activity’s deliverables) it is evidence of',
    },
    schoolId: {
      type: 'string',
      format: 'uuid',
      description:
        'Region-wide accounts: the school it is from, on activities schools take part in; left out, it is evidence of the activity as a whole. School accounts: left out (always their own school).',
    },
  },
};
