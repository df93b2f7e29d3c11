import type { Panel } from '../aggregation/aggregate';
import { expertSeverities } from '../severity/severity';
import { rankStability, severityAdjustedScore } from './rank-stability';

// A lenient expert L, a strict one S and a middle one M, two per panel:
//   w1: L 90, M 80   mean 85, σ 5   z L = +1, M = −1
//   w2: S 70, M 80   mean 75, σ 5   z S = −1, M = +1
//   w3: L 88, S 78   mean 83, σ 5   z L = +1, S = −1
// severity L = (1 + 1) / 2 = 1, S = (−1 − 1) / 2 = −1, M = (−1 + 1) / 2 = 0
// adjusted (x − severity · σ):
//   w1: (90 − 5 + 80 − 0) / 2 = 82.5;  w2: (70 + 5 + 80) / 2 = 77.5;  w3: (88 − 5 + 78 + 5) / 2 = 83
// ranks: mean w1 85 (1), w3 83 (2), w2 75 (3); adjusted w3 83 (1), w1 82.5 (2), w2 77.5 (3)
const panels: Panel[] = [
  {
    workId: 'w1',
    sheets: [
      { expertId: 'L', total: 90 },
      { expertId: 'M', total: 80 },
    ],
  },
  {
    workId: 'w2',
    sheets: [
      { expertId: 'S', total: 70 },
      { expertId: 'M', total: 80 },
    ],
  },
  {
    workId: 'w3',
    sheets: [
      { expertId: 'L', total: 88 },
      { expertId: 'S', total: 78 },
    ],
  },
];

describe('rankStability', () => {
  it('ranks under mean, trimmed mean and severity-adjusted scores, flagging awards that change', () => {
    const severities = expertSeverities(panels);
    expect(severities.map((s) => [s.expertId, s.severity])).toEqual([
      ['L', 1],
      ['M', 0],
      ['S', -1],
    ]);

    const stability = rankStability(
      panels,
      severities,
      { by: 'rank', first: 1, second: 2, third: 3 },
      'mean',
    );
    const rows = stability.map((w) => [
      w.workId,
      w.official.rank,
      w.byMethod.trimmedMean.rank,
      w.byMethod.severityAdjusted.score,
      w.byMethod.severityAdjusted.rank,
      w.official.award,
      w.byMethod.severityAdjusted.award,
      w.awardChanges,
    ]);
    expect(rows).toEqual([
      ['w1', 1, 1, 82.5, 2, 'I', 'II', true],
      ['w3', 2, 2, 83, 1, 'II', 'I', true],
      ['w2', 3, 3, 77.5, 3, 'III', 'III', false],
    ]);
  });

  it('flags a work whose trimmed mean crosses a score band', () => {
    // w4: 40, 80, 82, 84 → mean 286 / 4 = 71.5 (III at ≥ 70), trimmed (80 + 82) / 2 = 81 (II at ≥ 80).
    // Each expert sits on this panel only, so x − z·σ = x − (x − mean) = mean: the adjusted score is 71.5.
    const panel: Panel = {
      workId: 'w4',
      sheets: [40, 80, 82, 84].map((total, i) => ({ expertId: `e${i}`, total })),
    };
    const [w4] = rankStability(
      [panel],
      expertSeverities([panel]),
      { by: 'score', first: 90, second: 80, third: 70 },
      'mean',
    );
    expect(w4.official).toEqual({ score: 71.5, rank: 1, award: 'III' });
    expect(w4.byMethod.trimmedMean).toEqual({ score: 81, rank: 1, award: 'II' });
    expect(w4.byMethod.severityAdjusted.score).toBeCloseTo(71.5, 10);
    expect(w4.awardChanges).toBe(true);
  });

  it("states the stage's own method as the official standing", () => {
    const [w2] = rankStability([panels[1]], [], { by: 'score', first: 90, second: 75, third: 60 }, 'median');
    expect(w2.official).toEqual({ score: 75, rank: 1, award: 'II' });
  });
});

describe('severityAdjustedScore', () => {
  it('counts an expert without a severity as 0 and has no score without sheets', () => {
    expect(severityAdjustedScore(panels[0], new Map([['L', 1]]))).toBe(82.5);
    expect(severityAdjustedScore({ workId: 'w9', sheets: [] }, new Map())).toBeNull();
  });
});
