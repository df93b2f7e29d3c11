import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { WORK_KINDS, type WorkKind } from '@orbita/contracts';
import {
  ProgressQuery,
  TaskDifficultyRequest,
  type AnalysedWorkView,
  type ClassFiguresView,
  type HistogramBinView,
  type LevelCountView,
  type PerformanceLevelView,
  type ProgressFiguresView,
  type ProgressView,
  type ProgressWorkView,
  type SchoolAnalyticsView,
  type SchoolRefView,
  type SchoolSummaryView,
  type ScoreFiguresView,
  type TaskComparisonView,
  type TaskDifficultyRowView,
  type TaskDifficultyView,
  type TaskFiguresView,
  type WorkAnalyticsView,
  type WorkTaskView,
} from '@orbita/reporting/rpc';

const uuid = (example: string, description?: string) => ({
  format: 'uuid',
  example,
  ...(description ? { description } : {}),
});
/** A figure that is null while nobody is counted. */
const figure = (example: number, description?: string) => ({
  type: Number,
  nullable: true,
  example,
  ...(description ? { description } : {}),
});
const share = (example: number, description: string) => figure(example, `${description}, 0..1`);

export const EXAMPLE_WORK_ID = '5b0c8f4e-2d7a-4c1b-9e3f-6a8d0c2e4f71';
export const EXAMPLE_SCHOOL_ID = '9e1f3a5c-7b2d-4e6f-8a0c-1d3e5f7a9b2c';
export const EXAMPLE_VERSION_ID = 'c4d6e8f0-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
export const EXAMPLE_MUNICIPALITY_ID = '8d2f4b6a-1c3e-4f5a-9b7c-0d1e2f3a4b5c';

export class WorkTask implements WorkTaskView {
  @ApiProperty({ example: 3 })
  number!: number;

  @ApiProperty({ example: '3' })
  label!: string;

  @ApiProperty({ example: 2 })
  maxScore!: number;

  @ApiProperty({ type: String, nullable: true, example: 'Дроби' })
  topic!: string | null;
}

export class PerformanceLevel implements PerformanceLevelView {
  @ApiProperty({ example: 'middle' })
  code!: string;

  @ApiProperty({ example: 'Средний' })
  label!: string;

  @ApiProperty({ description: 'Lowest total of the level', example: 8 })
  minTotal!: number;
}

export class AnalysedWork implements AnalysedWorkView {
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

  @ApiProperty({ type: [WorkTask] })
  tasks!: WorkTask[];

  @ApiProperty({ type: [PerformanceLevel] })
  levels!: PerformanceLevel[];
}

export class HistogramBin implements HistogramBinView {
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

export class LevelCount extends PerformanceLevel implements LevelCountView {
  @ApiProperty({ example: 61 })
  count!: number;

  @ApiProperty({ description: 'count / participants, 0..1', example: 0.4552 })
  share!: number;
}

export class TaskFigures implements TaskFiguresView {
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

export class ScoreFigures implements ScoreFiguresView {
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

  @ApiProperty({ type: [HistogramBin], description: 'Ten equal bins over 0..maxTotal' })
  histogram!: HistogramBin[];

  @ApiProperty({
    type: [LevelCount],
    description: 'Participants per performance level (highest threshold reached)',
  })
  levels!: LevelCount[];

  @ApiProperty({ description: 'Participants below the lowest level’s threshold', example: 0 })
  belowLevels!: number;

  @ApiProperty({ type: [TaskFigures] })
  tasks!: TaskFigures[];
}

export class SchoolRef implements SchoolRefView {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

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

export class SchoolSummary extends SchoolRef implements SchoolSummaryView {
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

export class WorkAnalytics implements WorkAnalyticsView {
  @ApiProperty({ type: AnalysedWork })
  work!: AnalysedWork;

  @ApiProperty({ type: ScoreFigures, description: 'The whole region' })
  region!: ScoreFigures;

