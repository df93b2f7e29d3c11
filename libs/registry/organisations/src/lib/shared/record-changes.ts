import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { RecordNotFound, StaleVersion, type RecordKind } from './registry-errors';
import type { VersionedRecord } from './record-columns';

/**
 * Copies the fields a PATCH sets (left out = unchanged, null = cleared) onto the record and returns the
 * names of those whose value really changed: an update that changes nothing writes nothing and
 * publishes nothing.
 */
export function applyChanges<R extends object, K extends keyof R & string>(
  record: R,
  changes: Partial<Record<K, unknown>>,
  fields: readonly K[],
): K[] {
  const changed: K[] = [];
  for (const field of fields) {
    const value = changes[field];
    if (value === undefined || JSON.stringify(value) === JSON.stringify(record[field])) continue;
    record[field] = value as R[K];
    changed.push(field);
  }
  return changed;
}

export interface FindRecordOptions<T> {
  /** The caller's scope test: a record outside it is "not found", exactly like a missing one. */
  visible?: (record: T) => boolean;
  /** The request field that referred to the record, named in the 404. */
  field?: string;
  /**
   * Lock the row until the transaction ends: for a record about to change, so that two concurrent
   * updates cannot both pass the version check.
   */
  forUpdate?: boolean;
}

/** A record by id, or a 404 (RecordNotFound) when it is missing or outside the caller's scope. */
export async function findRecord<T extends { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  kind: RecordKind,
  id: string,
  { visible = () => true, field, forUpdate = false }: FindRecordOptions<T> = {},
): Promise<T> {
  const record = await manager.findOne(target, {
    where: { id } as FindOptionsWhere<T>,
    ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!record || !visible(record)) throw new RecordNotFound(kind, id, field);
  return record;
}

/** 409 unless the caller's expected version is the record's current one. */
export function expectVersion(record: VersionedRecord, expected: number, kind: RecordKind): void {
  if (record.version !== expected) throw new StaleVersion(kind, expected, record.version);
}
