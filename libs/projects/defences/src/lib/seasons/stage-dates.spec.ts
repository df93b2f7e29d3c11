import { stageDatesOf, stageDatesProblem } from './stage-dates';

describe('stage dates', () => {
  it('default from the school year, and keep those given', () => {
    expect(stageDatesOf({ schoolYear: 2025, finalEndsOn: '2026-04-19' })).toEqual([
      { kind: 'school', startsOn: '2025-09-01', endsOn: '2026-03-30' },
      { kind: 'final', startsOn: '2026-04-14', endsOn: '2026-04-19' },
    ]);
  });

  it('name the field of dates out of order', () => {
    const problem = (dates: Parameters<typeof stageDatesOf>[0]) =>
      stageDatesProblem(stageDatesOf(dates))?.field;
    expect(problem({ schoolYear: 2025 })).toBeUndefined();
    expect(problem({ schoolYear: 2025, schoolStageEndsOn: '2025-08-01' })).toBe('schoolStageEndsOn');
    expect(problem({ schoolYear: 2025, finalEndsOn: '2026-04-01' })).toBe('finalEndsOn');
    expect(problem({ schoolYear: 2025, schoolStageEndsOn: '2026-04-14' })).toBe('finalStartsOn');
  });
});
