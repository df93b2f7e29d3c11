import type { CreditFact, CriteriaSet, Indicator, PointsRule } from './criteria';

/** What one indicator earned a studio. */
export interface IndicatorContribution {
  readonly indicatorId: string;
  /** Accepted facts of the studio on this indicator. */
  readonly factsCounted: number;
  /** The sum of their counts (a fact without a count is one unit): what `perCount` and `scale` measure. */
  readonly quantity: number;
  readonly points: number;
  /** Whether the `perCount` cap cut the points (the quantity earned more than the cap allows). */
  readonly capped: boolean;
}

export interface StudioScore {
  readonly studioId: string;
  /** The sum of the contributions' points. */
  readonly total: number;
  /** One per indicator of the criteria set, in its order. */
  readonly contributions: readonly IndicatorContribution[];
}

/** Accepted facts and units of one studio on one indicator. */
export interface IndicatorTally {
  readonly factsCounted: number;
  readonly quantity: number;
}

/**
 * Scores every studio that has a fact (in any status) or is listed in `studioIds` (so a studio without
 * facts still ranks, with 0). Only accepted facts count; facts on indicators the set does not have are
 * ignored (a criteria draft may drop an indicator). Deterministic: studios by id, contributions in the
 * set's order, whatever the order of the facts.
 */
export function scoreStudios(
  set: CriteriaSet,
  facts: readonly CreditFact[],
  studioIds: readonly string[] = [],
): StudioScore[] {
  const tallies = tallyAcceptedFacts(facts);
  const studios = [...new Set([...studioIds, ...facts.map((fact) => fact.studioId)])].sort(compareIds);
  return studios.map((studioId) => {
    const contributions = set.indicators.map((indicator) =>
      contributionOf(indicator, tallies.get(tallyKey(studioId, indicator.id)) ?? noFacts),
    );
    return {
      studioId,
      total: sumPoints(contributions.map((contribution) => contribution.points)),
      contributions,
    };
  });
}

/** What an indicator pays for a studio's tally. */
export function contributionOf(indicator: Indicator, tally: IndicatorTally): IndicatorContribution {
  const { points, capped } = pointsFor(indicator.rule, tally);
  return { indicatorId: indicator.id, ...tally, points: roundPoints(points), capped };
}

function pointsFor(
  rule: PointsRule,
  { factsCounted, quantity }: IndicatorTally,
): { points: number; capped: boolean } {
  switch (rule.kind) {
    case 'perFact':
      return { points: rule.points * factsCounted, capped: false };
    case 'perCount': {
      const uncapped = rule.pointsPerUnit * quantity;
      return uncapped > rule.capPerStudio
        ? { points: rule.capPerStudio, capped: true }
        : { points: uncapped, capped: false };
    }
    case 'scale': {
      const reached = rule.bands.filter((band) => quantity >= band.threshold);
      return { points: reached.at(-1)?.points ?? 0, capped: false };
    }
  }
}

/**
 * Sums points to the hundredth. Points are rounded to hundredths so that equal totals compare equal
 * (0.1 + 0.2 must tie with 0.3) and so that a total is exactly the rounded sum of its contributions.
 */
export function sumPoints(points: readonly number[]): number {
  return roundPoints(points.reduce((sum, value) => sum + value, 0));
}

function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

/** Ids in a stable, locale-independent order. */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

const noFacts: IndicatorTally = { factsCounted: 0, quantity: 0 };

function tallyAcceptedFacts(facts: readonly CreditFact[]): Map<string, IndicatorTally> {
  const tallies = new Map<string, IndicatorTally>();
  for (const fact of facts) {
    if (fact.status !== 'accepted') continue;
    const key = tallyKey(fact.studioId, fact.indicatorId);
    const tally = tallies.get(key) ?? noFacts;
    tallies.set(key, { factsCounted: tally.factsCounted + 1, quantity: tally.quantity + (fact.count ?? 1) });
  }
  return tallies;
}

function tallyKey(studioId: string, indicatorId: string): string {
  return JSON.stringify([studioId, indicatorId]);
}
