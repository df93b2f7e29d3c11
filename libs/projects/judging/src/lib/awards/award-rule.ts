import { AwardRuleInvalid } from './awards.exceptions';

/** Diploma degrees: I, II, III. */
export type Award = 'I' | 'II' | 'III';

/**
 * A stage's award rule.
 * - `{ by: 'rank', first: 1, second: 3, third: 6 }`: rank ≤ first → I, else rank ≤ second → II, else
 *   rank ≤ third → III (competition ranks: works tied at a rank share its award);
 * - `{ by: 'score', first: 90, second: 75, third: 60 }`: score (percent) ≥ first → I, else ≥ second → II,
 *   else ≥ third → III.
 */
export type AwardRule =
  | { readonly by: 'rank'; readonly first: number; readonly second: number; readonly third: number }
  | { readonly by: 'score'; readonly first: number; readonly second: number; readonly third: number };

/** Throws {@link AwardRuleInvalid} unless the bands are ordered and in range. */
export function assertValidAwardRule(rule: AwardRule): void {
  const { first, second, third } = rule;
  if (rule.by === 'rank') {
    if (![first, second, third].every((rank) => Number.isInteger(rank) && rank >= 0)) {
      throw new AwardRuleInvalid('rank bands are whole numbers ≥ 0');
    }
    if (!(first <= second && second <= third))
      throw new AwardRuleInvalid('rank bands grow: first ≤ second ≤ third');
  } else {
    if (![first, second, third].every((score) => score >= 0 && score <= 100)) {
      throw new AwardRuleInvalid('score bands are percentages, 0–100');
    }
    if (!(first >= second && second >= third))
      throw new AwardRuleInvalid('score bands fall: first ≥ second ≥ third');
  }
}

/** The award a ranked work earns under the rule; `null` for none (or for an unscored work). */
export function awardFor(
  rule: AwardRule,
  standing: { readonly rank: number | null; readonly score: number | null },
): Award | null {
  if (standing.rank === null || standing.score === null) return null;
  const earns =
    rule.by === 'rank'
      ? (band: number) => (standing.rank as number) <= band
      : (band: number) => (standing.score as number) >= band;
  if (earns(rule.first)) return 'I';
  if (earns(rule.second)) return 'II';
  if (earns(rule.third)) return 'III';
  return null;
}
