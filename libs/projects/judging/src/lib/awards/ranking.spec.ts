import { competitionRanking } from './ranking';

describe('competitionRanking', () => {
  it('shares a rank between equal scores and skips the places they take (1, 1, 3)', () => {
    const ranked = competitionRanking([
      { id: 'b', score: 85 },
      { id: 'd', score: null },
      { id: 'c', score: 90 },
      { id: 'e', score: 80 },
      { id: 'a', score: 90 },
    ]);
    expect(ranked.map(({ id, rank }) => [id, rank])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
      ['e', 4],
      ['d', null],
    ]);
  });

  it('ties scores that differ only by floating-point rounding', () => {
    // 0.1 + 0.2 ≠ 0.3 in binary floating point; as scores they are the same
    const ranked = competitionRanking([
      { id: 'a', score: (0.1 + 0.2) * 100 },
      { id: 'b', score: 30 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});
