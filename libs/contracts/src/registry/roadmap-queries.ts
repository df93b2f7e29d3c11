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
import { ListQuery } from '../common/list-query';
import { toBoolean } from '../common/field-decorators';
import { PERSON_ROLES, type PersonRole } from './people';
import { VersionedUpdate } from './records';

/** Request/reply subjects of the roadmap (`<service>.<verb>.<noun>`). */
export const ROADMAP_RPC = {
  listRoadmaps: 'registry.list.roadmaps',
  getRoadmap: 'registry.get.roadmap',
  listActivities: 'registry.list.roadmap-activities',
  getActivity: 'registry.get.roadmap-activity',
  updateActivity: 'registry.update.roadmap-activity',
  attachEvidence: 'registry.attach.evidence',
  listEvidence: 'registry.list.evidence',
  /** Puts the file in the transfer bucket and answers where (see TransferBucket in messaging). */
  downloadEvidence: 'registry.download.evidence',
  deleteEvidence: 'registry.delete.evidence',
} as const;

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

/** Stored progress of an activity; `overdue` is never stored, it is derived from the window and the date. */
export const ROADMAP_ACTIVITY_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type RoadmapActivityStatus = (typeof ROADMAP_ACTIVITY_STATUSES)[number];

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

/** Document formats accepted as evidence, recognised by their content (magic bytes), not their name. */
export const EVIDENCE_FORMATS = ['PDF', 'DOCX', 'XLSX', 'DOC', 'XLS', 'JPEG', 'PNG', 'ODT'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

export class ListRoadmapsQuery extends ListQuery {
  /** The programme's code, e.g. `sirius_partner_schools`. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  programmeCode?: string;

  /** By its first calendar year: 2024 is 2024/25. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;
}

export class ListRoadmapActivitiesQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  roadmapId?: string;

  /** Stage number (1..5 in the 2024/25 roadmap). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  stage?: number;

  @IsOptional()
  @IsIn(ROADMAP_ACTIVITY_STATES)
  status?: RoadmapActivityState;

  /** Not done, with a deadline between today and today + N days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithinDays?: number;

  /** Only activities with (true) or without (false) expected documents still lacking evidence. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  missingDeliverables?: boolean;

  @IsOptional()
  @IsIn(ROADMAP_PARTICIPANT_KINDS)
  participantKind?: RoadmapParticipantKind;

  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;
}

/** Changes the stored status and/or who answers for an activity; absent fields stay as they are. */
export class UpdateRoadmapActivityCommand extends VersionedUpdate {
  @IsOptional()
  @IsIn(ROADMAP_ACTIVITY_STATUSES)
  status?: RoadmapActivityStatus;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsiblePersonIds?: string[];

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

export class ListEvidenceQuery {
  @IsUUID()
  activityId!: string;

  @IsOptional()
  @IsUUID()
  deliverableId?: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export interface RoadmapSummaryView {
  id: string;
  programmeCode: string;
  /** 2024 = 2024/25. */
  schoolYear: number;
  title: string;
  approved: boolean;
  /** The act that approved it, as written. */
  approvedBy: string | null;
  stageCount: number;
  activityCount: number;
}

export interface RoadmapStageView {
  id: string;
  number: number;
  title: string;
  activities: RoadmapActivityView[];
}

export interface RoadmapView extends RoadmapSummaryView {
  stages: RoadmapStageView[];
}

export interface RoadmapWindowView {
  kind: RoadmapWindowKind;
  /** ISO dates for `dates` windows; `from` null when the roadmap gives only a deadline. */
  from: string | null;
  to: string | null;
  /** The roadmap's own words, e.g. "02-05 декабря 2024 года", "Ежемесячно". */
  text: string;
}

export interface RoadmapMilestoneView {
  label: string | null;
  from: string | null;
  to: string;
  text: string;
}

export interface RoadmapActivityView {
  id: string;
  /** Send it back as `expectedVersion` when updating. */
  version: number;
  roadmapId: string;
  /** As numbered in the roadmap ("1" … "29"). */
  number: string;
  title: string;
  details: string[];
  stage: { number: number; title: string };
  participants: { kinds: RoadmapParticipantKind[]; organisationIds: string[]; text: string };
  window: RoadmapWindowView;
  milestones: RoadmapMilestoneView[];
  /** Last day of the window; for `monthly` and `during_year` the last day of the school year. */
  windowEnd: string;
  /** The next deadline (milestone end, month end or window end) from today; null when done or past. */
  nextDeadline: string | null;
  daysLeft: number | null;
  status: RoadmapActivityStatus;
  state: RoadmapActivityState;
  overdue: boolean;
  responsiblePersonIds: string[];
  responsibleRoles: PersonRole[];
  deliverableCount: number;
  /** Expected documents without evidence: region-level evidence, or the caller's school's for school-scoped callers. */
  missingDeliverableCount: number;
}

export interface EvidenceView {
  id: string;
  activityId: string;
  deliverableId: string;
  /** The school the document is from; null for evidence of the activity as a whole. */
  schoolId: string | null;
  fileName: string;
  contentType: string;
  format: EvidenceFormat;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface RoadmapDeliverableView {
  id: string;
  title: string;
  evidence: EvidenceView[];
}

export interface RoadmapActivityDetailView extends RoadmapActivityView {
  deliverables: RoadmapDeliverableView[];
}

/** The answer to attaching evidence: the evidence and the activity's status after it. */
export interface AttachedEvidenceView {
  evidence: EvidenceView;
  activityStatus: RoadmapActivityStatus;
}

/** Where the registry put a file for download, and how to present it. */
export interface EvidenceDownloadView {
  objectName: string;
  fileName: string;
  contentType: string;
  size: number;
}
