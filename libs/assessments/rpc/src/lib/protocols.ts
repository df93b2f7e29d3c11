import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ByIdRequest, ListQuery, toBoolean, Trimmed } from '@orbita/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PROTOCOL_EXAMPLE, SCHOOL_EXAMPLE, uuid, WORK_EXAMPLE } from './openapi-examples';

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

export const PROTOCOL_UPLOAD_PHASES = ['reading', 'validating', 'storing', 'done', 'rejected', 'failed'] as const;
export type ProtocolUploadPhase = (typeof PROTOCOL_UPLOAD_PHASES)[number];

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
export class ProtocolProblem {
  @ApiProperty({ type: Number, nullable: true, description: 'Row as the spreadsheet numbers it (header = 1); null for the whole file', example: 14 })
  row!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Header of the column as in the file', example: 'Задание 5' })
  column!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The cell as read', example: '4' })
  value!: string | null;

  @ApiProperty({ enum: ProtocolProblemCode, enumName: 'ProtocolProblemCode', example: ProtocolProblemCode.SCORE_OUT_OF_RANGE })
  code!: ProtocolProblemCode;

  @ApiProperty({ description: 'For the user, in Russian', example: 'Балл за задание 5 должен быть от 0 до 2' })
  message!: string;
}

/** The problem extension members of a 422 `ASSESSMENTS.PROTOCOL_INVALID`. */
export class ProtocolInvalidReport {
  /** The first PROTOCOL_REPORT_MAX_PROBLEMS problems, by row. */
  @ApiProperty({ type: [ProtocolProblem], description: 'The first 1000 problems, by row' })
  problems!: ProtocolProblem[];

  @ApiProperty({ description: 'All problems found', example: 3 })
  problemCount!: number;

  /** Data rows the file has. */
  @ApiProperty({ description: 'Data rows of the file', example: 124 })
  rowCount!: number;
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
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  workId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A school account sees only its own school anyway' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_STATUSES })
  @IsOptional()
  @IsIn(PROTOCOL_STATUSES)
  status?: ProtocolStatus;
}

export const PROTOCOL_ROW_SORT_FIELDS = ['row', 'participantCode', 'classLabel', 'total'] as const;

/** Rows of a protocol version (the current one unless `versionId`); `q` searches codes and classes. */
export class ListProtocolRowsQuery extends ListQuery {
  @IsUUID()
  id!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A version of the protocol (default: the current one)' })
  @IsOptional()
  @IsUUID()
  versionId?: string;

  @ApiPropertyOptional({ example: '7А', description: 'Rows of one class' })
  @IsOptional()
  @IsString()
  @Length(0, 20)
  classLabel?: string;
}

export class ReturnProtocolCommand extends ByIdRequest {
  /** What the school must correct. */
  @ApiProperty({ description: 'What the school must correct', example: 'Проверьте баллы 7Б за задание 5', maxLength: 4000 })
  @Trimmed()
  @IsString()
  @Length(1, 4000)
  comment!: string;
}

const nullableUuid = (description: string) => ({ ...uuid(description, PROTOCOL_EXAMPLE), type: String, nullable: true });
const nullableTime = (description: string) => ({ type: String, format: 'date-time', nullable: true, description, example: '2024-12-06T04:12:00.000Z' });
const STATUS = {
  enum: PROTOCOL_STATUSES,
  example: 'submitted',
  description: 'draft (a new file replaces it) → submitted (locked) → accepted, or returned with a comment (then a new version)',
};

@ApiSchema({ name: 'ProtocolVersion' })
export class ProtocolVersionView {
  @ApiProperty(uuid('The version', PROTOCOL_EXAMPLE))
  id!: string;

  @ApiProperty(uuid('The protocol', PROTOCOL_EXAMPLE))
  protocolId!: string;

  /** 1 for the first submission, +1 for each resubmission after a return. */
  @ApiProperty({ description: '1 for the first submission, +1 after each return', example: 1 })
  number!: number;

  @ApiProperty(STATUS)
  status!: ProtocolStatus;

  /** The blueprint version the rows were validated against. */
  @ApiProperty({ description: 'Blueprint version the rows were checked against', example: 1 })
  workVersion!: number;

  @ApiProperty({ example: 124 })
  rowCount!: number;

  @ApiProperty({ example: 'Протокол 7 классы.xlsx' })
  fileName!: string;

