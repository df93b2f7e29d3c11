import type { CreditFact, CriteriaSet } from '../lib/criteria';

/**
 * A hand-computed cycle the specs share. Under `exampleCriteria`:
 * - north: events 2 × 5 = 10; participants 30 × 0.5 = 15 (under the cap of 20); publications 1 unit → band ≥1 = 3;
 *   total 28 (its pending event and rejected 100 participants earn nothing)
 * - south: events 1 × 5 = 5; participants 50 × 0.5 = 25, capped to 20; publications 3 units → band ≥3 = 8; total 33
 * - west: events 4 × 5 = 20; participants 16 × 0.5 = 8; no publications; total 28
 * - east: only pending and rejected facts → 0; quiet: no facts, listed by the cycle → 0
 */
export const exampleCriteria: CriteriaSet = {
  indicators: [
    { id: 'events', name: 'Мероприятия студии', unit: 'мероприятия', rule: { kind: 'perFact', points: 5 } },
    {
      id: 'participants',
      name: 'Участники мероприятий',
      unit: 'участники',
      rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: 20 },
    },
    {
      id: 'publications',
      name: 'Публикации о студии',
      unit: 'публикации',
      rule: {
        kind: 'scale',
        bands: [
          { threshold: 1, points: 3 },
          { threshold: 3, points: 8 },
          { threshold: 5, points: 15 },
        ],
      },
    },
  ],
};

export const exampleStudioIds = ['quiet'];

export const exampleFacts: CreditFact[] = [
  { id: 'f01', studioId: 'north', indicatorId: 'events', status: 'accepted' },
  { id: 'f02', studioId: 'north', indicatorId: 'events', status: 'accepted' },
  { id: 'f03', studioId: 'north', indicatorId: 'events', status: 'pending' },
  { id: 'f04', studioId: 'north', indicatorId: 'participants', count: 30, status: 'accepted' },
  { id: 'f05', studioId: 'north', indicatorId: 'participants', count: 100, status: 'rejected' },
  { id: 'f06', studioId: 'north', indicatorId: 'publications', status: 'accepted' },
  { id: 'f07', studioId: 'south', indicatorId: 'events', status: 'accepted' },
  { id: 'f08', studioId: 'south', indicatorId: 'participants', count: 20, status: 'accepted' },
  { id: 'f09', studioId: 'south', indicatorId: 'participants', count: 30, status: 'accepted' },
  { id: 'f10', studioId: 'south', indicatorId: 'publications', count: 3, status: 'accepted' },
  { id: 'f11', studioId: 'west', indicatorId: 'events', status: 'accepted' },
  { id: 'f12', studioId: 'west', indicatorId: 'events', status: 'accepted' },
  { id: 'f13', studioId: 'west', indicatorId: 'events', status: 'accepted' },
  { id: 'f14', studioId: 'west', indicatorId: 'events', status: 'accepted' },
  { id: 'f15', studioId: 'west', indicatorId: 'participants', count: 16, status: 'accepted' },
  { id: 'f16', studioId: 'east', indicatorId: 'events', status: 'pending' },
  { id: 'f17', studioId: 'east', indicatorId: 'publications', count: 9, status: 'rejected' },
];
