import { Injectable } from '@nestjs/common';
import {
  PARTICIPANT_CODES_ISSUED_V1,
  PROTOCOL_ROWS_RECORDED_V1,
  WORK_PUBLISHED_V1,
  type ParticipantCodesIssuedV1,
  type ProtocolRowsRecordedV1,
  type WorkPublishedV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { Not } from 'typeorm';
import { SCORES_CONSUMER } from './scores-consumer';
import { DiagnosticWork, IssuedParticipantCode, ParticipantScore } from './scores.entity';

/**
 * Keeps enrollment's copy of diagnostic works, of the school each participant code was issued to, and of
 * each participant's total (codes and figures only): the basis of selection by a work and of students'
 * trajectories.
 */
@Injectable()
export class ScoresProjection {
  @OnEvent(WORK_PUBLISHED_V1, SCORES_CONSUMER)
  async workPublished(work: WorkPublishedV1, { manager }: EventContext) {
    const known = await manager.findOneBy(DiagnosticWork, { workId: work.workId });
    // Redeliveries and reordering: an older version never overwrites a newer one.
    if (known && known.version > work.version) return;
    await manager.save(
      manager.create(DiagnosticWork, {
        workId: work.workId,
        kind: work.kind,
        subject: work.subject,
        title: work.title,
        schoolYear: work.schoolYear,
        grades: work.grades,
        windowFrom: work.windowFrom,
        version: work.version,
        schoolIds: work.schoolIds,
      }),
    );
  }

  @OnEvent(PARTICIPANT_CODES_ISSUED_V1, SCORES_CONSUMER)
  async participantCodesIssued(issued: ParticipantCodesIssuedV1, { manager }: EventContext) {
    await manager.upsert(
      IssuedParticipantCode,
      issued.codes.map((participantCode) => ({
        workId: issued.workId,
        participantCode,
        schoolId: issued.schoolId,
      })),
      ['workId', 'participantCode'],
    );
  }

  @OnEvent(PROTOCOL_ROWS_RECORDED_V1, SCORES_CONSUMER)
  async rowsRecorded(chunk: ProtocolRowsRecordedV1, { manager }: EventContext) {
    // A new version of a school's protocol replaces the rows of the previous one.
    if (chunk.chunkIndex === 0)
      await manager.delete(ParticipantScore, {
        workId: chunk.workId,
        schoolId: chunk.schoolId,
        versionId: Not(chunk.versionId),
      });
    if (chunk.rows.length === 0) return;
    await manager.upsert(
      ParticipantScore,
      chunk.rows.map((row) => ({
        workId: chunk.workId,
        participantCode: row.participantCode,
        schoolId: chunk.schoolId,
        versionId: chunk.versionId,
        classLabel: row.classLabel,
        total: row.total,
      })),
      ['workId', 'participantCode'],
    );
  }
}