  @ApiProperty({ enum: PROTOCOL_FILE_FORMATS, example: 'xlsx' })
  fileFormat!: ProtocolFileFormat;

  @ApiProperty(uuid('Account that uploaded the file', PROTOCOL_EXAMPLE))
  uploadedBy!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:00.000Z' })
  uploadedAt!: string;

  @ApiProperty(nullableUuid('Account that submitted it'))
  submittedBy!: string | null;

  @ApiProperty(nullableTime('When submitted'))
  submittedAt!: string | null;

  @ApiProperty(nullableUuid('Regional coordinator who accepted or returned it'))
  reviewedBy!: string | null;

  @ApiProperty(nullableTime('When accepted or returned'))
  reviewedAt!: string | null;

  /** The regional centre's comment when it returned the version. */
  @ApiProperty({ type: String, nullable: true, description: 'The comment it was returned with', example: 'Проверьте баллы 7Б за задание 5' })
  comment!: string | null;

  /** The earlier submitted version this one replaces (a resubmission). */
  @ApiProperty(nullableUuid('The earlier version this one replaces (a resubmission)'))
  replacesVersionId!: string | null;
}

/** A protocol of one school for one work, with its latest version. */
@ApiSchema({ name: 'Protocol' })
export class ProtocolView {
  @ApiProperty(uuid('The protocol (one per work and school)', PROTOCOL_EXAMPLE))
  id!: string;

  @ApiProperty(uuid('The work', WORK_EXAMPLE))
  workId!: string;

  @ApiProperty(uuid('The school', SCHOOL_EXAMPLE))
  schoolId!: string;

  @ApiProperty(STATUS)
  status!: ProtocolStatus;

  @ApiProperty({ type: ProtocolVersionView, description: 'The latest version' })
  currentVersion!: ProtocolVersionView;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:12:00.000Z' })
  updatedAt!: string;
}

@ApiSchema({ name: 'ProtocolRow' })
export class ProtocolRowView {
  /** The row in the uploaded file (the header is row 1). */
  @ApiProperty({ description: 'Row in the uploaded file (the header is row 1)', example: 2 })
  row!: number;

  @ApiProperty({ example: '2024-MATH7-S03-0001' })
  participantCode!: string;

  @ApiProperty({ example: '7А' })
  classLabel!: string;

  /** In task order (index 0 = task 1). */
  @ApiProperty({ type: [Number], description: 'Score per task, task 1 first', example: [1, 1, 0, 2, 1.5, 2, 3, 0] })
  scores!: number[];

  @ApiProperty({ example: 10.5 })
  total!: number;
}

/** How far the intake of an upload is; `rowsTotal` is null until the file has been read. */
@ApiSchema({ name: 'ProtocolUpload' })
export class ProtocolUploadView {
  @ApiProperty(uuid('The upload', PROTOCOL_EXAMPLE))
  id!: string;

  @ApiProperty(uuid('The work', PROTOCOL_EXAMPLE))
  workId!: string;

  @ApiProperty(uuid('The school', PROTOCOL_EXAMPLE))
  schoolId!: string;

  @ApiProperty({ enum: PROTOCOL_UPLOAD_PHASES, example: 'validating', description: 'reading → validating → storing → done; or rejected (see the POST answer) / failed' })
  phase!: ProtocolUploadPhase;

  @ApiProperty({ description: 'Rows checked (validating) or stored (storing) so far', example: 8000 })
  rowsProcessed!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Data rows of the file, once read', example: 20000 })
  rowsTotal!: number | null;

  /** Set once stored (`done`). */
  @ApiProperty(nullableUuid('The protocol, once stored'))
  protocolId!: string | null;

  /** Set when rejected. */
  @ApiProperty({ type: Number, nullable: true, description: 'Problems found, when rejected', example: null })
  problemCount!: number | null;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:00.000Z' })
  startedAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:02.000Z' })
  updatedAt!: string;
}

/** The answer to an accepted upload. */
@ApiSchema({ name: 'UploadedProtocol' })
export class UploadedProtocolView {
  @ApiProperty(uuid('The upload (its progress stays readable for a day)', PROTOCOL_EXAMPLE))
  uploadId!: string;

  @ApiProperty({ type: ProtocolView })
  protocol!: ProtocolView;
}
