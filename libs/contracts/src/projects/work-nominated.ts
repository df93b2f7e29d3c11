import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

/**
 * projects.work.nominated.v1: a school's nominations from its closed school stage to the season's final,
 * ids only. Each nomination replaces the school's earlier one for that final, so `workIds` is the whole
 * list (empty when none of its works made it) and consumers replace theirs.
 * A published contract is never edited: a changed payload is a new contract `….v2` beside it.
 */
export class WorkNominatedV1 {
  @IsUUID()
  finalStageId!: string;

  @IsUUID()
  seasonId!: string;

  /** First calendar year of the school year: 2025 = 2025/26. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsUUID()
  schoolId!: string;

  /** The school's nominated works, best first. */
  @IsArray()
  @ArrayMaxSize(1_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  workIds!: string[];
}

export const WORK_NOMINATED_V1 = defineEvent('projects.work.nominated.v1', WorkNominatedV1);
