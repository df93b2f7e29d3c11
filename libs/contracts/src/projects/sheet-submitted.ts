import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

export const STAGE_KINDS = ['school', 'final'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/**
 * An expert submitted their sheet for a work at a stage (again after a reopening: `submission` counts);
 * the scores stay in the projects service until the stage closes.
 */
export class SheetSubmittedV1 {
  @IsUUID()
  sheetId!: string;

  @IsUUID()
  workId!: string;

  @IsUUID()
  stageId!: string;

  @IsIn(STAGE_KINDS)
  stageKind!: StageKind;

  @IsUUID()
  schoolId!: string;

  /** The registry person of the expert. */
  @IsUUID()
  expertPersonId!: string;

  @IsUUID()
  rubricVersionId!: string;

  /** 1 for the first submission, +1 for each one after a reopening; consumers keep the highest. */
  @IsInt()
  @Min(1)
  submission!: number;
}

export const SHEET_SUBMITTED_V1 = defineEvent('projects.sheet.submitted.v1', SheetSubmittedV1);
