import type { ProtocolFileFormat, ProtocolStatus, ProtocolUploadPhase } from '@orbita/assessments/rpc';
import { NUMERIC } from '@orbita/assessments/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The protocol of one school for one work; its status is that of its current (latest) version. */
@Entity('protocols')
export class Protocol {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  workId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  status!: ProtocolStatus;

  /** Null only inside the transaction that creates the protocol, until its first version exists. */
  @Column('uuid', { nullable: true })
  currentVersionId!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}

/**
 * A version of a protocol: a draft (replaced by the next upload) until submitted; after a return, the
 * school's next upload is a new version that replaces this one. Submitted versions are never changed
 * except by review.
 */
@Entity('protocol_versions')
export class ProtocolVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  protocolId!: string;

  @Column('integer')
  number!: number;

  @Column('text')
  status!: ProtocolStatus;

  @Column('uuid')
  workId!: string;

  @Column('integer')
  workVersion!: number;

  @Column('integer')
  rowCount!: number;

  @Column('text')
  fileName!: string;

  @Column('text')
  fileFormat!: ProtocolFileFormat;

  @Column('uuid')
  uploadedBy!: string;

  @Column('timestamptz')
  uploadedAt!: Date;

  @Column('uuid', { nullable: true })
  submittedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { nullable: true })
  reviewedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('uuid', { nullable: true })
  replacesVersionId!: string | null;
}

/** A participant's scores in a protocol version; `rowNumber` is the row in the uploaded file. */
@Entity('protocol_rows')
export class ProtocolRow {
  @PrimaryColumn('uuid')
  versionId!: string;

  @PrimaryColumn('integer')
  rowNumber!: number;

  @Column('text')
  participantCode!: string;

  @Column('text')
  classLabel!: string;

  @Column('numeric', { array: true, transformer: { to: (value: number[]) => value, from: (value: string[]) => value.map(Number) } })
  scores!: number[];

  @Column('numeric', { transformer: NUMERIC })
  total!: number;
}

/** Progress of one upload's intake, for the UI to poll while a large file is read, checked and stored. */
@Entity('protocol_uploads')
export class ProtocolUpload {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  workId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('uuid')
  uploadedBy!: string;

  @Column('text')
  phase!: ProtocolUploadPhase;

  @Column('integer')
  rowsProcessed!: number;

  @Column('integer', { nullable: true })
  rowsTotal!: number | null;

  @Column('uuid', { nullable: true })
  protocolId!: string | null;

  @Column('integer', { nullable: true })
  problemCount!: number | null;

  @Column('timestamptz')
  startedAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
