import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsPlainText, Trimmed } from '@orbita/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { UUID } from './api-examples';

export const AGGREGATION_METHODS = ['mean', 'median', 'trimmedMean'] as const;
export type AggregationMethodName = (typeof AGGREGATION_METHODS)[number];
export const AWARDS = ['I', 'II', 'III'] as const;
export type AwardName = (typeof AWARDS)[number];

/** Completes each work's panel at a stage from the experts of its section, least loaded first. */
export class AssignExpertsCommand {
  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    minimum: 1,
    maximum: 10,
    description: 'Panel size for this run; the stage’s expertsPerWork setting when absent',
  })
  @IsOptional()
  // The gateway takes it from the query string.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  expertsPerWork?: number;
}

@ApiSchema({ name: 'ExpertPick' })
export class ExpertPickView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({ example: 2, description: 'The expert’s assignments at the stage just before this pick' })
  load!: number;

  @ApiProperty({
    example: 4,
    description: 'Experts of the section with no conflict of interest with the work',
  })
  eligibleExperts!: number;
}

@ApiSchema({ name: 'PanelShortfall' })
export class PanelShortfallView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty({ example: 1, description: 'Experts the panel still lacks' })
  missing!: number;

  @ApiProperty({ enum: ['no-experts-in-section', 'not-enough-unconflicted-experts'] })
  code!: 'no-experts-in-section' | 'not-enough-unconflicted-experts';
}

/** What the automatic assignment did: the picks it stored with their reasons, and the panels left short. */
@ApiSchema({ name: 'ExpertAssignmentPlan' })
export class AssignmentPlanView {
  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty({ type: [ExpertPickView] })
  picks!: ExpertPickView[];

  @ApiProperty({ type: [PanelShortfallView] })
  shortfalls!: PanelShortfallView[];
}

export class GetStageSummaryRequest {
  @IsUUID()
  stageId!: string;
}

@ApiSchema({ name: 'ProjectStanding' })
export class StandingView {
  @ApiProperty({ type: Number, nullable: true, example: 83.3, description: 'Percent; null without sheets' })
  score!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'Competition rank in the section' })
  rank!: number | null;

  @ApiProperty({ enum: AWARDS, nullable: true })
  award!: AwardName | null;
}

/** The work's standing under each method compared with the stage's own (rank stability). */
@ApiSchema({ name: 'ProjectStandingsByMethod' })
export class StandingsByMethodView {
  @ApiProperty({ type: StandingView })
  mean!: StandingView;

  @ApiProperty({ type: StandingView })
  trimmedMean!: StandingView;

  @ApiProperty({ type: StandingView, description: 'Each expert’s total corrected by their severity' })
  severityAdjusted!: StandingView;
}

@ApiSchema({ name: 'ExpertTotal' })
export class ExpertTotalView {
  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({ example: 80, description: 'The submitted sheet’s weighted total, in percent' })
  total!: number;
}

@ApiSchema({ name: 'ProjectWorkSummary' })
export class WorkSummaryView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  sectionId!: string;

  @ApiProperty({ type: [ExpertTotalView], description: 'Each submitted sheet’s total' })
  totals!: ExpertTotalView[];

  @ApiProperty({
    type: StandingView,
    description: 'Under the stage’s aggregation method: what the protocol states',
  })
  official!: StandingView;

  @ApiProperty({ type: StandingsByMethodView })
  byMethod!: StandingsByMethodView;

  @ApiProperty({ description: 'The award differs under some compared method' })
  awardChanges!: boolean;

  @ApiProperty({ example: 12.5, description: 'Max − min of the panel’s totals' })
  spread!: number;

  @ApiProperty({ description: 'The spread exceeds the stage’s divergence threshold' })
  divergent!: boolean;
}

@ApiSchema({ name: 'ExpertSeverity' })
export class ExpertSeverityView {
  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: -0.4,
    description:
      'Mean z-score within the panels counted: below 0 stricter than colleagues, above 0 more lenient',
  })
  severity!: number | null;

  @ApiProperty({ example: 3, description: 'Panels counted: those shared with at least one other expert' })
  panels!: number;
}

@ApiSchema({ name: 'ProjectAwardRule' })
export class AwardRuleView {
  @ApiProperty({ enum: ['rank', 'score'] })
  by!: 'rank' | 'score';

  @ApiProperty({ example: 1, description: 'Rank at most (by rank) or score at least (by score) for I' })
  first!: number;

  @ApiProperty({ example: 3 })
  second!: number;

  @ApiProperty({ example: 6 })
  third!: number;
}

/** How a stage turns sheets into results. */
@ApiSchema({ name: 'ProjectStageSettings' })
export class StageSettingsView {
  @ApiProperty({ enum: AGGREGATION_METHODS })
  aggregation!: AggregationMethodName;

  @ApiProperty({ example: 20, description: 'Percent points of spread above which a panel is divergent' })
  divergenceThreshold!: number;

  @ApiProperty({ type: AwardRuleView })
  awards!: AwardRuleView;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Works each school may send from this stage to the final',
  })
  nominationQuota!: number;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Experts the automatic assignment gives each work',
  })
  expertsPerWork!: number;
}

