import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import {
  EXAMPLE_MUNICIPALITY_ID,
  EXAMPLE_SCHOOL_ID,
  EXAMPLE_WORK_ID,
  figure,
  uuid,
} from './openapi-examples';

/** Intermediate → final change of one subject, grade and school year. */
export class ProgressQuery {
  @ApiProperty({ description: 'Subject code', example: 'math' })
  @IsString()
  @Length(1, 50)
  subject!: string;

  @ApiProperty({ minimum: 1, maximum: 11, example: 7 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @ApiProperty({ description: 'First calendar year of the school year (2024 = 2024/25)', example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;
}

@ApiSchema({ name: 'ProgressWork' })
export class ProgressWorkView {
  @ApiProperty(uuid(EXAMPLE_WORK_ID))
  workId!: string;

  @ApiProperty({ example: 'Итоговая диагностическая работа по математике, 7 класс' })
  title!: string;

  @ApiProperty({ example: 20 })
  maxTotal!: number;
}

@ApiSchema({ name: 'ProgressFigures' })
export class ProgressFiguresView {
  @ApiProperty({ example: 134 })
  intermediateParticipants!: number;

  @ApiProperty({ example: 129 })
  finalParticipants!: number;

  @ApiProperty(figure(57.1, 'Mean total as % of the work’s maximum'))
  intermediatePercent!: number | null;

  @ApiProperty(figure(63.4, 'Mean total as % of the work’s maximum'))
  finalPercent!: number | null;

  @ApiProperty(figure(6.3, 'finalPercent − intermediatePercent, percentage points'))
  changePercentPoints!: number | null;

  @ApiProperty({ description: 'Participants found in both works by participant code', example: 118 })
  matchedParticipants!: number;

  @ApiProperty(figure(5.8, 'Mean of the matched participants’ own changes, percentage points'))
  matchedChangePercentPoints!: number | null;

  @ApiProperty({
    enum: ['matched', 'means'],
    description: '`means` when no participant codes matched',
    example: 'matched',
  })
  method!: 'matched' | 'means';
}

/** A school's progress: its reference (as SchoolRefView, documented apart) and its figures. */
@ApiSchema({ name: 'SchoolProgress' })
export class SchoolProgressView extends ProgressFiguresView {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Лицей № 1 им. Пушкина' })
  schoolName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_MUNICIPALITY_ID })
  municipalityId!: string | null;
}

@ApiSchema({ name: 'Progress' })
export class ProgressView {
  @ApiProperty({ example: 'math' })
  subject!: string;

  @ApiProperty({ example: 7 })
  grade!: number;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({ type: ProgressWorkView })
  intermediate!: ProgressWorkView;

  @ApiProperty({ type: ProgressWorkView })
  final!: ProgressWorkView;

  @ApiProperty({ type: ProgressFiguresView })
  region!: ProgressFiguresView;

  @ApiProperty({
    type: [SchoolProgressView],
    description: 'A school-scoped caller gets only their own school',
  })
  schools!: SchoolProgressView[];
}
