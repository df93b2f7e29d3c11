import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { UUID } from './api-examples';

/** The most a bulk assignment file may weigh, and the most rows it may have. */
export const ASSIGNMENT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const ASSIGNMENT_IMPORT_MAX_ROWS = 5000;

/**
 * What a row of a bulk assignment file does: `assign` (would assign, or did), `already-assigned`
 * (nothing to do); the rest are problems that refuse the whole file when it is applied.
 */
export const ASSIGNMENT_IMPORT_OUTCOMES = [
  'assign',
  'already-assigned',
  'conflict',
  'unknown-work',
  'unknown-expert',
  'outside-section',
  'duplicate',
] as const;
export type AssignmentImportOutcome = (typeof ASSIGNMENT_IMPORT_OUTCOMES)[number];

/** Assigns experts to works at a stage from a CSV or XLSX file the gateway left in the transfer bucket. */
export class ImportAssignmentsCommand {
  @IsUUID()
  stageId!: string;

  @IsUUID()
  objectName!: string;

  /** The name the file had on the uploader's machine. */
  @IsString()
  @Length(1, 1000)
  fileName!: string;

  /** true: only report what each row would do, saving nothing. */
  @IsBoolean()
  dryRun!: boolean;
}

@ApiSchema({ name: 'AssignmentImportRow' })
export class AssignmentImportRowView {
  @ApiProperty({ example: 2, description: 'The row number the spreadsheet shows' })
  row!: number;

  @ApiProperty({ ...UUID, nullable: true, type: String, description: 'The work the row names, when found' })
  workId!: string | null;

  @ApiProperty({ ...UUID, nullable: true, type: String, description: 'The expert the row names, when found' })
  expertPersonId!: string | null;

  @ApiProperty({ enum: ASSIGNMENT_IMPORT_OUTCOMES })
  outcome!: AssignmentImportOutcome;

  @ApiProperty({
    example: 'Эксперт',
    nullable: true,
    type: String,
    description: 'The column (as headed in the file) the problem is in; null when the row is fine',
  })
  column!: string | null;

  @ApiProperty({ example: 'Эксперт не входит в секцию «physics»' })
  message!: string;
}

@ApiSchema({ name: 'AssignmentImportReport' })
export class AssignmentImportReportView {
  @ApiProperty(UUID)
  stageId!: string;

  @ApiProperty({ description: 'true: a dry run, nothing was saved' })
  dryRun!: boolean;

  @ApiProperty({ example: 40, description: 'Data rows of the file' })
  rowCount!: number;

  @ApiProperty({ example: 38, description: 'Assignments made (or, in a dry run, that would be made)' })
  assigned!: number;

  @ApiProperty({
    example: 0,
    description: 'Rows with a problem (a dry run lists them; applying refuses the file)',
  })
  problemCount!: number;

  @ApiProperty({ type: [AssignmentImportRowView] })
  rows!: AssignmentImportRowView[];
}
