import { scoreStudios } from './scoring';
import { exampleCriteria, exampleFacts, exampleStudioIds } from '../test/example-cycle';

describe('scoreStudios', () => {
  const scores = scoreStudios(exampleCriteria, exampleFacts, exampleStudioIds);
  const scoreOf = (studioId: string) => scores.find((score) => score.studioId === studioId);

  it('scores every studio with a fact or listed by the cycle, by id', () => {
    expect(scores.map(({ studioId, total }) => [studioId, total])).toEqual([
      ['east', 0],
      ['north', 28],
      ['quiet', 0],
      ['south', 33],
      ['west', 28],
    ]);
  });

  it('gives the contributions per indicator in the set order', () => {
    // north: 2 accepted events × 5; 30 participants × 0.5 = 15 ≤ 20; 1 publication reaches the band ≥1 → 3.
    expect(scoreOf('north')?.contributions).toEqual([
      { indicatorId: 'events', factsCounted: 2, quantity: 2, points: 10, capped: false },
      { indicatorId: 'participants', factsCounted: 1, quantity: 30, points: 15, capped: false },
      { indicatorId: 'publications', factsCounted: 1, quantity: 1, points: 3, capped: false },
    ]);
    // south: (20 + 30) × 0.5 = 25 → capped at 20; one fact of 3 publications reaches the band ≥3 → 8.
    expect(scoreOf('south')?.contributions).toEqual([
      { indicatorId: 'events', factsCounted: 1, quantity: 1, points: 5, capped: false },
      { indicatorId: 'participants', factsCounted: 2, quantity: 50, points: 20, capped: true },
      { indicatorId: 'publications', factsCounted: 1, quantity: 3, points: 8, capped: false },
    ]);
  });

  it('counts nothing but accepted facts', () => {
    expect(scoreOf('east')?.contributions.every((contribution) => contribution.factsCounted === 0)).toBe(
      true,
    );
  });

  it('ignores facts on indicators the set does not have', () => {
    const eventsOnly = { indicators: [exampleCriteria.indicators[0]] };
    // north keeps its 2 events × 5; its participants and publications no longer count.
    expect(scoreStudios(eventsOnly, exampleFacts).find((score) => score.studioId === 'north')?.total).toBe(
      10,
    );
  });

  it('rounds to the hundredth so that equal sums tie', () => {
    const tenths = {
      indicators: [
        { id: 'a', name: 'A', unit: 'u', rule: { kind: 'perFact' as const, points: 0.1 } },
        { id: 'b', name: 'B', unit: 'u', rule: { kind: 'perFact' as const, points: 0.2 } },
        { id: 'c', name: 'C', unit: 'u', rule: { kind: 'perFact' as const, points: 0.3 } },
      ],
    };
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; the credit says 0.3, like studio two's one fact.
    const [one, two] = scoreStudios(tenths, [
      { id: '1', studioId: 'one', indicatorId: 'a', status: 'accepted' },
      { id: '2', studioId: 'one', indicatorId: 'b', status: 'accepted' },
      { id: '3', studioId: 'two', indicatorId: 'c', status: 'accepted' },
    ]);
    expect(one.total).toBe(0.3);
    expect(two.total).toBe(one.total);
  });
});
