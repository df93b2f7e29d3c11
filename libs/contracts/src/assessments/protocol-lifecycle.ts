import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

/** What every protocol lifecycle event says: which protocol, which version, which work and school. */
class ProtocolVersionRef {
  @IsUUID()
  protocolId!: string;

  @IsUUID()
  versionId!: string;

  /** 1 for the first submission, +1 for each resubmission after a return. */
  @IsInt()
  @Min(1)
  versionNumber!: number;

  @IsUUID()
  workId!: string;

  /** Blueprint version the rows were validated against. */
  @IsInt()
  @Min(1)
  workVersion!: number;

  @IsUUID()
  schoolId!: string;

  /** Account that acted (an id, never a name). */
  @IsUUID()
  actorId!: string;

  @IsISO8601()
  at!: string;
}

/**
 * A school uploaded a file it has not submitted yet (a draft; a later draft replaces it). No rows travel:
 * a draft is in no figure, but the completeness board tells a school with a draft from one with nothing.
 */
export class ProtocolDraftedV1 extends ProtocolVersionRef {}

export const PROTOCOL_DRAFTED_V1 = defineEvent('assessments.protocol.drafted.v1', ProtocolDraftedV1);

/**
 * A school submitted (or resubmitted) a protocol version. Its rows travel as
 * `assessments.protocol.rows-recorded.v1` chunks published just before, in the same transaction. A newer
 * version of the same protocol replaces the earlier one in every figure.
 */
export class ProtocolSubmittedV1 extends ProtocolVersionRef {
  @IsInt()
  @Min(0)
  rowCount!: number;

  @IsInt()
  @Min(0)
  chunkCount!: number;

  /** The version this one replaces, if it is a resubmission. */
  @IsOptional()
  @IsUUID()
  replacesVersionId?: string;
}

export const PROTOCOL_SUBMITTED_V1 = defineEvent('assessments.protocol.submitted.v1', ProtocolSubmittedV1);

/** The regional centre accepted a submitted version. */
export class ProtocolAcceptedV1 extends ProtocolVersionRef {}

export const PROTOCOL_ACCEPTED_V1 = defineEvent('assessments.protocol.accepted.v1', ProtocolAcceptedV1);

/** The regional centre returned a version to the school with comments; the school resubmits a new version. */
export class ProtocolReturnedV1 extends ProtocolVersionRef {
  @IsString()
  @Length(1, 4000)
  comment!: string;
}

export const PROTOCOL_RETURNED_V1 = defineEvent('assessments.protocol.returned.v1', ProtocolReturnedV1);
