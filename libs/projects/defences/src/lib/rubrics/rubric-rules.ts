import type { FieldError } from '@orbita/observability';
import type { CriterionScore, RubricCriterion } from '@orbita/projects/rpc';

/**
 * What contradicts itself in a rubric, each problem naming its field: a key used twice, a level above
 * the criterion's maximum, two levels with the same points. (Shapes and ranges are the request's checks.)
 */
export function rubricProblems(criteria: readonly RubricCriterion[]): FieldError[] {
  const problems: FieldError[] = [];
  const keys = new Set<string>();
  criteria.forEach((criterion, index) => {
    const at = `criteria.${index}`;
    if (keys.has(criterion.key))
      problems.push({ field: `${at}.key`, message: `The key ${criterion.key} is used by another criterion` });
    keys.add(criterion.key);
    const points = new Set<number>();
    criterion.levels.forEach((level, levelIndex) => {
      const field = `${at}.levels.${levelIndex}.points`;
      if (level.points > criterion.maxPoints)
        problems.push({
          field,
          message: `A level gives more than the criterion's ${criterion.maxPoints} points`,
        });
      if (points.has(level.points))
        problems.push({ field, message: `Another level of the criterion gives ${level.points} points` });
      points.add(level.points);
    });
  });
  return problems;
}

/**
 * What is wrong with an expert's scores against the rubric, each problem naming its field: an unknown or
 * repeated criterion, points above the maximum, "not applicable" (null) where the criterion forbids it.
 */
export function scoreProblems(
  criteria: readonly RubricCriterion[],
  scores: readonly CriterionScore[],
): FieldError[] {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  scores.forEach((score, index) => {
    const at = `scores.${index}`;
    const criterion = byKey.get(score.criterionKey);
    if (!criterion || seen.has(score.criterionKey)) {
      const why = criterion ? 'is scored twice' : 'is not a criterion of the stage’s rubric';
      problems.push({ field: `${at}.criterionKey`, message: `${score.criterionKey} ${why}` });
      return;
    }
    seen.add(score.criterionKey);
    if (score.points === null && !criterion.allowNotApplicable)
      problems.push({ field: `${at}.points`, message: `${criterion.key} cannot be marked not applicable` });
    if (score.points !== null && score.points > criterion.maxPoints)
      problems.push({
        field: `${at}.points`,
        message: `${criterion.key} gives at most ${criterion.maxPoints} points`,
      });
  });
  return problems;
}

/** The criteria a sheet has not scored yet (neither points nor "not applicable"). */
export function unscoredCriteria(
  criteria: readonly RubricCriterion[],
  scores: readonly CriterionScore[],
): string[] {
  const scored = new Set(scores.map((score) => score.criterionKey));
  return criteria.map((criterion) => criterion.key).filter((key) => !scored.has(key));
}
