import type { DeclaredConflict } from '@orbita/projects/judging';
import type { DeclaredConflictView } from '@orbita/projects/rpc';
import { Column, Entity, In, PrimaryColumn, Not, IsNull, type EntityManager } from 'typeorm';

/** A conflict of interest an expert declared with a work; it counts once the coordinator confirms it. */
@Entity('declared_conflicts')
export class DeclaredConflictRecord {
  @PrimaryColumn('uuid')
  expertPersonId!: string;

  @PrimaryColumn('uuid')
  workId!: string;

  @Column('text')
  reason!: string;

  @Column('timestamptz', { default: () => 'now()' })
  declaredAt!: Date;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;
}

export const declaredConflictView = (conflict: DeclaredConflictRecord): DeclaredConflictView => ({
  workId: conflict.workId,
  expertPersonId: conflict.expertPersonId,
  reason: conflict.reason,
  declaredAt: conflict.declaredAt.toISOString(),
  confirmedAt: conflict.confirmedAt?.toISOString() ?? null,
});

/** The confirmed conflicts with these works, as the judging library takes them (an expert is a person). */
export async function confirmedConflicts(
  manager: EntityManager,
  workIds: readonly string[],
): Promise<DeclaredConflict[]> {
  if (workIds.length === 0) return [];
  const conflicts = await manager.findBy(DeclaredConflictRecord, {
    workId: In([...workIds]),
    confirmedAt: Not(IsNull()),
  });
  return conflicts.map(({ expertPersonId, workId }) => ({ expertId: expertPersonId, workId }));
}
