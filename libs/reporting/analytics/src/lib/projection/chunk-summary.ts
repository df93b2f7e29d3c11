import type { ProtocolRowV1 } from '@orbita/contracts';

export interface ChunkSummary {
  /** Participants per class and total. */
  totals: { classLabel: string; total: number; participants: number }[];
  /** Participants per class, task (1-based) and score. */
  taskScores: { classLabel: string; taskNumber: number; score: number; participants: number }[];
}

/** `7а`, ` 7 А` and `7А` are one class. */
export const normaliseClassLabel = (label: string) => label.replace(/\s+/g, '').toLocaleUpperCase('ru');

/**
 * A chunk's rows summed up: what every figure needs, in a few hundred rows instead of one per
 * participant and score. Full, partial and zero are told later, against the blueprint's maxima.
 */
export function summariseChunk(rows: readonly ProtocolRowV1[]): ChunkSummary {
  const totals = new Map<string, ChunkSummary['totals'][number]>();
  const taskScores = new Map<string, ChunkSummary['taskScores'][number]>();
  for (const row of rows) {
    const classLabel = normaliseClassLabel(row.classLabel);
    const totalKey = `${classLabel}\u0000${row.total}`;
    const total = totals.get(totalKey) ?? { classLabel, total: row.total, participants: 0 };
    total.participants += 1;
    totals.set(totalKey, total);
    row.scores.forEach((score, index) => {
      const key = `${classLabel}\u0000${index + 1}\u0000${score}`;
      const entry = taskScores.get(key) ?? { classLabel, taskNumber: index + 1, score, participants: 0 };
      entry.participants += 1;
      taskScores.set(key, entry);
    });
  }
  return { totals: [...totals.values()], taskScores: [...taskScores.values()] };
}
