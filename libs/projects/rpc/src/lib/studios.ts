import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { EVIDENCE_FORMATS, IsOmittable, IsPlainText, Trimmed, type EvidenceFormat } from '@orbita/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { DATE, UUID } from './api-examples';
import { IsCalendarDate } from './fields';

/** Codes of the studios' errors («Уроки настоящего»: cycles, applications, the regional credit). */
export enum StudiosErrorCode {
  CYCLE_NOT_FOUND = 'PROJECTS.STUDIO_CYCLE_NOT_FOUND',
  /** The school year already has its studio cycle. */
  DUPLICATE_CYCLE = 'PROJECTS.DUPLICATE_STUDIO_CYCLE',
  /** The application window closes before it opens. */
  WINDOW_INVALID = 'PROJECTS.STUDIO_WINDOW_INVALID',
  /** The criteria set contradicts itself; each problem names its field (`criteria.indicators.2.rule.kind`). */
  CRITERIA_INVALID = 'PROJECTS.STUDIO_CRITERIA_INVALID',
  /** The cycle's ranking is published: its criteria and facts no longer change. */
  RANKING_PUBLISHED = 'PROJECTS.STUDIO_RANKING_PUBLISHED',
  /** Applying (or resubmitting) outside the cycle's application window. */
  APPLICATIONS_CLOSED = 'PROJECTS.STUDIO_APPLICATIONS_CLOSED',
  /** 404 for an application that does not exist or is another school's. */
  APPLICATION_NOT_FOUND = 'PROJECTS.STUDIO_APPLICATION_NOT_FOUND',
  /** Deciding an application that is not awaiting a decision, or resubmitting one not returned. */
  APPLICATION_STATE_CONFLICT = 'PROJECTS.STUDIO_APPLICATION_STATE_CONFLICT',
  /** Returning or rejecting an application, or rejecting a fact, without saying why. */
  REASON_REQUIRED = 'PROJECTS.STUDIO_REASON_REQUIRED',
  /** 404 for a studio that does not exist or is another school's. */
  STUDIO_NOT_FOUND = 'PROJECTS.STUDIO_NOT_FOUND',
  /** A fact on an indicator the cycle's criteria do not have, or with a negative count. */
  FACT_INVALID = 'PROJECTS.CREDIT_FACT_INVALID',
  /** 404 for a fact that does not exist or is another school's. */
  FACT_NOT_FOUND = 'PROJECTS.CREDIT_FACT_NOT_FOUND',
  /** Verifying a fact that is already accepted or rejected. */
  FACT_ALREADY_VERIFIED = 'PROJECTS.CREDIT_FACT_ALREADY_VERIFIED',
}

export const STUDIO_APPLICATION_STATUSES = ['submitted', 'returned', 'approved', 'rejected'] as const;
export type StudioApplicationStatus = (typeof STUDIO_APPLICATION_STATUSES)[number];

export const STUDIO_APPLICATION_DECISIONS = ['approve', 'return', 'reject'] as const;
export type StudioApplicationDecision = (typeof STUDIO_APPLICATION_DECISIONS)[number];

export const CREDIT_FACT_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type CreditFactStatus = (typeof CREDIT_FACT_STATUSES)[number];

export const CREDIT_FACT_VERDICTS = ['accept', 'reject'] as const;
export type CreditFactVerdict = (typeof CREDIT_FACT_VERDICTS)[number];

const POINTS_RULE_KINDS = ['perFact', 'perCount', 'scale'] as const;

/** One step of a scale rule. */
export class StudioScaleBand {
  @ApiProperty({ example: 3, minimum: 0 })
  threshold!: number;

  @ApiProperty({ example: 8, minimum: 0 })
  points!: number;
}

/**
 * How an indicator pays: `perFact` (`points` per accepted fact), `perCount` (`pointsPerUnit` per unit,
 * at most `capPerStudio`) or `scale` (the `points` of the highest band whose `threshold` the units reach).
 */
export class StudioPointsRule {
  @ApiProperty({ enum: POINTS_RULE_KINDS })
  kind!: (typeof POINTS_RULE_KINDS)[number];

  @ApiPropertyOptional({ example: 5, description: 'perFact: points per accepted fact' })
  points?: number;

