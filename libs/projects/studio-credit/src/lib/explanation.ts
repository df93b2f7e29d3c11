import type { CriteriaSet, Indicator } from './criteria';
import { rankStudios } from './ranking';
import { contributionOf, sumPoints, type IndicatorContribution, type StudioScore } from './scoring';

export interface ExplainedContribution extends IndicatorContribution {
  readonly name: string;
  readonly unit: string;
}

/** One indicator on which more accepted facts would close the gap to the next place on their own. */
export interface GapClosingOption {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  /**
   * The fewest further units (in `unit`) that earn the gap: for a per-fact indicator that many facts;
   * otherwise that many one-unit facts, fewer when a fact reports a larger count.
   */
  readonly unitsNeeded: number;
  /** What those units would earn on the indicator (≥ the gap; a scale band may pay more). */
  readonly pointsGained: number;
}

/**
 * What a studio sees of its standing. It names no other studio: the gap and the rank above are all a
 * school learns of the others.
 */
export interface StandingExplanation {
  readonly studioId: string;
  readonly rank: number;
  readonly total: number;
  readonly studioCount: number;
  readonly gapToNextPlace: number;
  readonly nextPlaceRank: number | null;
  /** The indicators that earned the studio's points, most points first (then in the set's order). */
  readonly earnedBy: readonly ExplainedContribution[];
  /** Ways to close the gap, cheapest first (fewest units, then the set's order); empty at the first place. */
  readonly waysToCloseGap: readonly GapClosingOption[];
}

/**
 * Explains a studio's standing among `scores` (from `scoreStudios` with the same set); undefined when
 * the studio is not among them.
 */
export function explainStanding(
  studioId: string,
  set: CriteriaSet,
  scores: readonly StudioScore[],
): StandingExplanation | undefined {
  const score = scores.find((candidate) => candidate.studioId === studioId);
  // The rank and gap do not depend on how many leaders are named.
  const standing = rankStudios(scores, { leaderCount: 0 }).standings.find(
    (candidate) => candidate.studioId === studioId,
  );
  if (!score || !standing) return undefined;

  const explained = set.indicators.map((indicator, index) => ({
    indicator,
    contribution: score.contributions[index],
  }));
  const earnedBy = explained
    .filter(({ contribution }) => contribution.points > 0)
    .sort((left, right) => right.contribution.points - left.contribution.points)
    .map(({ indicator, contribution }) => ({ ...contribution, name: indicator.name, unit: indicator.unit }));
  const waysToCloseGap =
    standing.gapToNextPlace === 0
      ? []
      : explained
          .map(({ indicator, contribution }) =>
            closingOption(indicator, contribution, standing.gapToNextPlace),
          )
          .filter((option): option is GapClosingOption => option !== undefined)
          .sort((left, right) => left.unitsNeeded - right.unitsNeeded);

  return {
    studioId,
    rank: standing.rank,
    total: standing.total,
    studioCount: scores.length,
    gapToNextPlace: standing.gapToNextPlace,
    nextPlaceRank: standing.nextPlaceRank,
    earnedBy,
    waysToCloseGap,
  };
}

/** The fewest further units on `indicator` that earn `gap` points, if the rule allows it at all. */
function closingOption(
  indicator: Indicator,
  current: IndicatorContribution,
  gap: number,
): GapClosingOption | undefined {
  const unitsNeeded = fewestUnitsFor(indicator, current, gap);
  if (unitsNeeded === undefined) return undefined;
  const after = contributionOf(indicator, {
    factsCounted: current.factsCounted + unitsNeeded,
    quantity: current.quantity + unitsNeeded,
  });
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    unitsNeeded,
    pointsGained: sumPoints([after.points, -current.points]),
  };
}

function fewestUnitsFor(
  { rule }: Indicator,
  current: IndicatorContribution,
  gap: number,
): number | undefined {
  // Points are in hundredths (validated), so whole hundredths divide exactly where floats would not (0.6 / 0.2).
  const gapHundredths = toHundredths(gap);
  switch (rule.kind) {
    case 'perFact':
      return rule.points > 0 ? Math.ceil(gapHundredths / toHundredths(rule.points)) : undefined;
    case 'perCount':
      return rule.pointsPerUnit > 0 &&
        toHundredths(current.points) + gapHundredths <= toHundredths(rule.capPerStudio)
        ? Math.ceil(gapHundredths / toHundredths(rule.pointsPerUnit))
        : undefined;
    case 'scale': {
      // Bands never pay less as they ascend: the first band paying enough is the nearest one, and
      // it lies above the studio's quantity (the bands it reached pay no more than it has).
      const target = rule.bands.find(
        (band) => toHundredths(band.points) >= toHundredths(current.points) + gapHundredths,
      );
      return target ? Math.ceil(target.threshold - current.quantity) : undefined;
    }
  }
}

function toHundredths(points: number): number {
  return Math.round(points * 100);
}
