import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsPlainText, STAGE_KINDS, Trimmed, type StageKind } from '@orbita/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
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
} from 'class-validator';
import { DATE, SUBJECT_AREA, SUBJECT_AREA_CODE, UUID } from './api-examples';
import { IsCalendarDate } from './fields';

export const STAGE_STATUSES = ['open', 'closed'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/**
 * A season of project defences for a school year. Each stage's dates default from the school year: the
 * school stage (предзащита) from 1 September until 30 March, the regional final 14–18 April.
 */
export class CreateSeasonCommand {
  @ApiProperty({ example: 2025, description: 'First calendar year of the school year: 2025 = 2025/26' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiPropertyOptional(DATE)
  @IsOptional()
  @IsCalendarDate()
  schoolStageStartsOn?: string;

  @ApiPropertyOptional(DATE)
  @IsOptional()
  @IsCalendarDate()
  schoolStageEndsOn?: string;

  @ApiPropertyOptional(DATE)
  @IsOptional()
  @IsCalendarDate()
  finalStartsOn?: string;

  @ApiPropertyOptional(DATE)
  @IsOptional()
  @IsCalendarDate()
  finalEndsOn?: string;
}

@ApiSchema({ name: 'ProjectStage' })
export class StageView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  seasonId!: string;

  @ApiProperty({ enum: STAGE_KINDS, description: 'school (школьный этап) or final (заключительный этап)' })
  kind!: StageKind;

  @ApiProperty(DATE)
  startsOn!: string;

  @ApiProperty(DATE)
  endsOn!: string;

  @ApiProperty({ enum: STAGE_STATUSES })
  status!: StageStatus;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    description: 'When the first sheet was submitted: the rubric no longer changes',
  })
  rubricFrozenAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true })
  closedAt!: string | null;
}

/** The section of a subject area: its works are judged by its experts. */
export class SaveSectionCommand {
  @ApiProperty(UUID)
  @IsUUID()
  seasonId!: string;

  @ApiProperty(SUBJECT_AREA)
  @Matches(SUBJECT_AREA_CODE, { message: '$property must be a subject area code such as physics' })
  subjectArea!: string;

  @ApiProperty({ example: 'Физика и астрономия', maxLength: 200 })
  @Trimmed()
  @IsString()
  @Length(1, 200)
  @IsPlainText()
  title!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Registry people with the expert role' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds!: string[];
}

@ApiSchema({ name: 'ProjectSection' })
export class SectionView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  seasonId!: string;

  @ApiProperty(SUBJECT_AREA)
  subjectArea!: string;

  @ApiProperty({ example: 'Физика и астрономия' })
  title!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  expertIds!: string[];
}

@ApiSchema({ name: 'ProjectSeason' })
export class SeasonView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ example: 2025 })
  schoolYear!: number;

  @ApiProperty({ type: [StageView], description: 'The school stage, then the final' })
  stages!: StageView[];

  @ApiProperty({ type: [SectionView] })
  sections!: SectionView[];
}

/** A work's slot at a stage: the day, where (a place or an online link) and its order in the day. */
export class ScheduleWorkCommand {
  @ApiProperty(UUID)
  @IsUUID()
  workId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiProperty(DATE)
  @IsCalendarDate()
  day!: string;

  @ApiPropertyOptional({
    example: 'Лицей № 1, ауд. 204',
    maxLength: 300,
    description: 'Required without onlineLink',
  })
  @ValidateIf((entry: ScheduleWorkCommand) => entry.place !== undefined || entry.onlineLink === undefined)
  @Trimmed()
  @IsString({ message: '$property must be a text: a place, or else an onlineLink, is required' })
  @Length(1, 300)
  @IsPlainText()
  place?: string;

  @ApiPropertyOptional({ example: 'https://meet.example.org/projects-physics', maxLength: 500 })
  @IsOptional()
  @Matches(/^https:\/\/\S{1,492}$/, { message: '$property must be an https link' })
  onlineLink?: string;

  @ApiProperty({ example: 1, minimum: 1, description: 'The work’s turn in the day' })
  @IsInt()
  @Min(1)
  @Max(1000)
  position!: number;
}

@ApiSchema({ name: 'ProjectScheduleEntry' })
export class ScheduleEntryView {
  @ApiProperty(UUID)
  workId!: string;

  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty(DATE)
  day!: string;

  @ApiProperty({ nullable: true, example: 'Лицей № 1, ауд. 204' })
  place!: string | null;

  @ApiProperty({ nullable: true, example: 'https://meet.example.org/projects-physics' })
  onlineLink!: string | null;

  @ApiProperty({ example: 1 })
  position!: number;
}

export class ListScheduleQuery {
  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiPropertyOptional(SUBJECT_AREA)
  @IsOptional()
  @Matches(SUBJECT_AREA_CODE, { message: '$property must be a subject area code such as physics' })
  subjectArea?: string;
}
