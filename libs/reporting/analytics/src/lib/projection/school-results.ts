import { ANALYTICS_UPDATED_V1 } from '@orbita/contracts';
import type { TransactionContext } from '@orbita/messaging';

/**
 * The versions a school's figures for a work come from: per protocol, its latest submitted version, once
 * all its rows are in and its blueprint version is known. A version replaced by a submitted newer one
 * never counts, whatever order the events came in; nor does one the regional centre returned (its rows
 * were found wrong, so they leave the figures at once rather than when a newer version arrives).
 */
const COUNTED_VERSIONS = `
  SELECT v.version_id, v.accepted_at IS NULL AS awaiting_review
  FROM protocol_versions v
  JOIN works w ON w.work_id = v.work_id AND w.version = v.work_version
  WHERE v.work_id = $1 AND v.school_id = $2 AND v.submitted_at IS NOT NULL AND v.returned_at IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM protocol_versions newer
      WHERE newer.submitted_at IS NOT NULL
        AND (newer.replaces_version_id = v.version_id
             OR (newer.protocol_id = v.protocol_id AND newer.version_number > v.version_number)))
    AND v.row_count = (SELECT coalesce(sum(c.row_count), 0) FROM protocol_chunks c WHERE c.version_id = v.version_id)
  ORDER BY v.version_number DESC, v.version_id`;

/**
 * Figures come from the chunks' summaries, never the rows: a few thousand rows whatever the protocol's size,
 * so a recompute stays fast even before PostgreSQL's statistics know of the rows just inserted (a plan made
 * on stale statistics took over a second to unnest a 10,000-row protocol's scores).
 */
const INSERT_SCORE_COUNTS = `
  INSERT INTO score_counts (work_id, school_id, class_label, total, participants)
  SELECT $1, $2, class_label, total, sum(participants)
  FROM chunk_score_counts
  WHERE version_id = ANY($3::uuid[])
  GROUP BY class_label, total
  RETURNING participants`;

/** Full, partial and zero against each task's maximum in the blueprint version the rows were checked against. */
const INSERT_TASK_RESULTS = `
  INSERT INTO task_results (work_id, school_id, class_label, task_number, participants, score_sum, full_count, partial_count, zero_count)
  SELECT $1, $2, s.class_label, s.task_number, sum(s.participants), sum(s.score * s.participants),
         coalesce(sum(s.participants) FILTER (WHERE s.score >= w.max_scores[s.task_number]), 0),
         coalesce(sum(s.participants) FILTER (WHERE s.score > 0 AND s.score < w.max_scores[s.task_number]), 0),
         coalesce(sum(s.participants) FILTER (WHERE s.score <= 0), 0)
  FROM chunk_task_scores s
  JOIN protocol_versions v ON v.version_id = s.version_id
  JOIN works w ON w.work_id = v.work_id AND w.version = v.work_version
  WHERE s.version_id = ANY($3::uuid[]) AND s.task_number <= cardinality(w.max_scores)
  GROUP BY s.class_label, s.task_number`;

export interface RecomputeOptions {
  /** Publish `reporting.analytics.updated.v1` when the figures change (off while rebuilding). */
  announce: boolean;
}

/**
 * Derives a school's figures for a work from the facts stored so far, replacing what was there. Call it
 * after writing the facts an event brought: the transaction-scoped lock makes recomputes of one work ×
 * school take turns, and the last one sees every fact committed before it, so the result does not depend
 * on the order events arrive in.
 */
export async function recomputeSchoolResults(
  tx: TransactionContext,
  workId: string,
  schoolId: string,
  options: RecomputeOptions,
): Promise<void> {
  const { manager } = tx;
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `reporting:${workId}:${schoolId}`,
  ]);
  const counted: { version_id: string; awaiting_review: boolean }[] = await manager.query(COUNTED_VERSIONS, [
    workId,
    schoolId,
  ]);
  const versionIds = counted.map((row) => row.version_id);
  const provisional = counted.some((row) => row.awaiting_review);

  await manager.query('DELETE FROM score_counts WHERE work_id = $1 AND school_id = $2', [workId, schoolId]);
  await manager.query('DELETE FROM task_results WHERE work_id = $1 AND school_id = $2', [workId, schoolId]);
  let participants = 0;
  if (versionIds.length > 0) {
    const counts: { participants: number }[] = await manager.query(INSERT_SCORE_COUNTS, [
      workId,
      schoolId,
      versionIds,
    ]);
    participants = counts.reduce((sum, row) => sum + row.participants, 0);
    await manager.query(INSERT_TASK_RESULTS, [workId, schoolId, versionIds]);
  }

  const [previous]: { version_ids: string[]; participants: number; provisional: boolean }[] =
    await manager.query(
      `SELECT version_ids::text[] AS version_ids, participants, provisional
     FROM school_results WHERE work_id = $1 AND school_id = $2`,
      [workId, schoolId],
    );
  if (versionIds.length === 0) {
    if (previous)
      await manager.query('DELETE FROM school_results WHERE work_id = $1 AND school_id = $2', [
        workId,
        schoolId,
      ]);
    return;
  }
  const unchanged =
    previous !== undefined &&
    previous.participants === participants &&
    previous.provisional === provisional &&
    [...previous.version_ids].sort().join() === [...versionIds].sort().join();
  if (unchanged) return;
  await manager.query(
    `INSERT INTO school_results (work_id, school_id, version_ids, participants, provisional)
     VALUES ($1, $2, $3::uuid[], $4, $5)
     ON CONFLICT (work_id, school_id) DO UPDATE
       SET version_ids = EXCLUDED.version_ids, participants = EXCLUDED.participants,
           provisional = EXCLUDED.provisional, updated_at = now()`,
    [workId, schoolId, versionIds, participants, provisional],
  );
  if (!options.announce) return;
  const [work]: { title: string }[] = await manager.query(
    'SELECT title FROM works WHERE work_id = $1 ORDER BY version DESC LIMIT 1',
    [workId],
  );
  tx.publish(
    ANALYTICS_UPDATED_V1,
    { workId, schoolId, versionId: versionIds[0], participants, provisional, workTitle: work?.title },
    { aggregateId: schoolId },
  );
}
