import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { EXAMPLE_SCHOOL_ID, EXAMPLE_VERSION_ID, figure, share, uuid } from './openapi-examples';
import { AnalysedWorkView, PerformanceLevelView, SchoolRefView, WorkAnalyticsRequest } from './work';

export class SchoolAnalyticsRequest extends WorkAnalyticsRequest {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  @IsUUID()
  schoolId!: string;
}

export class TaskDifficultyRequest extends WorkAnalyticsRequest {
  @ApiPropertyOptional(
    uuid(EXAMPLE_SCHOOL_ID, 'A school to put beside the region (school-scoped callers always get their own)'),
  )
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

@ApiSchema({ name: 'HistogramBin' })
export class HistogramBinView {
  @ApiProperty({ example: 8 })
  from!: number;

  @ApiProperty({
    description:
      'Exclusive, except in the last bin (which holds the maximum total); with whole-number scores (every task maximum an integer) bins are whole scores, `from` and `to` both included',
    example: 10,
  })
  to!: number;

  @ApiProperty({ example: 14 })
  count!: number;
}

@ApiSchema({ name: 'LevelCount' })
export class LevelCountView extends PerformanceLevelView {
  @ApiProperty({ example: 61 })
  count!: number;

  @ApiProperty({ description: 'count / participants, 0..1', example: 0.4552 })
  share!: number;
}

@ApiSchema({ name: 'TaskFigures' })
export class TaskFiguresView {
  @ApiProperty({ example: 3 })
  number!: number;

  @ApiProperty({ example: '3' })
  label!: string;

  @ApiProperty({ example: 2 })
  maxScore!: number;

  @ApiProperty(figure(1.12, 'Mean score'))
  mean!: number | null;

  @ApiProperty(share(0.56, 'Mean score / max score (процент выполнения)'))
  solvedShare!: number | null;

  @ApiProperty(share(0.4925, 'Participants with the full score'))
  fullShare!: number | null;

  @ApiProperty(share(0.1343, 'Participants with more than 0 and less than the full score'))
  partialShare!: number | null;

  @ApiProperty(share(0.3731, 'Participants with 0'))
  zeroShare!: number | null;
}

/** Figures of a group of participants (a class, a school, the region). Empty groups have nulls. */
@ApiSchema({ name: 'ScoreFigures' })
export class ScoreFiguresView {
  @ApiProperty({ example: 134 })
  participants!: number;

  @ApiProperty(figure(11.42, 'Mean total'))
  mean!: number | null;

  @ApiProperty(figure(12, 'Median total (interpolated between the two middle participants of an even group)'))
  median!: number | null;

  @ApiProperty(figure(3.87, 'Population standard deviation of the totals'))
  standardDeviation!: number | null;

  @ApiProperty(figure(2))
  min!: number | null;

  @ApiProperty(figure(20))
  max!: number | null;

  @ApiProperty({ type: [HistogramBinView], description: 'Ten equal bins over 0..maxTotal' })
  histogram!: HistogramBinView[];

  @ApiProperty({
    type: [LevelCountView],
    description: 'Participants per performance level (highest threshold reached)',
  })
  levels!: LevelCountView[];

  @ApiProperty({ description: 'Participants below the lowest level’s threshold', example: 0 })
  belowLevels!: number;

  @ApiProperty({ type: [TaskFiguresView] })
  tasks!: TaskFiguresView[];
}

@ApiSchema({ name: 'SchoolSummary' })
export class SchoolSummaryView extends SchoolRefView {
  @ApiProperty({
    type: [String],
    description: 'Protocol versions the figures come from',
    example: [EXAMPLE_VERSION_ID],
  })
  versionIds!: string[];

  @ApiProperty({ example: 26 })
  participants!: number;

  @ApiProperty({
    description: 'Some of those versions await the regional centre’s review: the figures are provisional',
    example: false,
  })
  provisional!: boolean;

  @ApiProperty(figure(12.35))
  mean!: number | null;

  @ApiProperty(figure(13))
  median!: number | null;

  @ApiProperty(figure(3.41))
  standardDeviation!: number | null;

  @ApiProperty(figure(5))
  min!: number | null;

  @ApiProperty(figure(20))
  max!: number | null;

  @ApiProperty(figure(0.93, 'School mean − region mean'))
  meanDifference!: number | null;
}

@ApiSchema({ name: 'WorkAnalytics' })
export class WorkAnalyticsView {
  @ApiProperty({ type: AnalysedWorkView })
  work!: AnalysedWorkView;

