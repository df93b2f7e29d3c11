import type { SourceKind, SourceRecord } from '@orbita/integration/connector';
import type { EntityManager } from 'typeorm';
import type { KindCounts } from '../sync.entities';

/**
 * Stores one page of a roster: new records inserted, changed ones updated, the same ones left alone (so a
 * rerun changes nothing). A record sent twice in one page (the listing moved under us) is stored once.
 * An active record the platform marks `tobedeleted` is only staged on the run (`pending_*`): the
 * mass-deletion guard weighs the run's deletions before any is applied (see deletion-guard.ts).
 */
export async function storePage(
  manager: EntityManager,
  runId: string,
  kind: SourceKind,
  records: readonly SourceRecord[],
): Promise<KindCounts> {
  const bySourcedId = new Map(records.map((record) => [record.sourcedId, record]));
  const rows = [...bySourcedId.values()].map(({ sourcedId, status, dateLastModified, ...data }) => ({
    sourcedId,
    status,
    modifiedAt: dateLastModified,
    data,
  }));
  if (!rows.length) return { read: records.length, created: 0, updated: 0, unchanged: 0, markedDeleted: 0 };
  const rowsJson = JSON.stringify(rows);
  // Staged again with what was staged already (a page read twice): unchanged. (An UPDATE answers [rows, count].)
  const [, staged] = await manager.query<[unknown[], number]>(
    `UPDATE external_records e
        SET pending_run_id = $2, pending_data = r->'data', pending_modified_at = (r->>'modifiedAt')::timestamptz
       FROM jsonb_array_elements($3::jsonb) AS r
      WHERE e.kind = $1 AND e.source_id = r->>'sourcedId' AND e.status = 'active' AND r->>'status' = 'tobedeleted'
        AND (e.pending_run_id IS DISTINCT FROM $2 OR e.pending_data <> r->'data')
`,
    [kind, runId, rowsJson],
  );
  // A staged record read again as active (it changed back while we paged) loses its staged deletion.
  const changed = await manager.query<Array<{ created: boolean; status: string }>>(
    `INSERT INTO external_records (kind, source_id, status, data, modified_at, first_run_id, last_changed_run_id)
     SELECT $1, r->>'sourcedId', r->>'status', r->'data', (r->>'modifiedAt')::timestamptz, $2, $2
       FROM jsonb_array_elements($3::jsonb) AS r
     ON CONFLICT (kind, source_id) DO UPDATE
        SET status = EXCLUDED.status, data = EXCLUDED.data, modified_at = EXCLUDED.modified_at,
            last_changed_run_id = EXCLUDED.last_changed_run_id, updated_at = now(),
            pending_run_id = NULL, pending_data = NULL, pending_modified_at = NULL
      WHERE NOT (external_records.status = 'active' AND EXCLUDED.status = 'tobedeleted')
        AND (external_records.status <> EXCLUDED.status OR external_records.data <> EXCLUDED.data
             OR external_records.pending_run_id IS NOT NULL)
     RETURNING (xmax = 0) AS created, status`,
    [kind, runId, rowsJson],
  );
  const created = changed.filter((row) => row.created).length;
  const markedDeleted = staged + changed.filter((row) => row.status === 'tobedeleted').length;
  return {
    read: records.length,
    created,
    updated: changed.length - created + staged,
    unchanged: rows.length - changed.length - staged,
    markedDeleted,
  };
}
