import { rankStudios } from './ranking';
import { scoreStudios } from './scoring';
import { exampleCriteria, exampleFacts, exampleStudioIds } from '../test/example-cycle';

describe('rankStudios', () => {
  const scores = scoreStudios(exampleCriteria, exampleFacts, exampleStudioIds);

  it('ranks with shared places and gives the gap to the place above', () => {
    // south 33; north and west 28 share 2nd (33 − 28 = 5 behind); east and quiet 0 share 4th (28 behind).
    expect(rankStudios(scores, { leaderCount: 3 }).standings).toEqual([
      { studioId: 'south', rank: 1, total: 33, gapToNextPlace: 0, nextPlaceRank: null },
      { studioId: 'north', rank: 2, total: 28, gapToNextPlace: 5, nextPlaceRank: 1 },
      { studioId: 'west', rank: 2, total: 28, gapToNextPlace: 5, nextPlaceRank: 1 },
      { studioId: 'east', rank: 4, total: 0, gapToNextPlace: 28, nextPlaceRank: 2 },
      { studioId: 'quiet', rank: 4, total: 0, gapToNextPlace: 28, nextPlaceRank: 2 },
    ]);
  });

  it('names the leaders of the first places, ties included, never a studio without points', () => {
    const leaders = (leaderCount: number) =>
      rankStudios(scores, { leaderCount }).leaders.map((leader) => leader.studioId);
    expect(leaders(1)).toEqual(['south']);
    expect(leaders(2)).toEqual(['south', 'north', 'west']);
    expect(leaders(3)).toEqual(['south', 'north', 'west']);
    expect(leaders(5)).toEqual(['south', 'north', 'west']);
    expect(leaders(0)).toEqual([]);
  });

  it('orders ties by id whatever the order of the scores', () => {
    const reversed = rankStudios([...scores].reverse(), { leaderCount: 3 });
    expect(reversed).toEqual(rankStudios(scores, { leaderCount: 3 }));
  });
});