/** The stage's summary protocol: per section each work's totals, score, rank and award; each expert's severity. */
@ApiSchema({ name: 'ProjectStageSummary' })
export class StageSummaryView {
  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty({ type: StageSettingsView })
  settings!: StageSettingsView;

  @ApiProperty({ type: [WorkSummaryView], description: 'By section, then official rank' })
  works!: WorkSummaryView[];

  @ApiProperty({ type: [ExpertSeverityView] })
  experts!: ExpertSeverityView[];
}

/** The calling expert declares a conflict of interest with a work of their section, saying why. */
export class DeclareConflictCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty({ example: 'Консультировал автора на летней школе', maxLength: 1000 })
  @Trimmed()
  @IsString()
  @Length(1, 1000)
  @IsPlainText({ multiline: true })
  reason!: string;
}

/** The coordinator confirms an expert's declared conflict: the expert no longer judges the work. */
export class ConfirmConflictCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  expertPersonId!: string;
}

export class ListConflictsQuery {
  @IsUUID()
  seasonId!: string;
}

@ApiSchema({ name: 'DeclaredConflict' })
export class DeclaredConflictView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({ example: 'Консультировал автора на летней школе' })
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  declaredAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, description: 'Null until the coordinator confirms it' })
  confirmedAt!: string | null;
}

/**
 * Sends a school's works of the closed school stage to the season's final, within the stage's nomination
 * quota: those the school picks (`workIds`), or else its best ranked, works tied at the cut-off going
 * together or not at all.
 */
export class NominateWorksCommand {
  @ApiProperty({ ...UUID, description: 'The school stage' })
  @IsUUID()
  stageId!: string;

  @ApiPropertyOptional({
    ...UUID,
    description: 'A school account’s own school when absent; required of the region',
  })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    minimum: 0,
    maximum: 100,
    description: 'The school’s places, at most the stage’s nominationQuota (its default)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  quota?: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 100,
    description:
      'The school’s works judged at the stage that go, at most the quota; its best ranked when absent',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  workIds?: string[];
}

@ApiSchema({ name: 'ProjectNomination' })
export class NominationView {
  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ ...UUID, description: 'The final stage the works go to' })
  finalStageId!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Nominated, best ranked first' })
  nominated!: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Tied at the cut-off beyond the quota: none of them goes automatically',
  })
  tiedAtCutoff!: string[];
}

export class PublishResultsCommand {
  @IsUUID()
  stageId!: string;
}

@ApiSchema({ name: 'ProjectResultsPublication' })
export class ResultsPublicationView {
  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  awardedWorkIds!: string[];
}

/** An award rule as sent: rank bands grow (first ≤ second ≤ third), score bands fall. */
@ApiSchema({ name: 'ProjectAwardRuleInput' })
export class AwardRuleFields {
  @ApiProperty({ enum: ['rank', 'score'] })
  @IsIn(['rank', 'score'])
  by!: 'rank' | 'score';

  @ApiProperty({ example: 1, minimum: 0, maximum: 1000 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  first!: number;

  @ApiProperty({ example: 3, minimum: 0, maximum: 1000 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  second!: number;

  @ApiProperty({ example: 6, minimum: 0, maximum: 1000 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  third!: number;
}

/** How the stage's summary turns sheets into results; refused once the stage is closed. */
export class SaveStageSettingsCommand {
  @IsUUID()
  stageId!: string;

  @ApiProperty({ enum: AGGREGATION_METHODS })
  @IsIn(AGGREGATION_METHODS)
  aggregation!: AggregationMethodName;

  @ApiProperty({ example: 20, minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  divergenceThreshold!: number;

  @ApiProperty({ type: AwardRuleFields })
  @ValidateNested()
  @Type(() => AwardRuleFields)
  awards!: AwardRuleFields;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    minimum: 0,
    maximum: 100,
    description: 'Works each school may send to the final; unchanged when absent (3 at first)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  nominationQuota?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    minimum: 1,
    maximum: 10,
    description: 'Experts the automatic assignment gives each work; unchanged when absent (3 at first)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  expertsPerWork?: number;
}

export class ListNominationCandidatesQuery {
  @IsUUID()
  stageId!: string;

  @ApiPropertyOptional({
    ...UUID,
    description: 'A school account’s own school when absent; required of the region',
  })
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

@ApiSchema({ name: 'ProjectNominationCandidate' })
export class NominationCandidateView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  sectionId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 83.3, description: 'The official score, percent' })
  score!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1,
    description: 'Competition rank within the school',
  })
  schoolRank!: number | null;

  @ApiProperty({ enum: AWARDS, nullable: true, description: 'The award at the stage (its section)' })
  award!: AwardName | null;

  @ApiProperty({ description: 'Nominated to the final now' })
  nominated!: boolean;

  @ApiProperty({ description: 'Among those the quota would send without a choice (the best ranked)' })
  recommended!: boolean;
}

/** A school's works judged at a closed school stage, best first, with its quota and nominations. */
@ApiSchema({ name: 'ProjectNominationCandidates' })
export class NominationCandidatesView {
  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ ...UUID, description: 'The final stage the works go to' })
  finalStageId!: string;

  @ApiProperty({ type: 'integer', example: 3, description: 'The stage’s nomination quota' })
  quota!: number;

  @ApiProperty({ type: [NominationCandidateView], description: 'By rank within the school' })
  works!: NominationCandidateView[];
}
