import {
  PROTOCOL_ACCEPTED_V1,
  PROTOCOL_DRAFTED_V1,
  PROTOCOL_RETURNED_V1,
  PROTOCOL_ROWS_RECORDED_V1,
  PROTOCOL_SUBMITTED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  WORK_PUBLISHED_V1,
  type ProtocolAcceptedV1,
  type ProtocolDraftedV1,
  type ProtocolRowsRecordedV1,
  type ProtocolReturnedV1,
  type ProtocolSubmittedV1,
  type SchoolRegisteredV1,
  type SchoolUpdatedV1,
  type WorkPublishedV1,
} from '@orbita/contracts';
import type { EventContext, TransactionContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { ANALYTICS_CONSUMER } from './analytics-consumer';
import { normaliseClassLabel, summariseChunk } from './chunk-summary';
import { recomputeSchoolResults, type RecomputeOptions } from './school-results';

/**
 * How reporting's read models follow the events, on the `analytics` durable consumer. Each handler
 * stores the facts its event brings (idempotently: a repeat changes nothing) and then recomputes the
 * work × school figures they touch. The programme table's projection rides on the same consumer.
 */
export class AnalyticsProjection {
  constructor(private readonly recompute: RecomputeOptions) {}

  @OnEvent(WORK_PUBLISHED_V1, ANALYTICS_CONSUMER)
  workPublished(work: WorkPublishedV1, tx: EventContext) {
    return recordWork(tx, work, this.recompute);
  }

  @OnEvent(SCHOOL_REGISTERED_V1, ANALYTICS_CONSUMER)
  schoolRegistered(school: SchoolRegisteredV1, tx: EventContext) {
    return recordSchool(tx, school, 1);
  }

  @OnEvent(SCHOOL_UPDATED_V1, ANALYTICS_CONSUMER)
  schoolUpdated(school: SchoolUpdatedV1, tx: EventContext) {
    return recordSchool(tx, school, school.version);
  }

  @OnEvent(PROTOCOL_DRAFTED_V1, ANALYTICS_CONSUMER)
  protocolDrafted(drafted: ProtocolDraftedV1, tx: EventContext) {
    return recordDraft(tx, drafted);
  }

  @OnEvent(PROTOCOL_ROWS_RECORDED_V1, ANALYTICS_CONSUMER)
  rowsRecorded(chunk: ProtocolRowsRecordedV1, tx: EventContext) {
    return recordRows(tx, chunk, this.recompute);
  }

  @OnEvent(PROTOCOL_SUBMITTED_V1, ANALYTICS_CONSUMER)
  protocolSubmitted(submitted: ProtocolSubmittedV1, tx: EventContext) {
    return recordSubmission(tx, submitted, this.recompute);
  }

  @OnEvent(PROTOCOL_ACCEPTED_V1, ANALYTICS_CONSUMER)
  protocolAccepted(accepted: ProtocolAcceptedV1, tx: EventContext) {
    return recordReview(tx, accepted, 'accepted_at', this.recompute);
  }

  @OnEvent(PROTOCOL_RETURNED_V1, ANALYTICS_CONSUMER)
  protocolReturned(returned: ProtocolReturnedV1, tx: EventContext) {
    return recordReview(tx, returned, 'returned_at', this.recompute);
  }
}

/** The latest draft of the work × school; an older one arriving late changes nothing. */
async function recordDraft(tx: TransactionContext, drafted: ProtocolDraftedV1): Promise<void> {
  await tx.manager.query(
    `INSERT INTO protocol_drafts (work_id, school_id, protocol_id, version_number, drafted_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (work_id, school_id) DO UPDATE SET
       protocol_id = EXCLUDED.protocol_id, version_number = EXCLUDED.version_number, drafted_at = EXCLUDED.drafted_at
     WHERE protocol_drafts.drafted_at < EXCLUDED.drafted_at`,
    [drafted.workId, drafted.schoolId, drafted.protocolId, drafted.versionNumber, drafted.at],
  );
}

async function recordWork(
  tx: TransactionContext,
  work: WorkPublishedV1,
  options: RecomputeOptions,
): Promise<void> {
  const tasks = [...work.tasks].sort((a, b) => a.number - b.number);
  const levels = [...work.levels].sort((a, b) => a.minTotal - b.minTotal);
  const maxScores = tasks.map((task) => task.maxScore);
  const maxTotal = maxScores.reduce((sum, score) => sum + score, 0);
  await tx.manager.query(
    `INSERT INTO works (work_id, version, kind, title, subject, grades, school_year, window_from, window_to, tasks, levels,
                        max_scores, max_total, school_ids)
     VALUES ($1, $2, $3, $4, $5, $6::integer[], $7, $8, $9, $10::jsonb, $11::jsonb, $12::numeric[], $13, $14::uuid[])
     ON CONFLICT (work_id, version) DO UPDATE SET
       kind = EXCLUDED.kind, title = EXCLUDED.title, subject = EXCLUDED.subject, grades = EXCLUDED.grades,
       school_year = EXCLUDED.school_year, window_from = EXCLUDED.window_from, window_to = EXCLUDED.window_to,
       tasks = EXCLUDED.tasks, levels = EXCLUDED.levels, max_scores = EXCLUDED.max_scores,
       max_total = EXCLUDED.max_total, school_ids = EXCLUDED.school_ids`,
    [
      work.workId,
      work.version,
      work.kind,
      work.title,
      work.subject,
      work.grades,
      work.schoolYear,
      work.windowFrom,
      work.windowTo,
      JSON.stringify(
        tasks.map(({ number, label, maxScore, topic }) => ({
          number,
          label,
          maxScore,
          topic: topic ?? null,
        })),
      ),
      JSON.stringify(levels.map(({ code, label, minTotal }) => ({ code, label, minTotal }))),
      maxScores,
      maxTotal,
      work.schoolIds,
    ],
  );
  // Protocols checked against this version may have arrived before it: their figures can be made now.
  const schools: { school_id: string }[] = await tx.manager.query(
    `SELECT DISTINCT school_id FROM protocol_versions
     WHERE work_id = $1 AND work_version = $2 AND submitted_at IS NOT NULL ORDER BY school_id`,
    [work.workId, work.version],
  );
  for (const { school_id } of schools) await recomputeSchoolResults(tx, work.workId, school_id, options);
}

/**
 * Names, municipality and the id on the Sirius.Schools platform only (region-level organisation data); an
 * older version never overwrites a newer.
 */
async function recordSchool(
  tx: TransactionContext,
  school: SchoolRegisteredV1,
  version: number,
): Promise<void> {
  await tx.manager.query(
    `INSERT INTO schools (school_id, municipality_id, short_name, full_name, active, version, sirius_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (school_id) DO UPDATE SET
       municipality_id = EXCLUDED.municipality_id, short_name = EXCLUDED.short_name, full_name = EXCLUDED.full_name,
       active = EXCLUDED.active, version = EXCLUDED.version, sirius_id = EXCLUDED.sirius_id
     WHERE schools.version <= EXCLUDED.version`,
    [
      school.schoolId,
      school.municipalityId,
      school.shortName,
      school.fullName,
      school.active,
      version,
      school.siriusId ?? null,
    ],
  );
}

async function recordRows(
  tx: TransactionContext,
  chunk: ProtocolRowsRecordedV1,
  options: RecomputeOptions,
): Promise<void> {
  const { manager } = tx;
  await manager.query(
    `INSERT INTO protocol_versions (version_id, protocol_id, work_id, school_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (version_id) DO NOTHING`,
    [chunk.versionId, chunk.protocolId, chunk.workId, chunk.schoolId],
  );
  const stored: unknown[] = await manager.query(
    `INSERT INTO protocol_chunks (version_id, chunk_index, row_count) VALUES ($1, $2, $3)
     ON CONFLICT (version_id, chunk_index) DO NOTHING RETURNING chunk_index`,
    [chunk.versionId, chunk.chunkIndex, chunk.rows.length],
  );
  // The same chunk again (republished by the producer under another event id): its rows are in already.
  if (stored.length === 0) return;
  const rows = chunk.rows.map((row) => ({ ...row, classLabel: normaliseClassLabel(row.classLabel) }));
  if (rows.length > 0) {
    // One array per column; each row's scores as an array literal (`{2,0.5,3}`), rows being ragged in general.
    await manager.query(
      `INSERT INTO protocol_rows (version_id, chunk_index, position, participant_code, class_label, scores, total)
       SELECT $1, $2, (r.position - 1)::integer, r.code, r.class_label, r.scores::numeric[], r.total
       FROM unnest($3::text[], $4::text[], $5::text[], $6::numeric[]) WITH ORDINALITY AS r(code, class_label, scores, total, position)`,
      [
        chunk.versionId,
        chunk.chunkIndex,
        rows.map((row) => row.participantCode),
        rows.map((row) => row.classLabel),
        rows.map((row) => `{${row.scores.join(',')}}`),
        rows.map((row) => row.total),
      ],
    );
    const { totals, taskScores } = summariseChunk(rows);
    await manager.query(
      `INSERT INTO chunk_score_counts (version_id, chunk_index, class_label, total, participants)
       SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[], $5::integer[])`,
      [chunk.versionId, chunk.chunkIndex, ...columns(totals, ['classLabel', 'total', 'participants'])],
    );
    await manager.query(
      `INSERT INTO chunk_task_scores (version_id, chunk_index, class_label, task_number, score, participants)
       SELECT $1, $2, * FROM unnest($3::text[], $4::integer[], $5::numeric[], $6::integer[])`,
      [
        chunk.versionId,
        chunk.chunkIndex,
        ...columns(taskScores, ['classLabel', 'taskNumber', 'score', 'participants']),
      ],
    );
  }
  const [version]: { row_count: number | null; stored: string }[] = await manager.query(
    `SELECT v.row_count, (SELECT sum(c.row_count) FROM protocol_chunks c WHERE c.version_id = v.version_id) AS stored
     FROM protocol_versions v WHERE v.version_id = $1`,
    [chunk.versionId],
  );
  // The submitted event came first and this chunk completes the version.
  if (version.row_count !== null && Number(version.stored) === version.row_count) {
    await recomputeSchoolResults(tx, chunk.workId, chunk.schoolId, options);
  }
}

/** Objects as one array per field, for `unnest($1::text[], $2::integer[], …)`. */
function columns<T, K extends keyof T>(items: readonly T[], fields: readonly K[]): T[K][][] {
  return fields.map((field) => items.map((item) => item[field]));
}

async function recordSubmission(
  tx: TransactionContext,
  submitted: ProtocolSubmittedV1,
  options: RecomputeOptions,
): Promise<void> {
  await tx.manager.query(
    `INSERT INTO protocol_versions (version_id, protocol_id, work_id, school_id, version_number, work_version, row_count,
                                    chunk_count, replaces_version_id, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (version_id) DO UPDATE SET
       version_number = EXCLUDED.version_number, work_version = EXCLUDED.work_version, row_count = EXCLUDED.row_count,
       chunk_count = EXCLUDED.chunk_count, replaces_version_id = EXCLUDED.replaces_version_id,
       submitted_at = EXCLUDED.submitted_at`,
    [
      submitted.versionId,
      submitted.protocolId,
      submitted.workId,
      submitted.schoolId,
      submitted.versionNumber,
      submitted.workVersion,
      submitted.rowCount,
      submitted.chunkCount,
      submitted.replacesVersionId ?? null,
      submitted.at,
    ],
  );
  await recomputeSchoolResults(tx, submitted.workId, submitted.schoolId, options);
}

/**
 * The regional centre's decision: the completeness board shows it; an acceptance makes the figures final,
 * a return takes the version out of them.
 */
async function recordReview(
  tx: TransactionContext,
  review: ProtocolAcceptedV1,
  column: 'accepted_at' | 'returned_at',
  options: RecomputeOptions,
): Promise<void> {
  await tx.manager.query(
    `INSERT INTO protocol_versions (version_id, protocol_id, work_id, school_id, version_number, work_version, ${column})
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (version_id) DO UPDATE SET
       ${column} = EXCLUDED.${column},
       version_number = coalesce(protocol_versions.version_number, EXCLUDED.version_number),
       work_version = coalesce(protocol_versions.work_version, EXCLUDED.work_version)`,
    [
      review.versionId,
      review.protocolId,
      review.workId,
      review.schoolId,
      review.versionNumber,
      review.workVersion,
      review.at,
    ],
  );
  await recomputeSchoolResults(tx, review.workId, review.schoolId, options);
}
