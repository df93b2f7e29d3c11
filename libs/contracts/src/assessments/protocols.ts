import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { toBoolean, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { ByIdRequest } from '../registry/records';

/** Largest protocol file accepted (bytes); the gateway stops reading an upload beyond it. */
export const PROTOCOL_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** Most data rows one protocol file may hold. */
export const PROTOCOL_MAX_ROWS = 20_000;

/** Most problems a rejected file's report lists (the rest are counted in `problemCount`). */
export const PROTOCOL_REPORT_MAX_PROBLEMS = 1000;

/** Participant codes of works with `openCodes`: letters, digits and hyphens. */
export const OPEN_PARTICIPANT_CODE = /^[A-Za-z0-9-]{1,50}$/;

/**
 * A protocol's status is that of its latest version: a `draft` (uploaded, not yet submitted; a new file
 * replaces it), `submitted` (locked until reviewed), `accepted`, or `returned` with a comment (the school
 * uploads and submits a new version, which replaces the returned one in every figure).
 */
export const PROTOCOL_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** Formats a protocol file may have, recognised by content (XLSX is a ZIP) rather than name. */
export const PROTOCOL_FILE_FORMATS = ['xlsx', 'csv'] as const;
export type ProtocolFileFormat = (typeof PROTOCOL_FILE_FORMATS)[number];

/**
 * Stable codes of what can be wrong in a protocol file; each problem names the row and column (as the
 * spreadsheet shows them: the header is row 1) and has a Russian message for the UI.
 */
export enum ProtocolProblemCode {
  /** No header, or a header and no data rows. */
  FILE_EMPTY = 'FILE_EMPTY',
  /** Neither XLSX nor readable CSV. */
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  /** A column the blueprint needs (participant code, class, a task) is missing. */
  COLUMN_MISSING = 'COLUMN_MISSING',
  /** Two columns mean the same thing (e.g. "Задание 1" and "З1"). */
  COLUMN_DUPLICATE = 'COLUMN_DUPLICATE',
  /** A task column the blueprint does not have ("Задание 9" of an 8-task work). */
  TASK_UNKNOWN = 'TASK_UNKNOWN',
  /** The template's meta sheet or a "work" column names another work. */
  WORK_MISMATCH = 'WORK_MISMATCH',
  /** The template's meta sheet or a "school" column names another school. */
  SCHOOL_MISMATCH = 'SCHOOL_MISMATCH',
  CODE_MISSING = 'CODE_MISSING',
  /** Not a participant code issued for this school and work (or, with open codes, not letters/digits/hyphens). */
  CODE_UNKNOWN = 'CODE_UNKNOWN',
  /** The same participant code on an earlier row. */
  CODE_DUPLICATE = 'CODE_DUPLICATE',
  /** A row without its class: results are figured per class, and a class without a name would be made. */
  CLASS_MISSING = 'CLASS_MISSING',
  CLASS_TOO_LONG = 'CLASS_TOO_LONG',
  SCORE_MISSING = 'SCORE_MISSING',
  SCORE_NOT_A_NUMBER = 'SCORE_NOT_A_NUMBER',
  /** More than two decimal places. */
  SCORE_TOO_PRECISE = 'SCORE_TOO_PRECISE',
  /** Below 0 or above the task's maximum. */
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  TOTAL_NOT_A_NUMBER = 'TOTAL_NOT_A_NUMBER',
  /** The total column differs from the sum of the task scores. */
  TOTAL_MISMATCH = 'TOTAL_MISMATCH',
}

/** One problem of a rejected file. `row` and `column` are null for problems of the whole file. */
export interface ProtocolProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  code: ProtocolProblemCode;
  message: string;
}

/** The problem extension members of a 422 `ASSESSMENTS.PROTOCOL_INVALID`. */
export interface ProtocolInvalidReport {
  /** The first PROTOCOL_REPORT_MAX_PROBLEMS problems, by row. */
  problems: ProtocolProblem[];
  problemCount: number;
  /** Data rows the file has. */
  rowCount: number;
}

/**
 * Takes the file waiting in the transfer bucket under `objectName` as the protocol of (work, school):
 * validated against the work's current blueprint, stored as the protocol's draft (a new version after a
 * return), and submitted at once when `submit` is true. Nothing is stored when any row is invalid.
 */
export class UploadProtocolCommand {
  @IsUUID()
  workId!: string;

  /** Required of region-wide callers; a school account's protocol is always its own school's. */
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsUUID()
  objectName!: string;

  /** The name the file had on the uploader's machine. */
  @IsString()
  @Length(1, 1000)
  fileName!: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  submit?: boolean;

  /** Chosen by the client to follow the upload's progress (`assessments.get.protocol-upload`); else generated. */
  @IsOptional()
  @IsUUID()
  uploadId?: string;
}

export const PROTOCOL_SORT_FIELDS = ['updatedAt', 'createdAt', 'status', 'id'] as const;

export class ListProtocolsQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  workId?: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsOptional()
  @IsIn(PROTOCOL_STATUSES)
  status?: ProtocolStatus;
}

export const PROTOCOL_ROW_SORT_FIELDS = ['row', 'participantCode', 'classLabel', 'total'] as const;

/** Rows of a protocol version (the current one unless `versionId`); `q` searches codes and classes. */
export class ListProtocolRowsQuery extends ListQuery {
  @IsUUID()
  id!: string;

  @IsOptional()
  @IsUUID()
  versionId?: string;

  @IsOptional()
  @IsString()
  @Length(0, 20)
  classLabel?: string;
}

export class ReturnProtocolCommand extends ByIdRequest {
  /** What the school must correct. */
  @Trimmed()
  @IsString()
  @Length(1, 4000)
  comment!: string;
}

export interface ProtocolVersionView {
  id: string;
  protocolId: string;
  /** 1 for the first submission, +1 for each resubmission after a return. */
  number: number;
  status: ProtocolStatus;
  /** The blueprint version the rows were validated against. */
  workVersion: number;
  rowCount: number;
  fileName: string;
  fileFormat: ProtocolFileFormat;
  uploadedBy: string;
  uploadedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** The regional centre's comment when it returned the version. */
  comment: string | null;
  /** The earlier submitted version this one replaces (a resubmission). */
  replacesVersionId: string | null;
}

/** A protocol of one school for one work, with its latest version. */
export interface ProtocolView {
  id: string;
  workId: string;
  schoolId: string;
  status: ProtocolStatus;
  currentVersion: ProtocolVersionView;
  createdAt: string;
  updatedAt: string;
}

export interface ProtocolRowView {
  /** The row in the uploaded file (the header is row 1). */
  row: number;
  participantCode: string;
  classLabel: string;
  /** In task order (index 0 = task 1). */
  scores: number[];
  total: number;
}

export const PROTOCOL_UPLOAD_PHASES = ['reading', 'validating', 'storing', 'done', 'rejected', 'failed'] as const;
export type ProtocolUploadPhase = (typeof PROTOCOL_UPLOAD_PHASES)[number];

/** How far the intake of an upload is; `rowsTotal` is null until the file has been read. */
export interface ProtocolUploadView {
  id: string;
  workId: string;
  schoolId: string;
  phase: ProtocolUploadPhase;
  rowsProcessed: number;
  rowsTotal: number | null;
  /** Set once stored (`done`). */
  protocolId: string | null;
  /** Set when rejected. */
  problemCount: number | null;
  startedAt: string;
  updatedAt: string;
}

/** The answer to an accepted upload. */
export interface UploadedProtocolView {
  uploadId: string;
  protocol: ProtocolView;
}
