import { JudgingErrorCode } from '../judging-error-code';
import { ExpertConflicted } from './assignment.exceptions';
import { assertNoConflict, conflictsOf, type Expert, type JudgedWork } from './conflicts';

const work: JudgedWork = {
  id: 'w1',
  sectionId: 'physics',
  schoolId: 'school-1',
  partnerIds: ['university-1'],
  supervisorIds: ['teacher-1'],
  consultantIds: ['engineer-1'],
};
const expert = (overrides: Partial<Expert>): Expert => ({
  id: 'e1',
  sectionIds: ['physics'],
  organisationIds: ['school-9'],
  personId: 'person-9',
  ...overrides,
});

describe('conflictsOf', () => {
  it('finds none for an outsider', () => {
    expect(conflictsOf(work, expert({}))).toEqual([]);
  });

  it("names each conflict: the work's school or partner, supervising, consulting, declared", () => {
    expect(conflictsOf(work, expert({ organisationIds: ['school-1'] }))).toEqual([
      { code: 'organisation-is-school', organisationId: 'school-1' },
    ]);
    expect(conflictsOf(work, expert({ organisationIds: ['school-9', 'university-1'] }))).toEqual([
      { code: 'organisation-is-partner', organisationId: 'university-1' },
    ]);
    expect(conflictsOf(work, expert({ personId: 'teacher-1' }))).toEqual([{ code: 'supervises-work' }]);
    expect(conflictsOf(work, expert({ personId: 'engineer-1' }))).toEqual([{ code: 'consults-work' }]);
    expect(conflictsOf(work, expert({}), [{ expertId: 'e1', workId: 'w1' }])).toEqual([{ code: 'declared' }]);
    expect(
      conflictsOf(work, expert({}), [
        { expertId: 'e1', workId: 'w2' },
        { expertId: 'e2', workId: 'w1' },
      ]),
    ).toEqual([]);
  });

  it('lists every reason at once', () => {
    const insider = expert({ organisationIds: ['school-1', 'university-1'], personId: 'teacher-1' });
    expect(conflictsOf(work, insider, [{ expertId: 'e1', workId: 'w1' }]).map((c) => c.code)).toEqual([
      'organisation-is-school',
      'organisation-is-partner',
      'supervises-work',
      'declared',
    ]);
  });
});

describe('assertNoConflict (a by-hand assignment)', () => {
  it('lets an unconflicted expert through', () => {
    expect(() => assertNoConflict(work, expert({}))).not.toThrow();
  });

  it('refuses a conflicted one with 409 PROJECTS.EXPERT_CONFLICTED and the reasons', () => {
    let refusal: unknown;
    try {
      assertNoConflict(work, expert({ personId: 'teacher-1' }));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ExpertConflicted);
    expect(refusal).toMatchObject({
      code: JudgingErrorCode.EXPERT_CONFLICTED,
      status: 409,
      extensions: { conflicts: [{ code: 'supervises-work' }] },
    });
  });
});
