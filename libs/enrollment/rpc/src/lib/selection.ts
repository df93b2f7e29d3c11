import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
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
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ListQuery, SELECTION_BASES, type SelectionBasis } from '@orbita/contracts';
import { DATE, SCHOOL_ID, UUID } from './api-examples';

/**
 * A selection campaign (отбор) of a school for a grade and year: candidates by a selection diagnostic
 * work (ОДР, scores from assessments' protocols) or by OGE results entered here. Rules: a threshold,
 * a quota of places, and extra testing as the tie-breaker.
 */
export class CreateCampaignCommand {
  @ApiPropertyOptional(SCHOOL_ID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiProperty({ example: 7 })
  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiProperty({
    enum: SELECTION_BASES,
    description: 'work: a selection diagnostic work (ОДР); oge: OGE results entered',
  })
  @IsIn(SELECTION_BASES)
  basis!: SelectionBasis;

  /** The selection work, required when the basis is a work. */
  @ApiPropertyOptional({ ...UUID, description: 'The selection work; required when the basis is a work' })
  @ValidateIf((command: CreateCampaignCommand) => command.basis === 'work' || command.workId !== undefined)
  @IsUUID()
  workId?: string;

  /** Lowest score recommended. */
  @ApiProperty({ example: 13, description: 'Lowest score recommended' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  threshold!: number;

  /** Places in the class. */
  @ApiProperty({ example: 25, description: 'Places in the class' })
  @IsInt()
  @Min(1)
  @Max(1000)
  quota!: number;
}

@ApiSchema({ name: 'CandidateEntry' })
export class CandidateScore {
  @ApiProperty(UUID)
  @IsUUID()
  studentId!: string;

  /** The OGE result (basis `oge`); ignored for a work campaign, whose scores come from the work. */
  @ApiPropertyOptional({ example: 25, description: 'The OGE result (OGE campaigns)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  score?: number;

  /** Extra testing: breaks ties of the main score. */
  @ApiPropertyOptional({ example: 4, description: 'Extra testing: breaks ties' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  extraScore?: number;
}

/** Adds or replaces candidates of a campaign (before or after ranking; ranking again takes them in). */
export class RecordCandidatesCommand {
  @IsUUID()
  campaignId!: string;

  @ApiProperty({ type: [CandidateScore] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CandidateScore)
  candidates!: CandidateScore[];
}

export class ListCampaignsQuery extends ListQuery {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ example: 2024 })
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

  @ApiProperty(UUID)
  @IsUUID()
  classId!: string;

  @ApiProperty({ ...UUID, description: 'The enrollment order: required' })
  @IsUUID()
  orderId!: string;

  @ApiProperty(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date such as 2024-09-01' })
  enrolledOn!: string;

  /** Some of the recommended students only; all of them when left out. */
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Some of the recommended students; all of them when left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  studentIds?: string[];
}

@ApiSchema({ name: 'Candidate' })
export class CandidateView {
  @ApiProperty({
    ...UUID,
    type: String,
    nullable: true,
    description: 'Null for a participant code no student is linked to yet',
  })
  studentId!: string | null;

  /** For a work campaign: the code the score came with. */
  @ApiProperty({ type: String, nullable: true, example: 'S03-017' })
  participantCode!: string | null;

  @ApiProperty({ example: 15 })
  score!: number;

  @ApiProperty({ type: Number, nullable: true, example: 4, description: 'Extra testing: breaks ties' })
  extraScore!: number | null;

  /** Competition rank (1, 2, 2, 4) by score then extra score; null before ranking. */
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description: 'Competition rank (1, 2, 2, 4); null before ranking',
  })
  rank!: number | null;

  @ApiProperty({ description: 'At or above the threshold' })
  eligible!: boolean;

  @ApiProperty({
    description: 'Eligible with a rank within the quota (all candidates tied for the last place are)',
  })
  recommended!: boolean;
}

@ApiSchema({ name: 'Campaign' })
export class CampaignView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: 7 })
  grade!: number;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({ enum: SELECTION_BASES })
  basis!: SelectionBasis;

  @ApiProperty({ ...UUID, type: String, nullable: true })
  workId!: string | null;

  @ApiProperty({ example: 13 })
  threshold!: number;

  @ApiProperty({ example: 25 })
  quota!: number;

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  rankedAt!: string | null;

  @ApiProperty({ type: [CandidateView], description: 'By rank' })
  candidates!: CandidateView[];
}

@ApiSchema({ name: 'EnrolledFromCampaign' })
export class EnrolledFromCampaignView {
  @ApiProperty(UUID)
  campaignId!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  enrolled!: string[];
}
