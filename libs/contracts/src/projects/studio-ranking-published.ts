import { ArrayUnique, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

/** The regional centre published a studio cycle's ranking and named the year's leaders: ids only. */
export class StudioRankingPublishedV1 {
  @IsUUID()
  cycleId!: string;

  /** First calendar year of the school year: 2023 = 2023/24. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  /** The leaders' studios, by rank. */
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  leaderStudioIds!: string[];

  /** Their schools, in the same order. */
  @IsArray()
  @IsUUID('all', { each: true })
  leaderSchoolIds!: string[];

  @IsInt()
  @Min(0)
  studioCount!: number;
}

export const STUDIO_RANKING_PUBLISHED_V1 = defineEvent(
  'projects.studio-ranking.published.v1',
  StudioRankingPublishedV1,
);
