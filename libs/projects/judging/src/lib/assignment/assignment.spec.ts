import { assignExperts } from './assignment';
import type { Expert, JudgedWork } from './conflicts';

const work = (id: string, overrides: Partial<JudgedWork> = {}): JudgedWork => ({
  id,
  sectionId: 'physics',
  schoolId: `school-of-${id}`,
  partnerIds: [],
  supervisorIds: [],
  consultantIds: [],
  ...overrides,
});
const expert = (id: string, overrides: Partial<Expert> = {}): Expert => ({
  id,
  sectionIds: ['physics'],
  organisationIds: [`organisation-of-${id}`],
  personId: `person-${id}`,
  ...overrides,
});
const pairs = (plan: ReturnType<typeof assignExperts>) =>
  plan.assignments.map((a) => `${a.workId}:${a.expertId}`);

describe('assignExperts', () => {
  it('serves the most constrained work first, then picks the least loaded experts, ties by id', () => {
    // e1 works at w1's school: w1 has 3 candidates (e2, e3, e4), w2 has 4, so w1 goes first and takes
    // e2, e3, e4 (all at load 0); w2 then takes e1 (load 0), e2 and e3 (load 1, before e4 by id).
    const plan = assignExperts({
      works: [work('w2'), work('w1')],
      experts: [
        expert('e4'),
        expert('e3'),
        expert('e2'),
        expert('e1', { organisationIds: ['school-of-w1'] }),
      ],
    });
    expect(pairs(plan)).toEqual(['w1:e2', 'w1:e3', 'w1:e4', 'w2:e1', 'w2:e2', 'w2:e3']);
    expect(plan.assignments[0].reason).toEqual({ code: 'least-loaded', load: 0, eligibleExperts: 3 });
    expect(plan.assignments[4].reason).toEqual({ code: 'least-loaded', load: 1, eligibleExperts: 4 });
    expect(plan.shortfalls).toEqual([]);
  });

  it('keeps existing assignments: they fill the panel and count as load', () => {
    // w1 already has e1; e2 judges a work of another stage list (load 1). w1 needs 2 more: e3, e4 (load 0).
    const plan = assignExperts({
      works: [work('w1')],
      experts: ['e1', 'e2', 'e3', 'e4'].map((id) => expert(id)),
      existing: [
        { workId: 'w1', expertId: 'e1' },
        { workId: 'elsewhere', expertId: 'e2' },
      ],
    });
    expect(pairs(plan)).toEqual(['w1:e3', 'w1:e4']);
  });

  it('never picks outside the section nor a conflicted expert, and reports the shortfall', () => {
    const plan = assignExperts({
      works: [
        work('w1', { partnerIds: ['university'], supervisorIds: ['person-e2'] }),
        work('w2', { sectionId: 'art' }),
      ],
      experts: [
        expert('e1', { organisationIds: ['university'] }),
        expert('e2'),
        expert('e3'),
        expert('e4', { sectionIds: ['chemistry'] }),
        expert('e5'),
      ],
      declaredConflicts: [{ expertId: 'e5', workId: 'w1' }],
      expertsPerWork: 2,
    });
    expect(pairs(plan)).toEqual(['w1:e3']);
    expect(plan.shortfalls).toEqual([
      { workId: 'w1', missing: 1, code: 'not-enough-unconflicted-experts' },
      { workId: 'w2', missing: 2, code: 'no-experts-in-section' },
    ]);
  });

  it('reports existing assignments that are conflicted now, and keeps them', () => {
    const plan = assignExperts({
      works: [work('w1')],
      experts: [expert('e1'), expert('e2')],
      existing: [{ workId: 'w1', expertId: 'e1' }],
      declaredConflicts: [{ expertId: 'e1', workId: 'w1' }],
      expertsPerWork: 2,
    });
    expect(pairs(plan)).toEqual(['w1:e2']);
    expect(plan.conflictedExisting).toEqual([
      { workId: 'w1', expertId: 'e1', conflicts: [{ code: 'declared' }] },
    ]);
  });

  it('adds one expert to a divergent panel: the work alone, its panel size + 1, every assignment as load', () => {
    // w1 has e1, e2, e3; e4 already judges two other works, e5 one: e5 is the least loaded newcomer.
    const existing = [
      ...['e1', 'e2', 'e3'].map((expertId) => ({ workId: 'w1', expertId })),
      { workId: 'w2', expertId: 'e4' },
      { workId: 'w3', expertId: 'e4' },
      { workId: 'w3', expertId: 'e5' },
    ];
    const plan = assignExperts({
      works: [work('w1')],
      experts: ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => expert(id)),
      existing,
      expertsPerWork: 4,
    });
    expect(plan.assignments).toEqual([
      { workId: 'w1', expertId: 'e5', reason: { code: 'least-loaded', load: 1, eligibleExperts: 2 } },
    ]);
  });

  it('asks three experts per work by default', () => {
    const plan = assignExperts({
      works: [work('w1')],
      experts: ['e1', 'e2', 'e3', 'e4'].map((id) => expert(id)),
    });
    expect(pairs(plan)).toEqual(['w1:e1', 'w1:e2', 'w1:e3']);
  });
});
