import { SheetInvalid } from './aggregation.exceptions';

export interface RubricCriterion {
  readonly id: string;
  readonly maxPoints: number;
  /** Defaults to 1. */
  readonly weight?: number;
  /** Whether an expert may mark the criterion "not applicable" to the work. */
  readonly notApplicableAllowed?: boolean;
}

/** One criterion's score on a sheet; `points: null` marks it not applicable. */
export interface CriterionScore {
  readonly criterionId: string;
  readonly points: number | null;
}

/**
 * A sheet's total in percent of what the work could have earned:
 *
 *   total = 100 × Σ wᵢ·pᵢ / Σ wᵢ·maxᵢ   over the applicable criteria i (weight w, points p, maximum max).
 *
 * A not-applicable criterion leaves both sums, so it neither lowers nor raises the total: the work is
 * judged on what applies to it. Every criterion must be scored (0 ≤ p ≤ max) or, where allowed, marked not
 * applicable; a sheet with nothing applicable has no total ({@link SheetInvalid}).
 */
export function sheetTotal(criteria: readonly RubricCriterion[], scores: readonly CriterionScore[]): number {
  const byCriterion = new Map(scores.map((score) => [score.criterionId, score.points]));
  if (byCriterion.size !== scores.length) throw new SheetInvalid('a criterion is scored twice');
  let earned = 0;
  let attainable = 0;
  for (const criterion of criteria) {
    if (!byCriterion.has(criterion.id)) throw new SheetInvalid(`criterion ${criterion.id} is not scored`);
    const points = byCriterion.get(criterion.id) as number | null;
    byCriterion.delete(criterion.id);
    if (points === null) {
      if (!criterion.notApplicableAllowed) throw new SheetInvalid(`criterion ${criterion.id} must apply`);
      continue;
    }
    if (!(points >= 0 && points <= criterion.maxPoints)) {
      throw new SheetInvalid(`criterion ${criterion.id} scores ${points}, not 0–${criterion.maxPoints}`);
    }
    const weight = criterion.weight ?? 1;
    earned += weight * points;
    attainable += weight * criterion.maxPoints;
  }
  const [unknown] = byCriterion.keys();
  if (unknown !== undefined) throw new SheetInvalid(`the rubric has no criterion ${unknown}`);
  if (attainable === 0) throw new SheetInvalid('no criterion applies');
  return (100 * earned) / attainable;
}
