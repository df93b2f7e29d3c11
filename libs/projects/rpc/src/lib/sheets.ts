import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsPlainText, Trimmed } from '@orbita/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
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
import { UUID } from './api-examples';

export const SHEET_STATUSES = ['draft', 'submitted', 'reopened'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

/** An expert's assignment to a work at a stage (by hand; the expert must be in the work's section). */
export class AssignmentCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiProperty({ ...UUID, description: 'A registry person with the expert role' })
  @IsUUID()
  expertPersonId!: string;
}

export class ListAssignmentsQuery {
  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  workId?: string;

  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  expertPersonId?: string;
}

@ApiSchema({ name: 'ExpertAssignment' })
export class AssignmentView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({ format: 'date-time' })
  assignedAt!: string;
}

/** One criterion's score: `points` from 0 to its maximum, or null for "not applicable" where allowed. */
export class CriterionScore {
  @ApiProperty({ example: 'goal' })
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: '$property must be a criterion key such as goal' })
  criterionKey!: string;

  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'null: not applicable' })
  @ValidateIf((score: CriterionScore) => score.points !== null)
  @IsInt()
  @Min(0)
  @Max(100)
  points!: number | null;
}

/** The expert's sheet for a work at a stage, saved as a draft (scores may be partial until submitted). */
export class SaveSheetCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiProperty({ type: [CriterionScore] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionScore)
  scores!: CriterionScore[];

  @ApiPropertyOptional({ example: 'Сильная экспериментальная часть', maxLength: 5000 })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(0, 5000)
  @IsPlainText({ multiline: true })
  comment?: string;
}

export class SubmitSheetCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;
}

/** The coordinator reopens a submitted sheet for its expert to correct, saying why. */
export class ReopenSheetCommand {
  @IsUUID()
  id!: string;

  @ApiProperty({ example: 'Критерий «Новизна» оценён выше максимума регламента', maxLength: 1000 })
  @Trimmed()
  @IsString()
  @Length(1, 1000)
  @IsPlainText({ multiline: true })
  reason!: string;
}

export class ListSheetsQuery {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;
}

@ApiSchema({ name: 'ExpertSheet' })
export class SheetView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty(UUID)
  expertPersonId!: string;

  @ApiProperty({ enum: SHEET_STATUSES })
  status!: SheetStatus;

  @ApiProperty({ ...UUID, nullable: true, description: 'The rubric version it was last submitted against' })
  rubricVersionId!: string | null;

  @ApiProperty({ type: [CriterionScore] })
  scores!: CriterionScore[];

  @ApiProperty({ example: '' })
  comment!: string;

  @ApiProperty({ example: 1, description: 'Submissions so far (a reopened sheet is submitted again)' })
  submission!: number;

  @ApiProperty({ format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ nullable: true, description: 'Why the coordinator reopened it (the last time)' })
  reopenReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
