import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { SELECTION_BASES, type SelectionBasis } from './selection-ranked';

/**
 * A selection campaign (отбор) of a school for a grade and year: candidates by a selection diagnostic
 * work (ОДР, scores from assessments' protocols) or by OGE results entered here. Rules: a threshold,
 * a quota of places, and extra testing as the tie-breaker.
 */
export class CreateCampaignCommand {
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsIn(SELECTION_BASES)
  basis!: SelectionBasis;

  /** The selection work, required when the basis is a work. */
  @ValidateIf((command: CreateCampaignCommand) => command.basis === 'work' || command.workId !== undefined)
  @IsUUID()
  workId?: string;

  /** Lowest score recommended. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  threshold!: number;

  /** Places in the class. */
  @IsInt()
  @Min(1)
  @Max(1000)
  quota!: number;
}

export class CandidateScore {
  @IsUUID()
  studentId!: string;

  /** The OGE result (basis `oge`); ignored for a work campaign, whose scores come from the work. */
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  score?: number;

  /** Extra testing: breaks ties of the main score. */
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  extraScore?: number;
}

/** Adds or replaces candidates of a campaign (before or after ranking; ranking again takes them in). */
export class RecordCandidatesCommand {
  @IsUUID()
  campaignId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CandidateScore)
  candidates!: CandidateScore[];
}

/** Links a student to the participant code they wrote a diagnostic work under (the school knows it). */
export class LinkParticipantCodeCommand {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  workId!: string;

  @Trimmed()
  @IsString()
  @Length(1, 50)
  participantCode!: string;
}

/** Removes the student's link to their participant code of the work. */
export class UnlinkParticipantCodeCommand {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  workId!: string;
}

export class ListCampaignsQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;
}

/** Enrolls recommended candidates of a ranked campaign in a class by an order; the basis stays on each record. */
export class EnrollFromCampaignCommand {
  @IsUUID()
  campaignId!: string;

  @IsUUID()
  classId!: string;

  @IsUUID()
  orderId!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date such as 2024-09-01' })
  enrolledOn!: string;

  /** Some of the recommended students only; all of them when left out. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  studentIds?: string[];
}

export interface CandidateView {
  studentId: string | null;
  /** For a work campaign: the code the score came with. */
  participantCode: string | null;
  score: number;
  extraScore: number | null;
  /** Competition rank (1, 2, 2, 4) by score then extra score; null before ranking. */
  rank: number | null;
  eligible: boolean;
  recommended: boolean;
}

export interface CampaignView {
  id: string;
  schoolId: string;
  grade: number;
  schoolYear: number;
  basis: SelectionBasis;
  workId: string | null;
  threshold: number;
  quota: number;
  rankedAt: string | null;
  candidates: CandidateView[];
}

export interface EnrolledFromCampaignView {
  campaignId: string;
  enrolled: string[];
}

/** One diagnostic work a student wrote, with their total (joined by the participant code). */
export interface TrajectoryEntryView {
  workId: string;
  kind: string;
  subject: string;
  title: string;
  schoolYear: number;
  windowFrom: string;
  participantCode: string;
  /** Null while no protocol with the code has arrived. */
  total: number | null;
}

export interface TrajectoryView {
  studentId: string;
  /** Oldest work first. */
  works: TrajectoryEntryView[];
}