  @ApiProperty({ type: ScoreFiguresView, description: 'The whole region' })
  region!: ScoreFiguresView;

  @ApiProperty({
    description:
      'Schools of the region whose figures await review; the region’s figures are provisional while above 0',
    example: 1,
  })
  provisionalSchools!: number;

  @ApiProperty({
    type: [SchoolSummaryView],
    description: 'Schools with figures; a school-scoped caller gets only their own',
  })
  schools!: SchoolSummaryView[];
}

@ApiSchema({ name: 'ClassFigures' })
export class ClassFiguresView {
  @ApiProperty({
    description: 'As the protocol names the class, spaces removed and upper-cased',
    example: '7А',
  })
  classLabel!: string;

  @ApiProperty({ type: ScoreFiguresView })
  figures!: ScoreFiguresView;
}

@ApiSchema({ name: 'TaskComparison' })
export class TaskComparisonView {
  @ApiProperty({ example: 3 })
  number!: number;

  @ApiProperty({ example: '3' })
  label!: string;

  @ApiProperty(figure(1.31))
  schoolMean!: number | null;

  @ApiProperty(figure(1.12))
  regionMean!: number | null;

  @ApiProperty(figure(0.19, 'School − region'))
  meanDifference!: number | null;

  @ApiProperty(figure(0.655))
  schoolSolvedShare!: number | null;

  @ApiProperty(figure(0.56))
  regionSolvedShare!: number | null;

  @ApiProperty(figure(0.095, 'School − region'))
  solvedShareDifference!: number | null;
}

@ApiSchema({ name: 'SchoolComparison' })
export class SchoolComparisonView {
  @ApiProperty(figure(0.93, 'School mean − region mean'))
  meanDifference!: number | null;

  @ApiProperty({ type: [TaskComparisonView] })
  tasks!: TaskComparisonView[];
}

@ApiSchema({ name: 'SchoolAnalytics' })
export class SchoolAnalyticsView {
  @ApiProperty({ type: AnalysedWorkView })
  work!: AnalysedWorkView;

  @ApiProperty({ type: SchoolRefView })
  school!: SchoolRefView;

  @ApiProperty({
    type: [String],
    description: 'Protocol versions the figures come from (empty before any counts)',
    example: [EXAMPLE_VERSION_ID],
  })
  versionIds!: string[];

  @ApiProperty({
    description: 'The school’s figures come from a version awaiting the regional centre’s review',
    example: false,
  })
  provisional!: boolean;

  @ApiProperty({ type: ScoreFiguresView, description: 'The school' })
  figures!: ScoreFiguresView;

  @ApiProperty({ type: [ClassFiguresView] })
  classes!: ClassFiguresView[];

  @ApiProperty({ type: ScoreFiguresView, description: 'The whole region' })
  region!: ScoreFiguresView;

  @ApiProperty({ description: 'As provisionalSchools of the work’s analytics', example: 1 })
  regionProvisionalSchools!: number;

  @ApiProperty({ type: SchoolComparisonView })
  comparison!: SchoolComparisonView;
}

@ApiSchema({ name: 'TaskDifficultyRow' })
export class TaskDifficultyRowView {
  @ApiProperty({ description: '1 = the hardest task (lowest solved share in the region)', example: 1 })
  rank!: number;

  @ApiProperty({ example: 7 })
  number!: number;

  @ApiProperty({ example: '7' })
  label!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Геометрия' })
  topic!: string | null;

  @ApiProperty({ example: 3 })
  maxScore!: number;

  @ApiProperty({ example: 134 })
  participants!: number;

  @ApiProperty(share(0.2114, 'Mean / max in the region'))
  solvedShare!: number | null;

  @ApiProperty(share(0.0821, 'Full scores in the region'))
  fullShare!: number | null;

  @ApiProperty(share(0.5597, 'Zero scores in the region'))
  zeroShare!: number | null;

  @ApiProperty(share(0.2692, 'The school’s solved share, when a school was asked for'))
  schoolSolvedShare!: number | null;
}

@ApiSchema({ name: 'TaskDifficulty' })
export class TaskDifficultyView {
  @ApiProperty({ type: AnalysedWorkView })
  work!: AnalysedWorkView;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_SCHOOL_ID })
  schoolId!: string | null;

  @ApiProperty({ type: [TaskDifficultyRowView], description: 'From the hardest task to the easiest' })
  tasks!: TaskDifficultyRowView[];
}
