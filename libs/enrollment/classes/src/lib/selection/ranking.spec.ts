import { rankCandidates } from './ranking';

const scored = (score: number, extraScore: number | null = null, id = `${score}/${extraScore}`) => ({
  id,
  score,
  extraScore,
});

describe('rankCandidates', () => {
  it('ranks by score with shared competition ranks, recommends within the quota and above the threshold', () => {
    const ranked = rankCandidates(
      [scored(12), scored(18), scored(15), scored(15), scored(9), scored(14)],
      10,
      3,
    );
    expect(
      ranked.map(({ score, rank, eligible, recommended }) => [score, rank, eligible, recommended]),
    ).toEqual([
      [18, 1, true, true],
      [15, 2, true, true],
      [15, 2, true, true],
      [14, 4, true, false],
      [12, 5, true, false],
      [9, 6, false, false],
    ]);
  });

  it('breaks ties by extra testing; candidates still tied for the last place are all recommended', () => {
    const ranked = rankCandidates(
      [scored(15, 3, 'a'), scored(15, 5, 'b'), scored(15, 3, 'c'), scored(17, null, 'd')],
      0,
      3,
    );
    expect(ranked.map(({ id, rank, recommended }) => [id, rank, recommended])).toEqual([
      ['d', 1, true],
      ['b', 2, true],
      ['a', 3, true],
      ['c', 3, true],
    ]);
    expect(
      rankCandidates([scored(15, 3), scored(15, 3), scored(15, 3)], 0, 1).every(
        (c) => c.recommended && c.rank === 1,
      ),
    ).toBe(true);
  });

  it('recommends nobody below the threshold, even with places left', () => {
    expect(rankCandidates([scored(8), scored(7)], 10, 5).map((c) => c.recommended)).toEqual([false, false]);
  });
});
