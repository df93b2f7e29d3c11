import { demoSeedDay, demoShiftDays, schoolYearOf, shiftIsoDate } from './demo-clock';

describe('the demo clock', () => {
  it('takes the seed’s day in Tomsk, so both seeds move their data by the same days at any hour', () => {
    expect(demoSeedDay(new Date('2026-12-07T16:59:00Z'))).toBe('2026-12-07');
    expect(demoSeedDay(new Date('2026-12-07T17:00:00Z'))).toBe('2026-12-08');
  });

  it('moves the anchor (3 Dec 2024) onto the seed’s day, counting days (a leap day may come between)', () => {
    const days = demoShiftDays('2026-12-07');
    expect(shiftIsoDate('2024-12-03', days)).toBe('2026-12-07');
    expect(shiftIsoDate('2024-12-02', days)).toBe('2026-12-06');
    expect(shiftIsoDate('2025-02-28', demoShiftDays('2027-12-03'))).toBe('2028-02-28');
    expect(shiftIsoDate('2025-03-01', demoShiftDays('2027-12-03'))).toBe('2028-02-29');
  });

  it('names the school year by its first calendar year, September to August', () => {
    expect([schoolYearOf('2026-08-31'), schoolYearOf('2026-09-01'), schoolYearOf('2027-05-16')]).toEqual([
      2025, 2026, 2026,
    ]);
  });
});
