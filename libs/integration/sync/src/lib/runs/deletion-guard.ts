import type { ParkedSchoolView } from '@orbita/integration/rpc';
import type { EntityManager } from 'typeorm';

/**
 * The mass-deletion guard: the schools (organisations) of which the run would mark more than `limit` of
 * the people active before it `tobedeleted`. Counts only: nobody's name leaves the table.
 */
export async function schoolsOverGuard(
  manager: EntityManager,
  runId: string,
  limit: number,
): Promise<ParkedSchoolView[]> {
  const schools = await manager.query<
    Array<{ source_id: string; name: string | null; active: number; removed: number }>
  >(
    `WITH people AS (
       SELECT coalesce(pending_run_id = $1, false) AS removed,
              jsonb_array_elements_text(data->'orgSourcedIds') AS org
         FROM external_records
        WHERE kind = 'users' AND status = 'active' AND first_run_id <> $1)
     SELECT p.org AS source_id, o.data->>'name' AS name,
            count(*)::int AS active, count(*) FILTER (WHERE p.removed)::int AS removed
       FROM people p LEFT JOIN external_records o ON o.kind = 'orgs' AND o.source_id = p.org
      GROUP BY p.org, o.data->>'name'
     HAVING count(*) FILTER (WHERE p.removed) > 0
      ORDER BY p.org`,
    [runId],
  );
  return schools
    .map((school) => ({
      schoolExternalId: school.source_id,
      // The platform's ids are not mapped to ours in this library; reconciliation links people, not schools.
      schoolId: null,
      schoolName: school.name ?? school.source_id,
      active: school.active,
      removed: school.removed,
      share: Math.round((school.removed / school.active) * 10_000) / 10_000,
    }))
    .filter((school) => school.removed > limit * school.active);
}

/** The run's staged deletions become the records' state (the run succeeded, or was approved). */
export async function applyStagedDeletions(manager: EntityManager, runId: string): Promise<void> {
  await manager.query(
    `UPDATE external_records
        SET status = 'tobedeleted', data = pending_data, modified_at = pending_modified_at,
            last_changed_run_id = pending_run_id, updated_at = now(),
            pending_run_id = NULL, pending_data = NULL, pending_modified_at = NULL
      WHERE pending_run_id = $1`,
    [runId],
  );
}

/** The run's staged deletions are dropped: the records stay active (the run was rejected or abandoned). */
export async function dropStagedDeletions(manager: EntityManager, runId: string): Promise<void> {
  await manager.query(
    `UPDATE external_records SET pending_run_id = NULL, pending_data = NULL, pending_modified_at = NULL
      WHERE pending_run_id = $1`,
    [runId],
  );
}
