import fc from 'fast-check';
import { validateCriteria, type CreditFact, type CriteriaSet, type PointsRule } from './criteria';
import { explainStanding } from './explanation';
import { rankStudios } from './ranking';
import { scoreStudios, sumPoints, type StudioScore } from './scoring';

const studioIds = ['s1', 's2', 's3', 's4', 's5'];
// i5 is on no generated set's list unless drawn: facts may name indicators the set does not have.
const indicatorIds = ['i1', 'i2', 'i3', 'i4', 'i5'];

/** Points to the hundredth, as validation requires. */
const points = fc.integer({ min: 0, max: 2_000 }).map((hundredths) => hundredths / 100);

const rule: fc.Arbitrary<PointsRule> = fc.oneof(
  points.map((value) => ({ kind: 'perFact' as const, points: value })),
  fc.record({ kind: fc.constant('perCount' as const), pointsPerUnit: points, capPerStudio: points }),
  fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 }).chain((thresholds) =>
    fc.array(points, { minLength: thresholds.length, maxLength: thresholds.length }).map((bandPoints) => {
      const ascendingPoints = [...bandPoints].sort((left, right) => left - right);
      return {
        kind: 'scale' as const,
        bands: [...thresholds]
          .sort((left, right) => left - right)
          .map((threshold, index) => ({ threshold, points: ascendingPoints[index] })),
      };
    }),
  ),
);

const criteria: fc.Arbitrary<CriteriaSet> = fc
  .uniqueArray(fc.constantFrom(...indicatorIds.slice(0, 4)), { minLength: 1 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        rule.map((indicatorRule) => ({ id, name: `Indicator ${id}`, unit: 'units', rule: indicatorRule })),
      ),
    ),
  )
  .map((indicators) => ({ indicators }));

const fact = (status: fc.Arbitrary<CreditFact['status']>): fc.Arbitrary<CreditFact> =>
  fc.record(
    {
      id: fc.uuid(),
      studioId: fc.constantFrom(...studioIds),
      indicatorId: fc.constantFrom(...indicatorIds),
      count: fc.integer({ min: 0, max: 40 }),
      status,
    },
    { requiredKeys: ['id', 'studioId', 'indicatorId', 'status'] },
  );

const anyStatus = fc.constantFrom<CreditFact['status']>('pending', 'accepted', 'rejected');
const facts = fc.array(fact(anyStatus), { maxLength: 40 });

const totals = (scores: readonly StudioScore[]) =>
  new Map(scores.map((score) => [score.studioId, score.total]));

describe('regional credit properties', () => {
  it('generates valid criteria sets (the properties below hold for valid sets)', () => {
    fc.assert(fc.property(criteria, (set) => validateCriteria(set).length === 0));
  });

  it("a studio's total is the sum of its contributions", () => {
    fc.assert(
      fc.property(criteria, facts, (set, someFacts) => {
        for (const score of scoreStudios(set, someFacts)) {
          const sum = score.contributions.reduce((total, contribution) => total + contribution.points, 0);
          expect(score.total).toBeCloseTo(sum, 9);
          expect(score.contributions.map((contribution) => contribution.indicatorId)).toEqual(
            set.indicators.map((indicator) => indicator.id),
          );
        }
      }),
    );
  });

  it('adding an accepted fact never lowers a total', () => {
    fc.assert(
      fc.property(criteria, facts, fact(fc.constant('accepted')), (set, someFacts, accepted) => {
        const before = totals(scoreStudios(set, someFacts, studioIds));
        const after = totals(scoreStudios(set, [...someFacts, accepted], studioIds));
        for (const studioId of studioIds)
          expect(after.get(studioId)).toBeGreaterThanOrEqual(before.get(studioId) ?? 0);
      }),
    );
  });

  it('a cap is never exceeded, and a capped indicator pays exactly its cap', () => {
    fc.assert(
      fc.property(criteria, facts, (set, someFacts) => {
        for (const score of scoreStudios(set, someFacts)) {
          score.contributions.forEach((contribution, index) => {
            const { rule: indicatorRule } = set.indicators[index];
            if (indicatorRule.kind !== 'perCount') return expect(contribution.capped).toBe(false);
            expect(contribution.points).toBeLessThanOrEqual(indicatorRule.capPerStudio);
            if (contribution.capped) expect(contribution.points).toBe(indicatorRule.capPerStudio);
          });
        }
      }),
    );
  });

  it('pending and rejected facts never count', () => {
    fc.assert(
      fc.property(criteria, facts, (set, someFacts) => {
        const acceptedOnly = someFacts.filter((candidate) => candidate.status === 'accepted');
        expect(scoreStudios(set, someFacts, studioIds)).toEqual(scoreStudios(set, acceptedOnly, studioIds));
      }),
    );
  });

  it('scores do not depend on the order of the facts', () => {
    fc.assert(
      fc.property(
        criteria,
        facts.chain((someFacts) =>
          fc.tuple(fc.constant(someFacts), fc.shuffledSubarray(someFacts, { minLength: someFacts.length })),
        ),
        (set, [someFacts, shuffled]) => {
          expect(scoreStudios(set, shuffled)).toEqual(scoreStudios(set, someFacts));
        },
      ),
    );
  });

  it('the ranking is a permutation of the studios consistent with their totals', () => {
    fc.assert(
      fc.property(criteria, facts, fc.integer({ min: 0, max: 6 }), (set, someFacts, leaderCount) => {
        const scores = scoreStudios(set, someFacts, studioIds);
        const { standings, leaders } = rankStudios(scores, { leaderCount });

        expect(standings.map((standing) => standing.studioId).sort()).toEqual(
          scores.map((score) => score.studioId).sort(),
        );
        const scoreTotals = totals(scores);
        for (const standing of standings) {
          const ahead = standings.filter((other) => other.total > standing.total);
          expect(standing.total).toBe(scoreTotals.get(standing.studioId));
          expect(standing.rank).toBe(ahead.length + 1);
          const nextAbove = Math.min(...ahead.map((other) => other.total));
          expect(standing.gapToNextPlace).toBeCloseTo(ahead.length === 0 ? 0 : nextAbove - standing.total, 9);
        }
        standings
          .slice(1)
          .forEach((standing, index) => expect(standing.total).toBeLessThanOrEqual(standings[index].total));
        expect(leaders).toEqual(
          standings.filter((standing) => standing.rank <= leaderCount && standing.total > 0),
        );
      }),
    );
  });

  it('each way to close the gap closes it with the units it names, and not with one fewer', () => {
    fc.assert(
      fc.property(criteria, facts, fc.constantFrom(...studioIds), (set, someFacts, studioId) => {
        const explanation = explainStanding(studioId, set, scoreStudios(set, someFacts, studioIds));
        if (!explanation) throw new Error(`${studioId} should have been scored`);
        // Reaching the next place means drawing level with its total (both are in hundredths, like the gap).
        const target = sumPoints([explanation.total, explanation.gapToNextPlace]);
        const totalWith = (indicatorId: string, units: number) => {
          const oneUnitFacts = Array.from({ length: units }, (_, index): CreditFact => ({
            id: `extra-${index}`,
            studioId,
            indicatorId,
            status: 'accepted',
          }));
          return totals(scoreStudios(set, [...someFacts, ...oneUnitFacts], studioIds)).get(studioId) ?? 0;
        };
        for (const way of explanation.waysToCloseGap) {
          expect(totalWith(way.indicatorId, way.unitsNeeded)).toBeGreaterThanOrEqual(target);
          expect(totalWith(way.indicatorId, way.unitsNeeded - 1)).toBeLessThan(target);
        }
      }),
    );
  });
});
