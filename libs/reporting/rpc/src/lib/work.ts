import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { WORK_KINDS, type WorkKind } from '@orbita/contracts';
import { IsUUID } from 'class-validator';
import { EXAMPLE_MUNICIPALITY_ID, EXAMPLE_SCHOOL_ID, EXAMPLE_WORK_ID, uuid } from './openapi-examples';

/** Every analytics query is about one diagnostic work. */
export class WorkAnalyticsRequest {
  @ApiProperty(uuid(EXAMPLE_WORK_ID, 'The diagnostic work'))
  @IsUUID()
  workId!: string;
}

@ApiSchema({ name: 'WorkTask' })
export class WorkTaskView {
  @ApiProperty({ example: 3 })
  number!: number;

  @ApiProperty({ example: '3' })
  label!: string;

  @ApiProperty({ example: 2 })
  maxScore!: number;

  @ApiProperty({ type: String, nullable: true, example: 'Дроби' })
  topic!: string | null;
}

@ApiSchema({ name: 'PerformanceLevel' })
export class PerformanceLevelView {
  @ApiProperty({ example: 'middle' })
  code!: string;

  @ApiProperty({ example: 'Средний' })
  label!: string;

  @ApiProperty({ description: 'Lowest total of the level', example: 8 })
  minTotal!: number;
}

/** The blueprint version figures are read against (the latest published). */
@ApiSchema({ name: 'AnalysedWork' })
export class AnalysedWorkView {
  @ApiProperty(uuid(EXAMPLE_WORK_ID))
  workId!: string;

  @ApiProperty({
    description: 'The blueprint version the figures are read against (the latest published)',
    example: 1,
  })
  version!: number;

  @ApiProperty({ enum: WORK_KINDS, example: 'intermediate' })
  kind!: WorkKind;

  @ApiProperty({ example: 'Промежуточная диагностическая работа по математике, 7 класс' })
  title!: string;

  @ApiProperty({ example: 'math' })
  subject!: string;

  @ApiProperty({ type: [Number], example: [7] })
  grades!: number[];

  @ApiProperty({ description: 'First calendar year of the school year (2024 = 2024/25)', example: 2024 })
  schoolYear!: number;

  @ApiProperty({ format: 'date-time', example: '2024-12-02T00:00:00.000Z' })
  windowFrom!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-05T23:59:59.000Z' })
  windowTo!: string;

  @ApiProperty({ description: 'Sum of the tasks’ maxima', example: 20 })
  maxTotal!: number;

  @ApiProperty({ type: [WorkTaskView] })
  tasks!: WorkTaskView[];

  @ApiProperty({ type: [PerformanceLevelView] })
  levels!: PerformanceLevelView[];
}

@ApiSchema({ name: 'SchoolRef' })
export class SchoolRefView {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

  /** Null until reporting has heard of the school. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Short name from the registry',
    example: 'Лицей № 1 им. Пушкина',
  })
  schoolName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_MUNICIPALITY_ID })
  municipalityId!: string | null;
}
