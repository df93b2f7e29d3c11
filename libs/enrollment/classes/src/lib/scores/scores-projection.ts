import { Injectable } from '@nestjs/common';
import { PARTICIPANT_CODES_ISSUED_V1, PROTOCOL_ROWS_RECORDED_V1, WORK_PUBLISHED_V1 } from '@orbita/contracts';
import { onEvent, type EventHandler } from '@orbita/messaging';
import { Not } from 'typeorm';
import { DiagnosticWork, IssuedParticipantCode, ParticipantScore } from './scores.entity';

/**
 * Keeps enrollment's copy of diagnostic works, of the school each participant code was issued to, and of
 * each participant's total (codes and figures only): the basis of selection by a work and of students'
 * trajectories.
 */
@Injectable()
export class ScoresProjection {
  readonly handlers: EventHandler[] = [
    onEvent(WORK_PUBLISHED_V1, async (work, { manager }) => {
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
    }),
    onEvent(PARTICIPANT_CODES_ISSUED_V1, async (issued, { manager }) => {
      await manager.upsert(
        IssuedParticipantCode,
        issued.codes.map((participantCode) => ({
          workId: issued.workId,
          participantCode,
          schoolId: issued.schoolId,
        })),
        ['workId', 'participantCode'],
      );
    }),
    onEvent(PROTOCOL_ROWS_RECORDED_V1, async (chunk, { manager }) => {
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
    }),
  ];
}
