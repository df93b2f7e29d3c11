import type { RubricCriterion } from '@orbita/projects/rpc';
import { rubricProblems, scoreProblems, unscoredCriteria } from './rubric-rules';

const criterion = (
  key: string,
  maxPoints: number,
  points: number[],
  allowNotApplicable = false,
): RubricCriterion => ({
  key,
  title: key,
  maxPoints,
  weight: 1,
  levels: points.map((value) => ({ points: value, descriptor: `${value}` })),
  allowNotApplicable,
});

describe('rubric rules', () => {
  it('name each contradiction of a rubric by its field', () => {
    expect(rubricProblems([criterion('goal', 3, [0, 3]), criterion('goal', 2, [1, 1, 4])])).toEqual([
      { field: 'criteria.1.key', message: expect.stringContaining('goal') },
      { field: 'criteria.1.levels.1.points', message: expect.stringContaining('1 points') },
      { field: 'criteria.1.levels.2.points', message: expect.stringContaining('2 points') },
    ]);
    expect(rubricProblems([criterion('goal', 3, [0, 3])])).toEqual([]);
  });

  it('name each wrong score by its field, and list the criteria left unscored', () => {
    const criteria = [criterion('goal', 3, [0, 3]), criterion('partner', 2, [0, 2], true)];
    expect(
      scoreProblems(criteria, [
        { criterionKey: 'goal', points: null },
        { criterionKey: 'novelty', points: 1 },
        { criterionKey: 'partner', points: 3 },
        { criterionKey: 'partner', points: 1 },
      ]).map((problem) => problem.field),
    ).toEqual(['scores.0.points', 'scores.1.criterionKey', 'scores.2.points', 'scores.3.criterionKey']);
    expect(scoreProblems(criteria, [{ criterionKey: 'partner', points: null }])).toEqual([]);
    expect(unscoredCriteria(criteria, [{ criterionKey: 'partner', points: null }])).toEqual(['goal']);
  });
});
