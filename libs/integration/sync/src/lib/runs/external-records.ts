import type { SourceKind, SourceRecord } from '@orbita/integration/connector';
import type { EntityManager } from 'typeorm';
import type { KindCounts } from '../sync.entities';

/**
 * Stores one page of a roster: new records inserted, changed ones updated, the same ones left alone (so a
 * rerun changes nothing). A record sent twice in one page (the listing moved under us) is stored once.
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
  const changed = rows.length
    ? await manager.query<Array<{ created: boolean; status: string }>>(
        `INSERT INTO external_records (kind, source_id, status, data, modified_at, first_run_id, last_changed_run_id)
         SELECT $1, r->>'sourcedId', r->>'status', r->'data', (r->>'modifiedAt')::timestamptz, $2, $2
           FROM jsonb_array_elements($3::jsonb) AS r
         ON CONFLICT (kind, source_id) DO UPDATE
            SET status = EXCLUDED.status, data = EXCLUDED.data, modified_at = EXCLUDED.modified_at,
                last_changed_run_id = EXCLUDED.last_changed_run_id, updated_at = now()
          WHERE external_records.status <> EXCLUDED.status OR external_records.data <> EXCLUDED.data
         RETURNING (xmax = 0) AS created, status`,
        [kind, runId, JSON.stringify(rows)],
      )
    : [];
  const created = changed.filter((row) => row.created).length;
  return {
    read: records.length,
    created,
    updated: changed.length - created,
    unchanged: rows.length - changed.length,
    markedDeleted: changed.filter((row) => row.status === 'tobedeleted').length,
  };
}