  @ApiPropertyOptional({ example: 0.5, description: 'perCount: points per unit' })
  pointsPerUnit?: number;

  @ApiPropertyOptional({ example: 20, description: 'perCount: the most a studio earns on the indicator' })
  capPerStudio?: number;

  @ApiPropertyOptional({ type: [StudioScaleBand], description: 'scale: thresholds ascending' })
  bands?: StudioScaleBand[];
}

export class StudioIndicator {
  @ApiProperty({ example: 'events', description: 'Unique in the set; facts name it' })
  id!: string;

  @ApiProperty({ example: 'Мероприятия студии' })
  name!: string;

  @ApiProperty({ example: 'мероприятия', description: 'What a fact’s count measures' })
  unit!: string;

  @ApiProperty({ type: StudioPointsRule })
  rule!: StudioPointsRule;
}

/**
 * The regional-credit criteria of a cycle: data the coordinator edits. The shape is checked as a whole
 * (`validateCriteria`), every problem answered 400 naming its field under `criteria.`.
 */
export class StudioCriteria {
  @ApiProperty({ type: [StudioIndicator], minItems: 1 })
  indicators!: StudioIndicator[];
}

export class OpenStudioCycleCommand {
  @ApiProperty({ example: 2023, description: 'First calendar year of the school year: 2023 = 2023/24' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiProperty({ ...DATE, example: '2023-08-25', description: 'First day schools may apply' })
  @IsCalendarDate()
  applicationsOpenOn!: string;

  @ApiProperty({ ...DATE, example: '2023-09-30', description: 'Last day schools may apply' })
  @IsCalendarDate()
  applicationsCloseOn!: string;

  @ApiProperty({ type: StudioCriteria })
  @IsObject()
  criteria!: StudioCriteria;

  @ApiPropertyOptional({ example: 3, minimum: 1, maximum: 50, description: 'Places that name leaders (3)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  leaderCount?: number;
}

/** Replaces the cycle's criteria set; refused once its ranking is published. */
export class SetStudioCriteriaCommand {
  @ApiProperty(UUID)
  @IsUUID()
  cycleId!: string;

  @ApiProperty({ type: StudioCriteria })
  @IsObject()
  criteria!: StudioCriteria;
}

@ApiSchema({ name: 'StudioCycle' })
export class StudioCycleView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ example: 2023 })
  schoolYear!: number;

  @ApiProperty(DATE)
  applicationsOpenOn!: string;

  @ApiProperty(DATE)
  applicationsCloseOn!: string;

  @ApiProperty({ type: StudioCriteria })
  criteria!: StudioCriteria;

  @ApiProperty({ example: 3 })
  leaderCount!: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Criteria frozen since' })
  rankingPublishedAt!: string | null;
}

export class ByCycleRequest {
  @ApiProperty(UUID)
  @IsUUID()
  cycleId!: string;
}

/** What a studio will do and who runs it. The team are enrollment student ids: names stay in enrollment. */
export class StudioApplicationFields {
  @ApiProperty({ example: 'Естественно-научное', maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  @IsPlainText()
  direction!: string;

  @ApiProperty({ example: 'Экология малых рек', maxLength: 300 })
  @Trimmed()
  @IsString()
  @Length(1, 300)
  @IsPlainText()
  theme!: string;

  @ApiProperty({ ...UUID, description: 'The mentor teacher (a registry person)' })
  @IsUUID()
  mentorPersonId!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 40,
    description: 'Enrollment student ids',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teamStudentIds!: string[];

  @ApiPropertyOptional({ ...UUID, description: 'A partner organisation of the registry' })
  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;
}

export class ApplyForStudioCommand extends StudioApplicationFields {
  @ApiProperty(UUID)
  @IsUUID()
  cycleId!: string;

  /** Required of region-wide callers; a school account applies for its own school. Never null. */
  @ApiPropertyOptional({
    ...UUID,
    description: 'Required of region-wide accounts; a school account acts for its own school',
  })
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

/** The school's edited application after the centre returned it. */
export class ResubmitStudioApplicationCommand extends StudioApplicationFields {
  @ApiProperty(UUID)
  @IsUUID()
  id!: string;
}

export class DecideStudioApplicationCommand {
  @ApiProperty(UUID)
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: STUDIO_APPLICATION_DECISIONS })
  @IsIn(STUDIO_APPLICATION_DECISIONS)
  decision!: StudioApplicationDecision;

  @ApiPropertyOptional({
    example: 'Уточните состав команды',
    maxLength: 2000,
    description: 'Required to return (what to change) or reject (why)',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 2000)
  @IsPlainText({ multiline: true })
  comment?: string;
}

export class ListStudioApplicationsQuery extends ByCycleRequest {
  @ApiPropertyOptional({ enum: STUDIO_APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(STUDIO_APPLICATION_STATUSES)
  status?: StudioApplicationStatus;
}

@ApiSchema({ name: 'StudioApplication' })
export class StudioApplicationView extends StudioApplicationFields {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  cycleId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ enum: STUDIO_APPLICATION_STATUSES })
  status!: StudioApplicationStatus;

  @ApiProperty({ type: String, nullable: true, description: 'The centre’s comment or reason, if any' })
  comment!: string | null;

  @ApiProperty({ ...UUID, nullable: true, type: String, description: 'The studio its approval opened' })
  studioId!: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  decidedAt!: string | null;
}

@ApiSchema({ name: 'Studio' })
export class StudioView extends StudioApplicationFields {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  cycleId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty(UUID)
  applicationId!: string;
}

export class SubmitCreditFactCommand {
  @ApiProperty(UUID)
  @IsUUID()
  studioId!: string;

  @ApiProperty({ example: 'events', description: 'An indicator of the cycle’s criteria' })
  @IsString()
  @Length(1, 100)
  indicatorId!: string;

  @ApiPropertyOptional({ example: 30, description: 'Units the fact stands for (1 when omitted)' })
  @IsOptional()
  @IsInt()
  count?: number;

  @ApiProperty({ example: 'Экологический десант 12 октября', maxLength: 2000 })
  @Trimmed()
  @IsString()
  @Length(1, 2000)
  @IsPlainText({ multiline: true })
  description!: string;

  @ApiPropertyOptional({
    example: 'upload-7c1e2d4a',
    maxLength: 200,
    description:
      'The evidence upload’s object name in the service’s transfer bucket, kept as given: the file itself is not stored yet',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  evidenceObjectName?: string;
}

export class VerifyCreditFactCommand {
  @ApiProperty(UUID)
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: CREDIT_FACT_VERDICTS })
  @IsIn(CREDIT_FACT_VERDICTS)
  verdict!: CreditFactVerdict;

  @ApiPropertyOptional({
    example: 'Нет подтверждающих материалов',
    maxLength: 2000,
    description: 'Required to reject',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 2000)
  @IsPlainText({ multiline: true })
  reason?: string;
}

export class ListCreditFactsQuery extends ByCycleRequest {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  studioId?: string;

  @ApiPropertyOptional({ enum: CREDIT_FACT_STATUSES })
  @IsOptional()
  @IsIn(CREDIT_FACT_STATUSES)
  status?: CreditFactStatus;
}

/** What a fact's evidence file is, listed with the fact so that a list needs no request per row. */
@ApiSchema({ name: 'CreditFactEvidenceSummary' })
export class CreditFactEvidenceSummaryView {
  @ApiProperty({ example: 'Фото десанта.png', description: 'Offered for download under this name' })
  fileName!: string;

  @ApiProperty({ enum: EVIDENCE_FORMATS, description: 'Judged by the content, not the name' })
  format!: EvidenceFormat;

  @ApiProperty({ example: 182_044, description: 'Bytes' })
  size!: number;
}

@ApiSchema({ name: 'CreditFact' })
export class CreditFactView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  studioId!: string;

  @ApiProperty(UUID)
  cycleId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: 'events' })
  indicatorId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 30 })
  count!: number | null;

  @ApiProperty({ example: 'Экологический десант 12 октября' })
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  evidenceObjectName!: string | null;

  @ApiProperty({
    type: CreditFactEvidenceSummaryView,
    nullable: true,
    description:
      'The evidence file (downloaded at /credit-facts/{id}/evidence/content); null while none is attached',
  })
  evidence!: CreditFactEvidenceSummaryView | null;

  @ApiProperty({ enum: CREDIT_FACT_STATUSES })
  status!: CreditFactStatus;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  verifiedAt!: string | null;
}

