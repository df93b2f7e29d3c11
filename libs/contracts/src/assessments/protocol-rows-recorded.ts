import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';

/** Most rows one chunk carries: keeps a message far below NATS's 1 MB payload limit. */
export const PROTOCOL_ROWS_PER_CHUNK = 500;

export class ProtocolRowV1 {
  /** The participant code issued per school for the work (ФИС ОКО style); never a name. */
  @IsString()
  @Length(1, 50)
  participantCode!: string;

  /** Class as the school writes it (`7А`, `10`); analytics group by it. */
  @IsString()
  @Length(0, 20)
  classLabel!: string;

  /** Score per task, in task-number order (index 0 = task 1). */
  @IsArray()
  @IsNumber({ maxDecimalPlaces: 2 }, { each: true })
  scores!: number[];

  @IsNumber({ maxDecimalPlaces: 2 })
  total!: number;
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
  @ValidateNested({ each: true })
  @Type(() => ProtocolRowV1)
  rows!: ProtocolRowV1[];
}

export const PROTOCOL_ROWS_RECORDED_V1 = defineEvent('assessments.protocol.rows-recorded.v1', ProtocolRowsRecordedV1);
