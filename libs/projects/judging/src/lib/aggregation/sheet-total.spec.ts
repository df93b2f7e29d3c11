import { JudgingErrorCode } from '../judging-error-code';
import { sheetTotal, type RubricCriterion } from './sheet-total';

const rubric: RubricCriterion[] = [
  { id: 'relevance', maxPoints: 10, weight: 2 },
  { id: 'method', maxPoints: 5 },
  { id: 'prototype', maxPoints: 20, notApplicableAllowed: true },
];

describe('sheetTotal', () => {
  it('is the weighted points in percent of the weighted maximum', () => {
    // earned 2·8 + 5 + 10 = 31 of 2·10 + 5 + 20 = 45 → 100 · 31 / 45 = 68.888…
    const total = sheetTotal(rubric, [
      { criterionId: 'relevance', points: 8 },
      { criterionId: 'method', points: 5 },
      { criterionId: 'prototype', points: 10 },
    ]);
    expect(total).toBeCloseTo(68.8889, 4);
  });

  it('leaves a not-applicable criterion out of both the points and the maximum', () => {
    // earned 2·8 + 5 = 21 of 2·10 + 5 = 25 → 84
    const total = sheetTotal(rubric, [
      { criterionId: 'relevance', points: 8 },
      { criterionId: 'method', points: 5 },
      { criterionId: 'prototype', points: null },
    ]);
    expect(total).toBe(84);
  });

  it.each([
    [
      'a criterion left out',
      [
        { criterionId: 'relevance', points: 8 },
        { criterionId: 'method', points: 5 },
      ],
    ],
    [
      'points above the maximum',
      [
        { criterionId: 'relevance', points: 11 },
        { criterionId: 'method', points: 5 },
        { criterionId: 'prototype', points: 0 },
      ],
    ],
    [
      'negative points',
      [
        { criterionId: 'relevance', points: -1 },
        { criterionId: 'method', points: 5 },
        { criterionId: 'prototype', points: 0 },
      ],
    ],
    [
      'not applicable where it must apply',
      [
        { criterionId: 'relevance', points: null },
        { criterionId: 'method', points: 5 },
        { criterionId: 'prototype', points: 0 },
      ],
    ],
    [
      'a criterion the rubric lacks',
      [
        { criterionId: 'relevance', points: 1 },
        { criterionId: 'method', points: 5 },
        { criterionId: 'prototype', points: 0 },
        { criterionId: 'style', points: 1 },
      ],
    ],
    [
      'a criterion scored twice',
      [
        { criterionId: 'relevance', points: 1 },
        { criterionId: 'relevance', points: 2 },
        { criterionId: 'method', points: 5 },
        { criterionId: 'prototype', points: 0 },
      ],
    ],
  ])('refuses %s with 422 PROJECTS.SHEET_INVALID', (_, scores) => {
    expect(() => sheetTotal(rubric, scores)).toThrow(
      expect.objectContaining({ code: JudgingErrorCode.SHEET_INVALID, status: 422 }),
    );
  });

  it('has no total when nothing applies', () => {
    expect(() =>
      sheetTotal(
        [{ id: 'prototype', maxPoints: 20, notApplicableAllowed: true }],
        [{ criterionId: 'prototype', points: null }],
      ),
    ).toThrow(/no criterion applies/);
  });
});
