import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { STAGE_KINDS, type StageKind } from './sheet-submitted';

/** A coordinator closed a stage: every assigned sheet was submitted; its scores may now be read. */
export class StageClosedV1 {
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

  /** Works with at least one sheet at the stage. */
  @IsInt()
  @Min(0)
  workCount!: number;

  @IsInt()
  @Min(0)
  sheetCount!: number;
}

export const STAGE_CLOSED_V1 = defineEvent('projects.stage.closed.v1', StageClosedV1);
