import { currentDemoWorks, DEMO_WORKS } from './seed-works-demo';

describe('currentDemoWorks', () => {
  it('moves the 2024/25 works to the school year of today: the intermediate window open, the finals ahead', () => {
    const today = '2026-12-07';
    const works = currentDemoWorks(today);
    expect(works.map((work) => [work.kind, work.schoolYear, work.windowFrom, work.windowTo])).toEqual([
      ['intermediate', 2026, '2026-12-06', '2026-12-09'],
      ['final', 2026, '2027-04-27', '2027-04-29'],
      ['final', 2026, '2027-05-17', '2027-05-20'],
    ]);
    // Ids of their own, the same on every seed of that year.
    expect(works.map((work) => work.id)).toEqual(currentDemoWorks('2027-01-15').map((work) => work.id));
    expect(works.filter((work) => DEMO_WORKS.some((history) => history.id === work.id))).toEqual([]);
    expect(works[0].id).toBe('5b0d6c1e-7a2f-4c39-9e51-20267f0b1c01');
  });

  it('adds no works while today is still in 2024/25', () => {
    expect(currentDemoWorks('2025-05-01')).toEqual([]);
  });
});
