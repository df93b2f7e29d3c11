import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsPlainText, Trimmed } from '@orbita/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { UUID } from './api-examples';

/** A level of a criterion: the points it gives and what a work at that level looks like. */
export class RubricLevel {
  @ApiProperty({ example: 2, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100)
  points!: number;

  @ApiProperty({ example: 'Цель поставлена и достигнута', maxLength: 1000 })
  @Trimmed()
  @IsString()
  @Length(1, 1000)
  @IsPlainText()
  descriptor!: string;
}

/** One criterion of an evaluation sheet (лист экспертной оценки). */
export class RubricCriterion {
  @ApiProperty({ example: 'goal', description: 'Lower-case key, unique in the rubric; sheets score by it' })
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: '$property must be a lower-case key such as goal' })
  key!: string;

  @ApiProperty({ example: 'Постановка цели', maxLength: 300 })
  @Trimmed()
  @IsString()
  @Length(1, 300)
  @IsPlainText()
  title!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  maxPoints!: number;

  @ApiProperty({ example: 1, description: 'Weight in the weighted total, above 0' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  weight!: number;

  @ApiProperty({ type: [RubricLevel], description: 'Distinct points, none above maxPoints' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricLevel)
  levels!: RubricLevel[];

  @ApiProperty({ description: 'Whether an expert may mark the criterion "not applicable"' })
  @IsBoolean()
  allowNotApplicable!: boolean;
}

export class CreateRubricVersionCommand {
  @ApiProperty(UUID)
  @IsUUID()
  stageId!: string;

  @ApiProperty({ type: [RubricCriterion] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterion)
  criteria!: RubricCriterion[];
}

export class GetStageRubricRequest {
  @IsUUID()
  stageId!: string;
}

@ApiSchema({ name: 'RubricVersion' })
export class RubricVersionView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty({ example: 1, description: 'Counts from 1 per stage; the highest is in force' })
  version!: number;

  @ApiProperty({ type: [RubricCriterion] })
  criteria!: RubricCriterion[];

  @ApiProperty({ description: 'A sheet of the stage was submitted: the rubric no longer changes' })
  frozen!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
