import { validateCriteria, validateFact } from './criteria';
import { exampleCriteria } from '../test/example-cycle';

describe('validateCriteria', () => {
  it('accepts a well-formed set', () => {
    expect(validateCriteria(exampleCriteria)).toEqual([]);
  });

  it('names every structural problem by its field path', () => {
    const problems = validateCriteria({
      indicators: [
        { id: 'events', name: 'Мероприятия', unit: 'мероприятия', rule: { kind: 'perFact', points: -1 } },
        { id: 'events', name: ' ', unit: 'штуки', rule: { kind: 'bonus' } },
        {
          id: 'people',
          name: 'Участники',
          unit: 'участники',
          rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: -5 },
        },
        {
          id: 'press',
          name: 'Публикации',
          unit: 'публикации',
          rule: {
            kind: 'scale',
            bands: [
              { threshold: 3, points: 5 },
              { threshold: 3, points: 6 },
              { threshold: 1, points: 2 },
            ],
          },
        },
        { id: 'talks', name: 'Выступления', unit: 'выступления', rule: { kind: 'perFact', points: 1.005 } },
        { id: 'empty', name: 'Пусто', unit: 'штуки', rule: { kind: 'scale', bands: [] } },
      ],
    });

    expect(problems).toEqual([
      { field: 'indicators.0.rule.points', message: 'must not be negative' },
      { field: 'indicators.1.name', message: 'must be a non-empty string' },
      { field: 'indicators.1.id', message: 'duplicates the id of another indicator ("events")' },
      { field: 'indicators.1.rule.kind', message: 'must be one of perFact, perCount, scale' },
      { field: 'indicators.2.rule.capPerStudio', message: 'must not be negative' },
      { field: 'indicators.3.rule.bands.1.threshold', message: 'duplicates the threshold of band 0' },
      {
        field: 'indicators.3.rule.bands.2.threshold',
        message: 'must be greater than the threshold of band 1 (bands ascend)',
      },
      { field: 'indicators.3.rule.bands.2.points', message: 'must not be less than the points of band 1' },
      { field: 'indicators.4.rule.points', message: 'must be given to the hundredth (at most two decimals)' },
      { field: 'indicators.5.rule.bands', message: 'must be a non-empty list' },
    ]);
  });

  it('names missing or mistyped fields', () => {
    expect(validateCriteria(null)).toEqual([{ field: '', message: 'must be an object' }]);
    expect(validateCriteria({})).toEqual([{ field: 'indicators', message: 'must be a list' }]);
    expect(validateCriteria({ indicators: [] })).toEqual([
      { field: 'indicators', message: 'must name at least one indicator' },
    ]);
    expect(
      validateCriteria({
        indicators: [
          'events',
          { id: 7, unit: 'u', rule: { kind: 'perCount', pointsPerUnit: '1' } },
          {
            id: 'x',
            name: 'X',
            unit: 'u',
            rule: { kind: 'scale', bands: [null, { threshold: Infinity, points: 1 }] },
          },
        ],
      }),
    ).toEqual([
      { field: 'indicators.0', message: 'must be an object' },
      { field: 'indicators.1.id', message: 'must be a non-empty string' },
      { field: 'indicators.1.name', message: 'must be a non-empty string' },
      { field: 'indicators.1.rule.pointsPerUnit', message: 'must be a number' },
      { field: 'indicators.1.rule.capPerStudio', message: 'must be a number' },
      { field: 'indicators.2.rule.bands.0', message: 'must be an object' },
      { field: 'indicators.2.rule.bands.1.threshold', message: 'must be a number' },
    ]);
  });
});

describe('validateFact', () => {
  it('accepts a fact on an indicator of the set, with or without a count', () => {
    expect(validateFact(exampleCriteria, { indicatorId: 'participants', count: 12 })).toEqual([]);
    expect(validateFact(exampleCriteria, { indicatorId: 'events' })).toEqual([]);
  });

  it('names an unknown indicator and a count below zero', () => {
    expect(validateFact(exampleCriteria, { indicatorId: 'medals', count: -2 })).toEqual([
      { field: 'indicatorId', message: 'is not an indicator of the cycle\'s criteria ("medals")' },
      { field: 'count', message: 'must not be negative' },
    ]);
    expect(validateFact(exampleCriteria, { indicatorId: 'events', count: Number.NaN })).toEqual([
      { field: 'count', message: 'must be a number' },
    ]);
  });
});
