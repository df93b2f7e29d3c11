import { compareIds, sumPoints, type StudioScore } from './scoring';

export interface StudioStanding {
  readonly studioId: string;
  /** Competition ranking: studios with equal totals share a rank, the next rank skips (1, 1, 3). */
  readonly rank: number;
  readonly total: number;
  /** Points needed to draw level with the studios ranked just above; 0 for the first place. */
  readonly gapToNextPlace: number;
  /** The rank just above (null for the first place): reaching it by the gap means sharing that rank. */
  readonly nextPlaceRank: number | null;
}

export interface Ranking {
  /** Every studio, by total descending; equal totals by studio id (display only: they share the rank). */
  readonly standings: readonly StudioStanding[];
  /** The year's leaders: the studios ranked within the first `leaderCount` places, ties included. */
  readonly leaders: readonly StudioStanding[];
}

export interface RankingOptions {
  /** How many places name leaders (a setting); a tie on the last place names every studio on it. */
  readonly leaderCount: number;
}

/**
 * Ranks scored studios. A studio with no points is never a leader: the credit names studios that
 * earned it, even when fewer than `leaderCount` did.
 */
export function rankStudios(scores: readonly StudioScore[], { leaderCount }: RankingOptions): Ranking {
  const ordered = [...scores].sort(
    (left, right) => right.total - left.total || compareIds(left.studioId, right.studioId),
  );
  const standings: StudioStanding[] = [];
  ordered.forEach(({ studioId, total }, index) => {
    const previous = standings[index - 1];
    if (previous && previous.total === total) {
      standings.push({ ...previous, studioId });
      return;
    }
    standings.push({
      studioId,
      rank: index + 1,
      total,
      gapToNextPlace: previous ? sumPoints([previous.total, -total]) : 0,
      nextPlaceRank: previous ? previous.rank : null,
    });
  });
  const leaders = standings.filter((standing) => standing.rank <= leaderCount && standing.total > 0);
  return { standings, leaders };
}