  @ApiProperty({
    description:
      'Schools of the region whose figures await review; the region’s figures are provisional while above 0',
    example: 1,
  })
  provisionalSchools!: number;

  @ApiProperty({
    type: [SchoolSummary],
    description: 'Schools with figures; a school-scoped caller gets only their own',
  })
  schools!: SchoolSummary[];
}

export class ClassFigures implements ClassFiguresView {
  @ApiProperty({
    description: 'As the protocol names the class, spaces removed and upper-cased',
    example: '7А',
  })
  classLabel!: string;

  @ApiProperty({ type: ScoreFigures })
  figures!: ScoreFigures;
}

export class TaskComparison implements TaskComparisonView {
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

export class SchoolComparison {
  @ApiProperty(figure(0.93, 'School mean − region mean'))
  meanDifference!: number | null;

  @ApiProperty({ type: [TaskComparison] })
  tasks!: TaskComparison[];
}

export class SchoolAnalytics implements SchoolAnalyticsView {
  @ApiProperty({ type: AnalysedWork })
  work!: AnalysedWork;

  @ApiProperty({ type: SchoolRef })
  school!: SchoolRef;

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

  @ApiProperty({ type: ScoreFigures, description: 'The school' })
  figures!: ScoreFigures;

  @ApiProperty({ type: [ClassFigures] })
  classes!: ClassFigures[];

  @ApiProperty({ type: ScoreFigures, description: 'The whole region' })
  region!: ScoreFigures;

  @ApiProperty({ description: 'As provisionalSchools of the work’s analytics', example: 1 })
  regionProvisionalSchools!: number;

  @ApiProperty({ type: SchoolComparison })
  comparison!: SchoolComparison;
}

export class TaskDifficultyRow implements TaskDifficultyRowView {
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

export class TaskDifficulty implements TaskDifficultyView {
  @ApiProperty({ type: AnalysedWork })
  work!: AnalysedWork;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_SCHOOL_ID })
  schoolId!: string | null;

  @ApiProperty({ type: [TaskDifficultyRow], description: 'From the hardest task to the easiest' })
  tasks!: TaskDifficultyRow[];
}

export class TaskDifficultyParams extends OmitType(TaskDifficultyRequest, ['workId'] as const) {
  @ApiPropertyOptional(
    uuid(EXAMPLE_SCHOOL_ID, 'A school to put beside the region (school-scoped callers always get their own)'),
  )
  declare schoolId?: string;
}

export class ProgressWork implements ProgressWorkView {
  @ApiProperty(uuid(EXAMPLE_WORK_ID))
  workId!: string;

  @ApiProperty({ example: 'Итоговая диагностическая работа по математике, 7 класс' })
  title!: string;

  @ApiProperty({ example: 20 })
  maxTotal!: number;
}

export class ProgressFigures implements ProgressFiguresView {
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

export class SchoolProgress extends ProgressFigures implements SchoolRefView {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Лицей № 1 им. Пушкина' })
  schoolName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_MUNICIPALITY_ID })
  municipalityId!: string | null;
}

export class Progress implements ProgressView {
  @ApiProperty({ example: 'math' })
  subject!: string;

  @ApiProperty({ example: 7 })
  grade!: number;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({ type: ProgressWork })
  intermediate!: ProgressWork;

  @ApiProperty({ type: ProgressWork })
  final!: ProgressWork;

  @ApiProperty({ type: ProgressFigures })
  region!: ProgressFigures;

  @ApiProperty({ type: [SchoolProgress], description: 'A school-scoped caller gets only their own school' })
  schools!: SchoolProgress[];
}

export class ProgressParams extends ProgressQuery {
  @ApiProperty({ description: 'Subject code', example: 'math' })
  declare subject: string;

  @ApiProperty({ minimum: 1, maximum: 11, example: 7 })
  declare grade: number;

  @ApiProperty({ description: 'First calendar year of the school year (2024 = 2024/25)', example: 2024 })
  declare schoolYear: number;
}
