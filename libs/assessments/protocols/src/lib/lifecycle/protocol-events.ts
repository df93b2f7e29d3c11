import {
  PROTOCOL_ROWS_PER_CHUNK,
  PROTOCOL_ROWS_RECORDED_V1,
  PROTOCOL_SUBMITTED_V1,
  type ProtocolRowV1,
} from '@orbita/contracts';
import type { TransactionContext } from '@orbita/messaging';
import type { Protocol, ProtocolVersion } from '../entities/protocol.entity';

/** What every lifecycle event of a version says. */
export function versionRef(protocol: Protocol, version: ProtocolVersion, actorId: string, at: Date) {
  return {
    protocolId: protocol.id,
    versionId: version.id,
    versionNumber: version.number,
    workId: protocol.workId,
    workVersion: version.workVersion,
    schoolId: protocol.schoolId,
    actorId,
    at: at.toISOString(),
  };
}

/**
 * A submission on the outbox: the rows in chunks of at most PROTOCOL_ROWS_PER_CHUNK, then the submitted
 * event, all with the protocol as aggregate (published in this order) and in the caller's transaction.
 */
export function publishSubmission(
  tx: TransactionContext,
  protocol: Protocol,
  version: ProtocolVersion,
  rows: readonly ProtocolRowV1[],
  actorId: string,
  at: Date,
): void {
  const chunkCount = Math.ceil(rows.length / PROTOCOL_ROWS_PER_CHUNK);
  for (let chunkIndex = 0; chunkIndex < chunkCount; chunkIndex++) {
    tx.publish(
      PROTOCOL_ROWS_RECORDED_V1,
      {
        protocolId: protocol.id,
        versionId: version.id,
        workId: protocol.workId,
        schoolId: protocol.schoolId,
        chunkIndex,
        chunkCount,
        rows: rows.slice(chunkIndex * PROTOCOL_ROWS_PER_CHUNK, (chunkIndex + 1) * PROTOCOL_ROWS_PER_CHUNK),
      },
      { aggregateId: protocol.id },
    );
  }
  tx.publish(
    PROTOCOL_SUBMITTED_V1,
    {
      ...versionRef(protocol, version, actorId, at),
      rowCount: rows.length,
      chunkCount,
      ...(version.replacesVersionId && { replacesVersionId: version.replacesVersionId }),
    },
    { aggregateId: protocol.id },
  );
}
