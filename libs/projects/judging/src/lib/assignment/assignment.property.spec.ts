import fc from 'fast-check';
import { assignExperts, type AssignmentInput } from './assignment';
import { conflictsOf, type Expert, type JudgedWork } from './conflicts';

// A small world so that conflicts, shared sections and shortfalls are frequent.
const sectionIds = ['s0', 's1', 's2'];
const organisationIds = ['o0', 'o1', 'o2', 'o3', 'o4', 'o5'];
const personIds = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
const someOf = (values: string[], maxLength = 2) => fc.uniqueArray(fc.constantFrom(...values), { maxLength });

const works = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 40 }).map((n) => `w${n}`),
    sectionId: fc.constantFrom(...sectionIds),
    schoolId: fc.constantFrom(...organisationIds),
    partnerIds: someOf(organisationIds),
    supervisorIds: someOf(personIds),
    consultantIds: someOf(personIds, 1),
  }),
  { selector: (w) => w.id, maxLength: 25 },
);
const experts = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 15 }).map((n) => `e${n}`),
    sectionIds: fc.uniqueArray(fc.constantFrom(...sectionIds), { minLength: 1, maxLength: 2 }),
    organisationIds: someOf(organisationIds),
    personId: fc.constantFrom(...personIds),
  }),
  { selector: (e) => e.id, maxLength: 12 },
);
const pairOfIds = fc.record({
  workId: fc.integer({ min: 0, max: 40 }).map((n) => `w${n}`),
  expertId: fc.integer({ min: 0, max: 15 }).map((n) => `e${n}`),
});
const inputs: fc.Arbitrary<AssignmentInput> = fc.record({
  works,
  experts,
  declaredConflicts: fc.array(pairOfIds, { maxLength: 15 }),
  existing: fc.uniqueArray(pairOfIds, { selector: (p) => `${p.workId}:${p.expertId}`, maxLength: 10 }),
  expertsPerWork: fc.integer({ min: 1, max: 4 }),
});

describe('assignExperts (properties)', () => {
  it('never assigns a conflicted expert, an expert of another section, or one expert twice to a work', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = assignExperts(input);
        const worksById = new Map(input.works.map((w) => [w.id, w]));
        const expertsById = new Map(input.experts.map((e) => [e.id, e]));
        const panels = new Set((input.existing ?? []).map((a) => `${a.workId}:${a.expertId}`));
        for (const { workId, expertId } of plan.assignments) {
          const work = worksById.get(workId) as JudgedWork;
          const expert = expertsById.get(expertId) as Expert;
          expect(conflictsOf(work, expert, input.declaredConflicts)).toEqual([]);
          expect(expert.sectionIds).toContain(work.sectionId);
          expect(panels.has(`${workId}:${expertId}`)).toBe(false);
          panels.add(`${workId}:${expertId}`);
        }
      }),
    );
  });

  it('gives each work min(N, its panel + eligible experts) and reports exactly what is missing', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const plan = assignExperts(input);
        const n = input.expertsPerWork as number;
        for (const work of input.works) {
          const panel = (input.existing ?? []).filter((a) => a.workId === work.id).map((a) => a.expertId);
          const eligible = input.experts.filter(
            (e) =>
              e.sectionIds.includes(work.sectionId) &&
              !panel.includes(e.id) &&
              conflictsOf(work, e, input.declaredConflicts).length === 0,
          ).length;
          const expected = panel.length >= n ? panel.length : Math.min(n, panel.length + eligible);
          const added = plan.assignments.filter((a) => a.workId === work.id).length;
          expect(panel.length + added).toBe(expected);
          const shortfall = plan.shortfalls.find((s) => s.workId === work.id);
          expect(shortfall?.missing ?? 0).toBe(Math.max(0, n - expected));
        }
      }),
    );
  });

  it("states in each pick's reason the expert's load at that moment", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const load = new Map<string, number>();
        for (const { expertId } of input.existing ?? []) load.set(expertId, (load.get(expertId) ?? 0) + 1);
        for (const { expertId, reason } of assignExperts(input).assignments) {
          expect(reason.load).toBe(load.get(expertId) ?? 0);
          load.set(expertId, reason.load + 1);
        }
      }),
    );
  });

  it('gives the same plan whatever the order of its input lists', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const reversed = {
          ...input,
          works: [...input.works].reverse(),
          experts: [...input.experts].reverse(),
          existing: [...(input.existing ?? [])].reverse(),
          declaredConflicts: [...(input.declaredConflicts ?? [])].reverse(),
        };
        expect(assignExperts(reversed)).toEqual(assignExperts(input));
      }),
    );
  });

  // The balance we can prove: with each expert in exactly one section, no conflicts and no existing
  // assignments, every pick raises one of the section's lowest loads, so max − min stays ≤ 1 per section.
  it('keeps the loads of a section within one of each other when nothing else constrains', () => {
    const unconstrained = fc.record({
      works: fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 0, max: 80 }).map((n) => `w${n}`),
          sectionId: fc.constantFrom(...sectionIds),
        }),
        { selector: (w) => w.id, maxLength: 60 },
      ),
      experts: fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 0, max: 20 }).map((n) => `e${n}`),
          sectionId: fc.constantFrom(...sectionIds),
        }),
        { selector: (e) => e.id, maxLength: 15 },
      ),
      expertsPerWork: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(unconstrained, ({ works, experts, expertsPerWork }) => {
        const plan = assignExperts({
          works: works.map((w) => ({
            ...w,
            schoolId: 'school',
            partnerIds: [],
            supervisorIds: [],
            consultantIds: [],
          })),
          experts: experts.map((e) => ({
            id: e.id,
            sectionIds: [e.sectionId],
            organisationIds: ['centre'],
            personId: e.id,
          })),
          expertsPerWork,
        });
        for (const sectionId of sectionIds) {
          const loads = experts
            .filter((e) => e.sectionId === sectionId)
            .map((e) => plan.assignments.filter((a) => a.expertId === e.id).length);
          if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
