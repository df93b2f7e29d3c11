import { explainStanding } from './explanation';
import { scoreStudios } from './scoring';
import { exampleCriteria, exampleFacts, exampleStudioIds } from '../test/example-cycle';

describe('explainStanding', () => {
  const scores = scoreStudios(exampleCriteria, exampleFacts, exampleStudioIds);
  const explain = (studioId: string) => explainStanding(studioId, exampleCriteria, scores);

  it('tells a studio what earned its points and how to close the gap', () => {
    expect(explain('north')).toEqual({
      studioId: 'north',
      rank: 2,
      total: 28,
      studioCount: 5,
      gapToNextPlace: 5,
      nextPlaceRank: 1,
      earnedBy: [
        {
          indicatorId: 'participants',
          name: 'Участники мероприятий',
          unit: 'участники',
          factsCounted: 1,
          quantity: 30,
          points: 15,
          capped: false,
        },
        {
          indicatorId: 'events',
          name: 'Мероприятия студии',
          unit: 'мероприятия',
          factsCounted: 2,
          quantity: 2,
          points: 10,
          capped: false,
        },
        {
          indicatorId: 'publications',
          name: 'Публикации о студии',
          unit: 'публикации',
          factsCounted: 1,
          quantity: 1,
          points: 3,
          capped: false,
        },
      ],
      // 5 points: one event (5); 2 more publications reach the band ≥3 (8 − 3 = 5); 10 participants × 0.5
      // (15 + 5 = 20, just the cap).
      waysToCloseGap: [
        {
          indicatorId: 'events',
          name: 'Мероприятия студии',
          unit: 'мероприятия',
          unitsNeeded: 1,
          pointsGained: 5,
        },
        {
          indicatorId: 'publications',
          name: 'Публикации о студии',
          unit: 'публикации',
          unitsNeeded: 2,
          pointsGained: 5,
        },
        {
          indicatorId: 'participants',
          name: 'Участники мероприятий',
          unit: 'участники',
          unitsNeeded: 10,
          pointsGained: 5,
        },
      ],
    });
  });

  it('leaves out what the cap or the top band cannot pay', () => {
    // east is 28 behind: 6 events earn 30 (5 would earn 25); participants stop at 20, publications at 15.
    expect(explain('east')?.waysToCloseGap).toEqual([
      {
        indicatorId: 'events',
        name: 'Мероприятия студии',
        unit: 'мероприятия',
        unitsNeeded: 6,
        pointsGained: 30,
      },
    ]);
    expect(explain('east')?.earnedBy).toEqual([]);
    // west's 5 behind by publications means the band ≥3, 3 units from none, which pays 8.
    expect(
      explain('west')?.waysToCloseGap.map(({ indicatorId, unitsNeeded, pointsGained }) => [
        indicatorId,
        unitsNeeded,
        pointsGained,
      ]),
    ).toEqual([
      ['events', 1, 5],
      ['publications', 3, 8],
      ['participants', 10, 5],
    ]);
  });

  it('has nothing to close at the first place', () => {
    expect(explain('south')).toMatchObject({
      rank: 1,
      gapToNextPlace: 0,
      nextPlaceRank: null,
      waysToCloseGap: [],
    });
  });

  it('knows no studio outside the scores', () => {
    expect(explain('elsewhere')).toBeUndefined();
  });
});