/** A studio's place in a cycle's ranking. */
export class StudioStandingView {
  @ApiProperty(UUID)
  studioId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: 1, description: 'Equal totals share a rank (1, 1, 3)' })
  rank!: number;

  @ApiProperty({ example: 33 })
  total!: number;

  @ApiProperty({ example: 5, description: 'Points to draw level with the place above (0 for the first)' })
  gapToNextPlace!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1 })
  nextPlaceRank!: number | null;

  @ApiProperty({ description: 'Among the year’s leaders' })
  leader!: boolean;
}

@ApiSchema({ name: 'StudioRanking' })
export class StudioRankingView {
  @ApiProperty(UUID)
  cycleId!: string;

  @ApiProperty({ example: 3 })
  leaderCount!: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Null: not yet published' })
  publishedAt!: string | null;

  @ApiProperty({ type: [StudioStandingView], description: 'By total descending; only accepted facts count' })
  standings!: StudioStandingView[];
}

export class ExplainStudioStandingRequest {
  @ApiProperty(UUID)
  @IsUUID()
  studioId!: string;
}

/** What one indicator earned the studio. */
export class StudioContributionView {
  @ApiProperty({ example: 'events' })
  indicatorId!: string;

  @ApiProperty({ example: 'Мероприятия студии' })
  name!: string;

