import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { EXAMPLE_SCHOOL_ID, figure, uuid } from './openapi-examples';

/** The project defences' results and the studios' rankings of one school year. */
export class ProjectResultsQuery {
  @ApiProperty({ description: 'First calendar year of the school year (2025 = 2025/26)', example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;
}

@ApiSchema({ name: 'ProjectStageResult' })
export class ProjectStageResultView {
  @ApiProperty({ description: 'Works with at least one submitted expert sheet at the stage', example: 4 })
  judged!: number;

  @ApiProperty(figure(1, 'Works with an award (I–III degree); null until the stage’s results are published'))
  awarded!: number | null;
}

@ApiSchema({ name: 'ProjectResultsRow' })
export class ProjectResultsRowView {
  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Лицей № 1',
    description: 'Null while the registry has not told reporting of the school',
  })
  schoolName!: string | null;

  @ApiProperty({ description: 'Subject area code (the section)', example: 'physics' })
  subjectArea!: string;

  @ApiProperty({ description: 'Works the school registered for the season', example: 5 })
  registered!: number;

  @ApiProperty({ description: 'Works nominated from the school stage to the final', example: 1 })
  nominated!: number;

  @ApiProperty({ type: ProjectStageResultView })
  schoolStage!: ProjectStageResultView;

  @ApiProperty({ type: ProjectStageResultView })
  final!: ProjectStageResultView;
}

@ApiSchema({ name: 'ProjectResultsTotals' })
export class ProjectResultsTotalsView {
  @ApiProperty({ example: 48 })
  registered!: number;

  @ApiProperty({ example: 12 })
  nominated!: number;

  @ApiProperty({ type: ProjectStageResultView })
  schoolStage!: ProjectStageResultView;

  @ApiProperty({ type: ProjectStageResultView })
  final!: ProjectStageResultView;
}

@ApiSchema({ name: 'StudioRankingLeader' })
export class StudioRankingLeaderView {
  @ApiProperty({ example: 1 })
  rank!: number;

  @ApiProperty(uuid('0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d'))
  studioId!: string;

  @ApiProperty(uuid(EXAMPLE_SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Лицей № 1' })
  schoolName!: string | null;
}

@ApiSchema({ name: 'StudioRanking' })
export class StudioRankingView {
  @ApiProperty(uuid('6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'))
  cycleId!: string;

  @ApiProperty({ description: 'Studios ranked', example: 14 })
  studioCount!: number;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  /** A published ranking is public: every school sees the leaders. */
  @ApiProperty({ type: [StudioRankingLeaderView], description: 'The year’s leaders, by rank' })
  leaders!: StudioRankingLeaderView[];
}

@ApiSchema({ name: 'ProjectResults' })
export class ProjectResultsView {
  @ApiProperty({ example: 2025 })
  schoolYear!: number;

  @ApiProperty({
    type: [ProjectResultsRowView],
    description: 'Per school and subject area; a school-scoped caller gets only their own school’s rows',
  })
  rows!: ProjectResultsRowView[];

  @ApiProperty({ type: ProjectResultsTotalsView, description: 'The region’s totals' })
  totals!: ProjectResultsTotalsView;

  @ApiProperty({
    type: [StudioRankingView],
    description: 'The studio cycles’ published rankings of the year',
  })
  studioRankings!: StudioRankingView[];
}
