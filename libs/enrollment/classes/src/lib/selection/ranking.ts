export interface Scored {
  score: number;
  extraScore: number | null;
}

export interface Ranked {
  rank: number;
  eligible: boolean;
  recommended: boolean;
}

/**
 * The ranked list of a campaign. Candidates are ordered by score, ties broken by the extra testing
 * score (none counts as 0); candidates still equal share a competition rank (1, 2, 2, 4). Eligible: at
 * or above the threshold. Recommended: eligible with a rank within the quota — so candidates tied for
 * the last place are all recommended, as no rule tells them apart; the list shows it.
 */
export function rankCandidates<T extends Scored>(
  candidates: readonly T[],
  threshold: number,
  quota: number,
): (T & Ranked)[] {
  const ordered = [...candidates].sort(
    (a, b) => b.score - a.score || (b.extraScore ?? 0) - (a.extraScore ?? 0),
  );
  let rank = 0;
  return ordered.map((candidate, index) => {
    const previous = ordered[index - 1];
    const tied =
      previous !== undefined &&
      previous.score === candidate.score &&
      (previous.extraScore ?? 0) === (candidate.extraScore ?? 0);
    if (!tied) rank = index + 1;
    const eligible = candidate.score >= threshold;
    return { ...candidate, rank, eligible, recommended: eligible && rank <= quota };
  });
}
