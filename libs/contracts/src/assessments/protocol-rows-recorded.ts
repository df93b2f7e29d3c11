import { ArrayMaxSize, IsArray, IsInt, isNumber, isString, IsUUID, length, Min, ValidateBy } from 'class-validator';
import { defineEvent } from '../event-contract';

/** Most rows one chunk carries: keeps a message far below NATS's 1 MB payload limit. */
export const PROTOCOL_ROWS_PER_CHUNK = 500;

/** One row of a protocol; {@link ProtocolRows} checks it. */
export class ProtocolRowV1 {
  /** The participant code issued per school for the work (ФИС ОКО style); never a name. 1–50 characters. */
  participantCode!: string;

  /** Class as the school writes it (`7А`, `10`); analytics group by it. 0–20 characters. */
  classLabel!: string;

  /** Score per task, in task-number order (index 0 = task 1); numbers with at most 2 decimals. */
  scores!: number[];

  /** A number with at most 2 decimals. */
  total!: number;
}

const isScore = (value: unknown) => isNumber(value, { maxDecimalPlaces: 2 });

/** The fields of `row` that break the rules of {@link ProtocolRowV1}. */
function brokenFields(row: unknown): string[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return ['not an object'];
  const { participantCode, classLabel, scores, total } = row as Record<string, unknown>;
  return [
    ...(isString(participantCode) && length(participantCode, 1, 50) ? [] : ['participantCode']),
    ...(isString(classLabel) && length(classLabel, 0, 20) ? [] : ['classLabel']),
    ...(Array.isArray(scores) && scores.every(isScore) ? [] : ['scores']),
    ...(isScore(total) ? [] : ['total']),
  ];
}

/**
 * Every row is a {@link ProtocolRowV1}, checked with class-validator's own functions but by hand:
 * `@ValidateNested` over 500 rows costs milliseconds per chunk (class-validator looks up the metadata of
 * each nested object anew), paid by the producer and by every consumer, for each chunk.
 */
function ProtocolRows(): PropertyDecorator {
  return ValidateBy({
    name: 'protocolRows',
    validator: {
      validate: (rows: unknown) => Array.isArray(rows) && rows.every((row) => brokenFields(row).length === 0),
      defaultMessage: (args) => {
        const broken = (Array.isArray(args?.value) ? (args.value as unknown[]) : [])
          .map((row, index) => ({ index, fields: brokenFields(row) }))
          .filter(({ fields }) => fields.length > 0)
          .slice(0, 5)
          .map(({ index, fields }) => `${index} (${fields.join(', ')})`);
        return `each of $property needs participantCode (1–50 characters), classLabel (0–20 characters), scores and total (numbers with at most 2 decimals); broken: ${broken.join(', ') || 'not an array'}`;
      },
    },
  });
}

/**
 * One chunk of the rows of a protocol version. A version's chunks are published in the same transaction
 * as its `assessments.protocol.submitted.v1`, with the protocol id as aggregate, so they arrive in order
 * before it; consumers still check `rowCount` before counting a version (redeliveries may reorder).
 */
export class ProtocolRowsRecordedV1 {
  @IsUUID()
  protocolId!: string;

  /** The submitted version these rows belong to. */
  @IsUUID()
  versionId!: string;

  @IsUUID()
  workId!: string;

  @IsUUID()
  schoolId!: string;

  @IsInt()
  @Min(0)
  chunkIndex!: number;

  @IsInt()
  @Min(1)
  chunkCount!: number;

  @IsArray()
  @ArrayMaxSize(PROTOCOL_ROWS_PER_CHUNK)
  @ProtocolRows()
  rows!: ProtocolRowV1[];
}

export const PROTOCOL_ROWS_RECORDED_V1 = defineEvent('assessments.protocol.rows-recorded.v1', ProtocolRowsRecordedV1);
