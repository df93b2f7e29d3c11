import type { CreditFact, CriteriaSet } from './criteria';
import { rankStudios, type Ranking, type RankingOptions } from './ranking';
import { scoreStudios, sumPoints } from './scoring';

/** How one studio fares under the edited criteria against the current ones. */
export interface StandingChange {
  readonly studioId: string;
  readonly currentRank: number;
  readonly editedRank: number;
  /** Places gained (positive) or lost (negative): current rank − edited rank. */
  readonly placeChange: number;
  readonly currentTotal: number;
  readonly editedTotal: number;
  /** Edited total − current total. */
  readonly totalChange: number;
}

export interface RankingPreview {
  readonly current: Ranking;
  readonly edited: Ranking;
  /** Every studio, in the edited ranking's order. */
  readonly changes: readonly StandingChange[];
}

export interface PreviewOptions extends RankingOptions {
  /** Studios that rank even without facts (see `scoreStudios`). */
  readonly studioIds?: readonly string[];
}

/**
 * What a coordinator sees before publishing an edited criteria set: the ranking under it beside the
 * current one, over the same facts and the same studios, with each studio's change of place and total.
 */
export function previewRanking(
  currentSet: CriteriaSet,
  editedSet: CriteriaSet,
  facts: readonly CreditFact[],
  { studioIds = [], ...rankingOptions }: PreviewOptions,
): RankingPreview {
  const current = rankStudios(scoreStudios(currentSet, facts, studioIds), rankingOptions);
  const edited = rankStudios(scoreStudios(editedSet, facts, studioIds), rankingOptions);
  // Both rankings score the same studios (those of the facts and `studioIds`): every studio pairs up.
  const currentByStudio = new Map(current.standings.map((standing) => [standing.studioId, standing]));
  const changes = edited.standings.flatMap((after): StandingChange[] => {
    const before = currentByStudio.get(after.studioId);
    if (!before) return [];
    return [
      {
        studioId: after.studioId,
        currentRank: before.rank,
        editedRank: after.rank,
        placeChange: before.rank - after.rank,
        currentTotal: before.total,
        editedTotal: after.total,
        totalChange: sumPoints([after.total, -before.total]),
      },
    ];
  });
  return { current, edited, changes };
}
