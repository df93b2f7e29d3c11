import type { CriteriaSet } from './criteria';
import { previewRanking } from './preview';
import { exampleCriteria, exampleFacts, exampleStudioIds } from '../test/example-cycle';

describe('previewRanking', () => {
  // The coordinator's draft: an event earns 2 instead of 5, participants are capped at 30 instead of 20.
  const [events, participants, publications] = exampleCriteria.indicators;
  const edited: CriteriaSet = {
    indicators: [
      { ...events, rule: { kind: 'perFact', points: 2 } },
      { ...participants, rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: 30 } },
      publications,
    ],
  };

  it('shows each studio under the edited set beside the current one', () => {
    const preview = previewRanking(exampleCriteria, edited, exampleFacts, {
      leaderCount: 2,
      studioIds: exampleStudioIds,
    });

    // south: 1 × 2 + 50 × 0.5 = 25 (under the new cap) + 8 = 35; north: 2 × 2 + 15 + 3 = 22; west: 4 × 2 + 8 = 16.
    expect(preview.changes).toEqual([
      {
        studioId: 'south',
        currentRank: 1,
        editedRank: 1,
        placeChange: 0,
        currentTotal: 33,
        editedTotal: 35,
        totalChange: 2,
      },
      {
        studioId: 'north',
        currentRank: 2,
        editedRank: 2,
        placeChange: 0,
        currentTotal: 28,
        editedTotal: 22,
        totalChange: -6,
      },
      {
        studioId: 'west',
        currentRank: 2,
        editedRank: 3,
        placeChange: -1,
        currentTotal: 28,
        editedTotal: 16,
        totalChange: -12,
      },
      {
        studioId: 'east',
        currentRank: 4,
        editedRank: 4,
        placeChange: 0,
        currentTotal: 0,
        editedTotal: 0,
        totalChange: 0,
      },
      {
        studioId: 'quiet',
        currentRank: 4,
        editedRank: 4,
        placeChange: 0,
        currentTotal: 0,
        editedTotal: 0,
        totalChange: 0,
      },
    ]);
    // The tie on the 2nd place is broken: west is no longer a leader.
    expect(preview.current.leaders.map((leader) => leader.studioId)).toEqual(['south', 'north', 'west']);
    expect(preview.edited.leaders.map((leader) => leader.studioId)).toEqual(['south', 'north']);
  });

  it('shows a studio moving up', () => {
    // Only events count: west 4 × 5 = 20 leads, north 10, south 5.
    const preview = previewRanking(exampleCriteria, { indicators: [events] }, exampleFacts, {
      leaderCount: 1,
    });
    expect(
      preview.changes
        .slice(0, 3)
        .map(({ studioId, placeChange, totalChange }) => [studioId, placeChange, totalChange]),
    ).toEqual([
      ['west', 1, -8],
      ['north', 0, -18],
      ['south', -2, -28],
    ]);
  });
});
