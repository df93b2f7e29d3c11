import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsPlainText, TRAINING_KINDS, type TrainingKind } from '@orbita/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

// Trainings of the programme's teachers (seed 000: «Обучение прошёл 31 педагогический работник»).

export enum TrainingErrorCode {
  TRAINING_NOT_FOUND = 'REGISTRY.TRAINING_NOT_FOUND',
  /** 422: an attendee who is not an active teacher of a school; the error names the row. */
  ATTENDEE_NOT_A_TEACHER = 'REGISTRY.TRAINING_ATTENDEE_NOT_A_TEACHER',
  /** 400: `endsOn` before `startsOn`. */
  INVALID_DATES = 'REGISTRY.TRAINING_INVALID_DATES',
}

/** The most attendees one training lists (a region's programme teachers, with room to spare). */
export const MAX_TRAINING_ATTENDEES = 500;

const VERSION_FIELD = {
  description: 'The version of the training the change is based on; alternatively the `If-Match` header',
  minimum: 1,
  example: 1,
};

const uuid = (description: string) => ({
  format: 'uuid',
  description,
  example: '9b2f4c1e-5d6a-4e7b-8c9d-0e1f2a3b4c5d',
});

/** What a training is; attendees are registry people who teach at a school. */
class TrainingFields {
  @ApiProperty({ enum: TRAINING_KINDS, example: 'course' })
  @IsIn(TRAINING_KINDS)
  kind!: TrainingKind;

  @ApiProperty({ example: 'Методика преподавания профильных предметов в классах Проекта', maxLength: 300 })
  @IsString()
  @Length(1, 300)
  @IsPlainText()
  title!: string;

  @ApiPropertyOptional({ example: 'Образовательный центр «Сириус»', maxLength: 300 })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @IsPlainText()
  provider?: string;

  @ApiProperty({ format: 'date', example: '2024-10-14' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  startsOn!: string;

  @ApiProperty({ format: 'date', description: 'The same day as `startsOn` or later', example: '2024-10-25' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  endsOn!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, example: 36 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  hours?: number;

  @ApiPropertyOptional(uuid('The roadmap activity the training fulfils'))
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Registry people who attended: each an active teacher of a school (422 names the row otherwise)',
  })
  @IsArray()
  @ArrayMaxSize(MAX_TRAINING_ATTENDEES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  personIds!: string[];
}

export class RecordTrainingCommand extends TrainingFields {}

/** The training's whole new state (attendees included), based on the version read. */
export class UpdateTrainingCommand extends TrainingFields {
  @ApiProperty(uuid('The training'))
  @IsUUID()
  id!: string;

  @ApiProperty({ ...VERSION_FIELD, type: 'integer' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class ListTrainingsQuery {
  @ApiProperty({ type: 'integer', description: 'The school year (its first calendar year)', example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiPropertyOptional(uuid('Only the trainings fulfilling this roadmap activity'))
  @IsOptional()
  @IsUUID()
  activityId?: string;
}

@ApiSchema({ name: 'TrainingAttendee' })
export class TrainingAttendeeView {
  @ApiProperty(uuid('The registry person'))
  personId!: string;

  @ApiProperty({ example: 'Волкова Ольга Викторовна' })
  fullName!: string;

  @ApiProperty(uuid('The school they teach at'))
  schoolId!: string;

  @ApiProperty({ example: 'МАОУ лицей № 1 им. А.С. Пушкина' })
  schoolName!: string;
}

@ApiSchema({ name: 'Training' })
export class TrainingView {
  @ApiProperty(uuid('The training'))
  id!: string;

  @ApiProperty({ enum: TRAINING_KINDS, example: 'course' })
  kind!: TrainingKind;

  @ApiProperty({ example: 'Методика преподавания профильных предметов в классах Проекта' })
  title!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Образовательный центр «Сириус»' })
  provider!: string | null;

  @ApiProperty({ format: 'date', example: '2024-10-14' })
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2024-10-25' })
  endsOn!: string;

  @ApiProperty({ type: 'integer', nullable: true, example: 36 })
  hours!: number | null;

  @ApiProperty({
    type: 'integer',
    description: 'The school year it counts in: that of `startsOn`',
    example: 2024,
  })
  schoolYear!: number;

  @ApiProperty({ ...uuid('The roadmap activity it fulfils'), type: String, nullable: true })
  activityId!: string | null;

  @ApiProperty({
    type: [TrainingAttendeeView],
    description: 'Who attended; a school account sees its own school’s teachers only',
  })
  attendees!: TrainingAttendeeView[];

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;
}
