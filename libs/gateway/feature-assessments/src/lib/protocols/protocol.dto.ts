import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import {
  AssessmentsErrorCode,
  ListProtocolRowsQuery,
  ListProtocolsQuery,
  PROTOCOL_FILE_FORMATS,
  PROTOCOL_STATUSES,
  PROTOCOL_UPLOAD_PHASES,
  ProtocolProblemCode,
  ReturnProtocolCommand,
  type ProtocolFileFormat,
  type ProtocolInvalidReport,
  type ProtocolProblem as ProtocolProblemShape,
  type ProtocolRowView,
  type ProtocolStatus,
  type ProtocolUploadPhase,
  type ProtocolUploadView,
  type ProtocolVersionView,
  type ProtocolView,
  type UploadedProtocolView, pageOf } from '@orbita/contracts';
import { ProblemDetails } from '@orbita/gateway/feature-http';

const uuid = (description: string, example = '7c9e6679-7425-40de-944b-e07fc1f90ae7') => ({ format: 'uuid', description, example });
const nullableUuid = (description: string) => ({ ...uuid(description), type: String, nullable: true });
const nullableTime = (description: string) => ({ type: String, format: 'date-time', nullable: true, description, example: '2024-12-06T04:12:00.000Z' });
const STATUS = {
  enum: PROTOCOL_STATUSES,
  example: 'submitted',
  description: 'draft (a new file replaces it) → submitted (locked) → accepted, or returned with a comment (then a new version)',
};

export class ProtocolVersion implements ProtocolVersionView {
  @ApiProperty(uuid('The version'))
  id!: string;

  @ApiProperty(uuid('The protocol'))
  protocolId!: string;

  @ApiProperty({ description: '1 for the first submission, +1 after each return', example: 1 })
  number!: number;

  @ApiProperty(STATUS)
  status!: ProtocolStatus;

  @ApiProperty({ description: 'Blueprint version the rows were checked against', example: 1 })
  workVersion!: number;

  @ApiProperty({ example: 124 })
  rowCount!: number;

  @ApiProperty({ example: 'Протокол 7 классы.xlsx' })
  fileName!: string;

  @ApiProperty({ enum: PROTOCOL_FILE_FORMATS, example: 'xlsx' })
  fileFormat!: ProtocolFileFormat;

  @ApiProperty(uuid('Account that uploaded the file'))
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

  @ApiProperty({ type: String, nullable: true, description: 'The comment it was returned with', example: 'Проверьте баллы 7Б за задание 5' })
  comment!: string | null;

  @ApiProperty(nullableUuid('The earlier version this one replaces (a resubmission)'))
  replacesVersionId!: string | null;
}

export class Protocol implements ProtocolView {
  @ApiProperty(uuid('The protocol (one per work and school)'))
  id!: string;

  @ApiProperty(uuid('The work', '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01'))
  workId!: string;

  @ApiProperty(uuid('The school', '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'))
  schoolId!: string;

  @ApiProperty(STATUS)
  status!: ProtocolStatus;

  @ApiProperty({ type: ProtocolVersion, description: 'The latest version' })
  currentVersion!: ProtocolVersion;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:12:00.000Z' })
  updatedAt!: string;
}

export const ProtocolPage = pageOf(Protocol);

export class ProtocolRow implements ProtocolRowView {
  @ApiProperty({ description: 'Row in the uploaded file (the header is row 1)', example: 2 })
  row!: number;

  @ApiProperty({ example: '2024-MATH7-S03-0001' })
  participantCode!: string;

  @ApiProperty({ example: '7А' })
  classLabel!: string;

  @ApiProperty({ type: [Number], description: 'Score per task, task 1 first', example: [1, 1, 0, 2, 1.5, 2, 3, 0] })
  scores!: number[];

  @ApiProperty({ example: 10.5 })
  total!: number;
}

export const ProtocolRowPage = pageOf(ProtocolRow);

export class ProtocolUpload implements ProtocolUploadView {
  @ApiProperty(uuid('The upload'))
  id!: string;

  @ApiProperty(uuid('The work'))
  workId!: string;

  @ApiProperty(uuid('The school'))
  schoolId!: string;

  @ApiProperty({ enum: PROTOCOL_UPLOAD_PHASES, example: 'validating', description: 'reading → validating → storing → done; or rejected (see the POST answer) / failed' })
  phase!: ProtocolUploadPhase;

  @ApiProperty({ description: 'Rows checked (validating) or stored (storing) so far', example: 8000 })
  rowsProcessed!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Data rows of the file, once read', example: 20000 })
  rowsTotal!: number | null;

  @ApiProperty(nullableUuid('The protocol, once stored'))
  protocolId!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Problems found, when rejected', example: null })
  problemCount!: number | null;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:00.000Z' })
  startedAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-12-06T04:10:02.000Z' })
  updatedAt!: string;
}

export class UploadedProtocol implements UploadedProtocolView {
  @ApiProperty(uuid('The upload (its progress stays readable for a day)'))
  uploadId!: string;

  @ApiProperty({ type: Protocol })
  protocol!: Protocol;
}

export class ProtocolListParams extends ListProtocolsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  declare workId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A school account sees only its own school anyway' })
  declare schoolId?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_STATUSES })
  declare status?: ProtocolStatus;
}

export class ProtocolRowListParams extends OmitType(ListProtocolRowsQuery, ['id'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'A version of the protocol (default: the current one)' })
  declare versionId?: string;

  @ApiPropertyOptional({ example: '7А', description: 'Rows of one class' })
  declare classLabel?: string;
}

export class ReturnProtocol extends PickType(ReturnProtocolCommand, ['comment'] as const) {
  @ApiProperty({ description: 'What the school must correct', example: 'Проверьте баллы 7Б за задание 5', maxLength: 4000 })
  declare comment: string;
}

export class ProtocolProblem implements ProtocolProblemShape {
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

/** The 422 problem of a rejected protocol file: problem details with the row-level report. */
export class ProtocolInvalidProblem extends ProblemDetails implements ProtocolInvalidReport {
  @ApiProperty({ example: AssessmentsErrorCode.PROTOCOL_INVALID })
  declare code: string;

  @ApiProperty({ type: [ProtocolProblem], description: 'The first 1000 problems, by row' })
  problems!: ProtocolProblem[];

  @ApiProperty({ description: 'All problems found', example: 3 })
  problemCount!: number;

  @ApiProperty({ description: 'Data rows of the file', example: 124 })
  rowCount!: number;
}

/** `multipart/form-data` of POST /protocols, for OpenAPI. */
export const PROTOCOL_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['workId', 'file'],
  properties: {
    workId: { type: 'string', format: 'uuid', description: 'The diagnostic work' },
    schoolId: { type: 'string', format: 'uuid', description: 'Required of region-wide accounts; a school account uploads for its own school' },
    submit: { type: 'boolean', description: 'Submit at once (default false: stored as a draft to submit later)' },
    uploadId: { type: 'string', format: 'uuid', description: 'Chosen by the client to poll GET /protocol-uploads/{uploadId} while the file is processed' },
    file: {
      type: 'string',
      format: 'binary',
      description:
        'XLSX (the template or any sheet with the same columns) or CSV in UTF-8 or Windows-1251 with ";" or ","; at most 10 MB and 20,000 rows. ' +
        'Headers: "Код участника"/"code", "Класс"/"class", "Задание N"/"N"/"task N"/"ЗN", "Итого"/"Сумма"/"total"; other columns are ignored.',
    },
  },
};
