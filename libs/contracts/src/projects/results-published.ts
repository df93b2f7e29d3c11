import { ArrayMaxSize, IsArray, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { STAGE_KINDS, type StageKind } from './sheet-submitted';

/**
 * The regional centre published a closed stage's results (ids only: the scores, ranks and awards are read
 * from the projects service's stage summary).
 */
export class ResultsPublishedV1 {
  @IsUUID()
  stageId!: string;

  @IsUUID()
  seasonId!: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsIn(STAGE_KINDS)
  kind!: StageKind;

  /** The works with an award, for consumers that congratulate (notifications) or count (reporting). */
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  awardedWorkIds!: string[];
}

export const RESULTS_PUBLISHED_V1 = defineEvent('projects.results.published.v1', ResultsPublishedV1);
