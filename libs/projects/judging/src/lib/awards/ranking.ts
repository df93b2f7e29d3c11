import { compareIds } from '../compare-ids';

export interface Scored {
  readonly id: string;
  /** `null`: not scored (no sheet), so not ranked. */
  readonly score: number | null;
}

export interface Ranked extends Scored {
  readonly rank: number | null;
}

/**
 * Competition ranking ("1224"): a higher score ranks first, equal scores share a rank and the next rank
 * skips as many places as were shared (1, 1, 3). Scores equal to a millionth of a point tie, so that the
 * same score reached by different arithmetic (a mean and a trimmed mean) is not told apart by rounding.
 * Listed by rank, then id; the unscored last, unranked.
 */
export function competitionRanking(entries: readonly Scored[]): Ranked[] {
  const sorted = [...entries].sort(
    (a, b) =>
      (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) ||
      scoreKey(b.score ?? 0) - scoreKey(a.score ?? 0) ||
      compareIds(a.id, b.id),
  );
  let previous: { key: number; rank: number } | undefined;
  return sorted.map((entry, index) => {
    if (entry.score === null) return { ...entry, rank: null };
    const key = scoreKey(entry.score);
    if (previous?.key !== key) previous = { key, rank: index + 1 };
    return { ...entry, rank: previous.rank };
  });
}

function scoreKey(score: number): number {
  return Math.round(score * 1e6);
}
