import { JudgingErrorCode } from '../judging-error-code';
import { assertValidAwardRule, awardFor, type AwardRule } from './award-rule';

describe('awardFor', () => {
  it('by rank: rank ≤ first → I, ≤ second → II, ≤ third → III', () => {
    const rule: AwardRule = { by: 'rank', first: 1, second: 3, third: 6 };
    const award = (rank: number) => awardFor(rule, { rank, score: 50 });
    expect([1, 2, 3, 4, 6, 7].map(award)).toEqual(['I', 'II', 'II', 'III', 'III', null]);
  });

  it('by rank: works tied at a rank share its award (ranks 1, 1, 3 with first = 1 → I, I, II)', () => {
    const rule: AwardRule = { by: 'rank', first: 1, second: 3, third: 6 };
    expect([1, 1, 3].map((rank) => awardFor(rule, { rank, score: 50 }))).toEqual(['I', 'I', 'II']);
  });

  it('by score: score ≥ first → I, ≥ second → II, ≥ third → III (percent)', () => {
    const rule: AwardRule = { by: 'score', first: 90, second: 75, third: 60 };
    const award = (score: number) => awardFor(rule, { rank: 1, score });
    expect([100, 90, 89.99, 75, 60, 59.9].map(award)).toEqual(['I', 'I', 'II', 'II', 'III', null]);
  });

  it('gives nothing to an unscored work', () => {
    expect(awardFor({ by: 'score', first: 0, second: 0, third: 0 }, { rank: null, score: null })).toBeNull();
  });
});

describe('assertValidAwardRule', () => {
  it.each<[string, AwardRule]>([
    ['rank bands out of order', { by: 'rank', first: 3, second: 1, third: 6 }],
    ['a fractional rank', { by: 'rank', first: 1.5, second: 3, third: 6 }],
    ['score bands out of order', { by: 'score', first: 75, second: 90, third: 60 }],
    ['a score above 100 %', { by: 'score', first: 120, second: 90, third: 60 }],
  ])('refuses %s with 422 PROJECTS.AWARD_RULE_INVALID', (_, rule) => {
    expect(() => assertValidAwardRule(rule)).toThrow(
      expect.objectContaining({ code: JudgingErrorCode.AWARD_RULE_INVALID, status: 422 }),
    );
  });

  it('accepts ordered bands, equal ones included', () => {
    expect(() => assertValidAwardRule({ by: 'rank', first: 1, second: 1, third: 3 })).not.toThrow();
    expect(() => assertValidAwardRule({ by: 'score', first: 90, second: 75, third: 60 })).not.toThrow();
  });
});
