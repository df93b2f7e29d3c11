import type { Schemas } from '@orbita/web/core';

export interface ProgressParams {
  subject: string;
  grade: number;
  schoolYear: number;
}

const key = (params: ProgressParams) => `${params.subject}|${params.grade}|${params.schoolYear}`;

/**
 * What to open when the URL names nothing: the newest subject, grade and year having both an
 * intermediate and a final work, else the newest having either.
 */
export function defaultProgressParams(works: readonly Schemas['Work'][]): ProgressParams | undefined {
  const kinds = new Map<string, { params: ProgressParams; kinds: Set<string> }>();
  for (const work of works) {
    if (work.kind !== 'intermediate' && work.kind !== 'final') continue;
    for (const grade of work.grades) {
      const params = { subject: work.subject, grade, schoolYear: work.schoolYear };
      const entry = kinds.get(key(params)) ?? { params, kinds: new Set<string>() };
      entry.kinds.add(work.kind);
      kinds.set(key(params), entry);
    }
  }
  const entries = [...kinds.values()].sort((a, b) => b.params.schoolYear - a.params.schoolYear);
  return (entries.find((entry) => entry.kinds.size === 2) ?? entries[0])?.params;
}
