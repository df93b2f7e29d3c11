import { histogram, levelCounts, scoreStats, taskStats } from './score-figures';

describe('score figures', () => {
  it('takes the median between the two middle participants of an even group, as percentile_cont does', () => {
    expect(
      scoreStats([
        { total: 1, count: 1 },
        { total: 2.5, count: 2 },
        { total: 7, count: 1 },
      ]),
    ).toEqual({
      participants: 4,
      mean: 3.25,
      median: 2.5,
      standardDeviation: Math.sqrt((2.25 ** 2 + 0.75 ** 2 * 2 + 3.75 ** 2) / 4),
      min: 1,
      max: 7,
    });
    expect(
      scoreStats([
        { total: 3, count: 1 },
        { total: 8, count: 1 },
      ]).median,
    ).toBe(5.5);
  });

  it('has nulls, not zeros, for an empty group', () => {
    expect(scoreStats([])).toEqual({
      participants: 0,
      mean: null,
      median: null,
      standardDeviation: null,
      min: null,
      max: null,
    });
  });

  it('puts a total on a bin edge in the upper bin, and the maximum in the last bin', () => {
    const bins = histogram(
      [
        { total: 0.3, count: 1 },
        { total: 1.5, count: 2 },
        { total: 15, count: 1 },
      ],
      15,
    );
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 1.5, count: 1 });
    expect(bins[1]).toEqual({ from: 1.5, to: 3, count: 2 });
    expect(bins[9]).toEqual({ from: 13.5, to: 15, count: 1 });
  });

  it('bins whole-number scores by whole scores, not 1.5 points wide', () => {
    const frequencies = [
      { total: 0, count: 1 },
      { total: 1, count: 2 },
      { total: 2, count: 3 },
      { total: 14, count: 1 },
      { total: 15, count: 4 },
    ];
    expect(histogram(frequencies, 15, true)).toEqual([
      { from: 0, to: 1, count: 3 },
      { from: 2, to: 3, count: 3 },
      { from: 4, to: 5, count: 0 },
      { from: 6, to: 7, count: 0 },
      { from: 8, to: 9, count: 0 },
      { from: 10, to: 11, count: 0 },
      { from: 12, to: 13, count: 0 },
      { from: 14, to: 15, count: 5 },
    ]);
    // Scores 0 to 10: a bin each.
    expect(histogram([{ total: 10, count: 1 }], 10, true).map(({ from, to, count }) => [from, to, count])).toEqual(
      Array.from({ length: 11 }, (_, score) => [score, score, score === 10 ? 1 : 0]),
    );
    // Fractional maxima keep the ten equal bins.
    expect(histogram(frequencies, 15, false)[1]).toEqual({ from: 1.5, to: 3, count: 3 });
  });

  it('counts totals below the lowest threshold apart from the levels', () => {
    const levels = [
      { code: 'base', label: 'Базовый', minTotal: 3 },
      { code: 'high', label: 'Высокий', minTotal: 7.5 },
    ];
    expect(
      levelCounts(
        [
          { total: 2.99, count: 2 },
          { total: 3, count: 1 },
          { total: 7.5, count: 1 },
        ],
        { levels },
      ),
    ).toEqual({
      levels: [
        { ...levels[0], count: 1, share: 0.25 },
        { ...levels[1], count: 1, share: 0.25 },
      ],
      belowLevels: 2,
    });
  });

  it('has no task shares for tasks nobody answered', () => {
    const [task] = taskStats({ tasks: [{ number: 1, label: '1', maxScore: 2, topic: null }] }, []);
    expect(task).toMatchObject({ participants: 0, mean: null, solvedShare: null, fullShare: null });
  });
});
