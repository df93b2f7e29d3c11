import { JudgingErrorCode } from '../judging-error-code';
import { nominate } from './nomination';
import type { Ranked } from './ranking';

// A school's ranked school-stage list: a first, b and c tied second, d fourth, e unscored.
const ranked: Ranked[] = [
  { id: 'a', score: 92, rank: 1 },
  { id: 'c', score: 80, rank: 2 },
  { id: 'b', score: 80, rank: 2 },
  { id: 'd', score: 70, rank: 4 },
  { id: 'e', score: null, rank: null },
];

describe('nominate', () => {
  it('takes the best ranked works up to the quota', () => {
    expect(nominate(ranked, 3)).toEqual({ nominated: ['a', 'b', 'c'], tiedAtCutoff: [] });
    expect(nominate(ranked, 1)).toEqual({ nominated: ['a'], tiedAtCutoff: [] });
  });

  it('never exceeds the quota on a tie: the tied works are left to the school', () => {
    expect(nominate(ranked, 2)).toEqual({ nominated: ['a'], tiedAtCutoff: ['b', 'c'] });
  });

  it('never nominates an unscored work', () => {
    expect(nominate(ranked, 10)).toEqual({ nominated: ['a', 'b', 'c', 'd'], tiedAtCutoff: [] });
    expect(nominate(ranked, 0)).toEqual({ nominated: [], tiedAtCutoff: [] });
  });

  it.each([-1, 1.5])('refuses a quota of %s with 422 PROJECTS.QUOTA_INVALID', (quota) => {
    expect(() => nominate(ranked, quota)).toThrow(
      expect.objectContaining({ code: JudgingErrorCode.QUOTA_INVALID, status: 422 }),
    );
  });
});