  @ApiProperty({ example: 'мероприятия' })
  unit!: string;

  @ApiProperty({ example: 2 })
  factsCounted!: number;

  @ApiProperty({ example: 2 })
  quantity!: number;

  @ApiProperty({ example: 10 })
  points!: number;

  @ApiProperty({ description: 'The indicator’s cap cut the points' })
  capped!: boolean;
}

/** More accepted facts on one indicator that would close the gap to the next place on their own. */
export class StudioGapOptionView {
  @ApiProperty({ example: 'events' })
  indicatorId!: string;

  @ApiProperty({ example: 'Мероприятия студии' })
  name!: string;

  @ApiProperty({ example: 'мероприятия' })
  unit!: string;

  @ApiProperty({ example: 1 })
  unitsNeeded!: number;

  @ApiProperty({ example: 5 })
  pointsGained!: number;
}

/** A studio's standing as its school sees it: no other studio is named. */
@ApiSchema({ name: 'StudioStandingExplanation' })
export class StudioStandingExplanationView {
  @ApiProperty(UUID)
  studioId!: string;

  @ApiProperty(UUID)
  cycleId!: string;

  @ApiProperty({ example: 2 })
  rank!: number;

  @ApiProperty({ example: 28 })
  total!: number;

  @ApiProperty({ example: 5 })
  studioCount!: number;

  @ApiProperty({ example: 5 })
  gapToNextPlace!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1 })
  nextPlaceRank!: number | null;

  @ApiProperty({ type: [StudioContributionView], description: 'Most points first' })
  earnedBy!: StudioContributionView[];

  @ApiProperty({ type: [StudioGapOptionView], description: 'Cheapest first; empty at the first place' })
  waysToCloseGap!: StudioGapOptionView[];
}

/** The ranking the coordinator would get under an edited criteria set (nothing is saved). */
export class PreviewStudioRankingCommand {
  @ApiProperty(UUID)
  @IsUUID()
  cycleId!: string;

  @ApiProperty({ type: StudioCriteria })
  @IsObject()
  criteria!: StudioCriteria;
}

export class StudioStandingChangeView {
  @ApiProperty(UUID)
  studioId!: string;

  @ApiProperty({ example: 2 })
  currentRank!: number;

  @ApiProperty({ example: 1 })
  editedRank!: number;

  @ApiProperty({ example: 1, description: 'Places gained (negative: lost)' })
  placeChange!: number;

  @ApiProperty({ example: 28 })
  currentTotal!: number;

  @ApiProperty({ example: 31 })
  editedTotal!: number;

  @ApiProperty({ example: 3 })
  totalChange!: number;
}

@ApiSchema({ name: 'StudioRankingPreview' })
export class StudioRankingPreviewView {
  @ApiProperty({ type: StudioRankingView })
  current!: StudioRankingView;

  @ApiProperty({ type: StudioRankingView })
  edited!: StudioRankingView;

  @ApiProperty({ type: [StudioStandingChangeView], description: 'In the edited ranking’s order' })
  changes!: StudioStandingChangeView[];
}
