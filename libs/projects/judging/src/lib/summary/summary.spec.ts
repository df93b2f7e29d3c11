import { JudgingErrorCode } from '../judging-error-code';
import { summariseStage, type SectionPanel } from './summary';

// Section "a" is the rank-stability example (see rank-stability.spec.ts): mean 85, 75, 83; adjusted 82.5,
// 77.5, 83. Section "b": w4 with totals 40, 80, 82, 84 (spread 44) and w5 not judged yet.
const panels: SectionPanel[] = [
  { workId: 'w5', sectionId: 'b', sheets: [] },
  {
    workId: 'w4',
    sectionId: 'b',
    sheets: [40, 80, 82, 84].map((total, i) => ({ expertId: `e${i}`, total })),
  },
  {
    workId: 'w2',
    sectionId: 'a',
    sheets: [
      { expertId: 'S', total: 70 },
      { expertId: 'M', total: 80 },
    ],
  },
  {
    workId: 'w1',
    sectionId: 'a',
    sheets: [
      { expertId: 'L', total: 90 },
      { expertId: 'M', total: 80 },
    ],
  },
  {
    workId: 'w3',
    sectionId: 'a',
    sheets: [
      { expertId: 'L', total: 88 },
      { expertId: 'S', total: 78 },
    ],
  },
];

describe('summariseStage', () => {
  it('ranks and awards per section, flags divergent panels and unstable awards, and rates experts', () => {
    const summary = summariseStage(panels, {
      divergenceThreshold: 15,
      awards: { by: 'rank', first: 1, second: 2, third: 3 },
    });
    expect(
      summary.works.map((w) => [
        w.sectionId,
        w.workId,
        w.sheets,
        w.official.score,
        w.official.rank,
        w.official.award,
        w.spread,
        w.divergent,
        w.awardChanges,
      ]),
    ).toEqual([
      ['a', 'w1', 2, 85, 1, 'I', 10, false, true],
      ['a', 'w3', 2, 83, 2, 'II', 10, false, true],
      ['a', 'w2', 2, 75, 3, 'III', 10, false, false],
      ['b', 'w4', 4, 71.5, 1, 'I', 44, true, false],
      ['b', 'w5', 0, null, null, null, 0, false, false],
    ]);
    expect(summary.experts.map((e) => [e.expertId, e.panels])).toEqual([
      ['L', 2],
      ['M', 2],
      ['S', 2],
      ['e0', 1],
      ['e1', 1],
      ['e2', 1],
      ['e3', 1],
    ]);
  });

  it('refuses an invalid award rule before summarising', () => {
    expect(() =>
      summariseStage(panels, {
        divergenceThreshold: 15,
        awards: { by: 'score', first: 60, second: 75, third: 90 },
      }),
    ).toThrow(expect.objectContaining({ code: JudgingErrorCode.AWARD_RULE_INVALID }));
  });
});
