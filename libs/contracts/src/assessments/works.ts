import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { toBoolean, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { ByIdRequest } from '../registry/records';
import { PerformanceLevelV1, WORK_KINDS, WorkTaskV1, type WorkKind } from './work-published';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields `sort` accepts on the list of works. */
export const WORK_SORT_FIELDS = ['title', 'schoolYear', 'windowFrom', 'subject', 'kind', 'publishedAt', 'id'] as const;

/**
 * What a diagnostic work is: the blueprint protocols are checked against. Task numbers run 1..n; level
 * thresholds lie within the maximum total; `schoolIds` are the schools expected to submit a protocol.
 */
export class WorkBlueprint {
  @IsIn(WORK_KINDS)
  kind!: WorkKind;

  @Trimmed()
  @IsString()
  @Length(1, 300)
  title!: string;

  /** Subject code (`math`, `physics`, `informatics`, …); participant codes carry it. */
  @Trimmed()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: '$property must be a lower-case code such as math or informatics' })
  subject!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(11, { each: true })
  grades!: number[];

  /** First calendar year of the school year: 2024 = 2024/25. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  /** First and last day of the administration window (ISO dates). */
  @Matches(ISO_DATE, { message: '$property must be a date such as 2024-12-02' })
  windowFrom!: string;

  @Matches(ISO_DATE, { message: '$property must be a date such as 2024-12-05' })
  windowTo!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WorkTaskV1)
  tasks!: WorkTaskV1[];

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PerformanceLevelV1)
  levels!: PerformanceLevelV1[];

  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  schoolIds!: string[];

  /**
   * false (default): rows may use only participant codes issued for the school; true: any code of
   * letters, digits and hyphens (up to 50) is accepted, e.g. when schools number participants themselves.
   */
  @IsOptional()
  @IsBoolean()
  openCodes?: boolean;
}

export class CreateWorkCommand extends WorkBlueprint {}

/** A new blueprint for a work, given as a whole, against the version the editor last read. */
export class ReviseWorkCommand extends WorkBlueprint {
  @IsUUID()
  id!: string;

  /** The work's current version number as the caller read it; a newer one answers 409 STALE_VERSION. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class GetWorkVersionRequest extends ByIdRequest {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class ListWorksQuery extends ListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;

  @IsOptional()
  @IsIn(WORK_KINDS)
  kind?: WorkKind;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  subject?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade?: number;

  /** Works this school is expected to take (a school account sees only its school's works anyway). */
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  /** Only works whose window is open (true) or not (false) today. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;
}

/** Most participant codes one request issues. */
export const MAX_CODES_PER_ISSUE = 5000;

/** Issues `count` new participant codes of the work for a school (a school account: its own). */
export class IssueParticipantCodesCommand {
  @IsUUID()
  workId!: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CODES_PER_ISSUE)
  count!: number;
}

export const PARTICIPANT_CODE_SORT_FIELDS = ['code', 'issuedAt'] as const;

export class ListParticipantCodesQuery extends ListQuery {
  @IsUUID()
  workId!: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export class ExportProtocolTemplateRequest {
  @IsUUID()
  workId!: string;

  @IsUUID()
  schoolId!: string;
}

export interface WorkVersionSummaryView {
  version: number;
  publishedAt: string;
  /** Protocol versions validated against this blueprint version; with any, it is never changed in place. */
  protocolCount: number;
}

/** A blueprint version as published. */
export interface WorkVersionView {
  workId: string;
  version: number;
  kind: WorkKind;
  title: string;
  subject: string;
  grades: number[];
  schoolYear: number;
  windowFrom: string;
  windowTo: string;
  tasks: WorkTaskV1[];
  levels: PerformanceLevelV1[];
  schoolIds: string[];
  openCodes: boolean;
  /** Sum of the task maxima. */
  maxTotal: number;
  publishedAt: string;
  publishedBy: string | null;
  protocolCount: number;
}

/** A work with its current blueprint (the latest version) and the list of its versions. */
export interface WorkView extends WorkVersionView {
  id: string;
  createdAt: string;
  updatedAt: string;
  versions: WorkVersionSummaryView[];
}

/** The answer to a revision: the work after it, and whether its current version was changed in place. */
export interface RevisedWorkView {
  work: WorkView;
  changedInPlace: boolean;
}

export interface ParticipantCodeView {
  code: string;
  workId: string;
  schoolId: string;
  issuedAt: string;
}

export interface IssuedParticipantCodesView {
  workId: string;
  schoolId: string;
  codes: string[];
}

