/**
 * The judging rules of the projects service at the size of a regional stage, beside a baseline measured in
 * the same run on the same data (so each figure reads against this machine, not an absolute):
 *
 *   1. automatic assignment: BENCH_WORKS works (500) × 3 experts among 60 experts in 5 sections, with about
 *      10 % of the (work, expert of its section) pairs conflicted (school, partner, supervisor or declared);
 *      baseline: one sort of those pairs by (expert, work).
 *   2. the summary of those works with their 3 sheets each: sheet totals from 6 criteria (one may
 *      be not applicable), aggregation, divergence, expert severity, rank stability and awards; baseline:
 *      one sort of the sheets by total.
 *   3. the summary protocol (сводный протокол оценки) of that summary written as XLSX and as DOCX, with
 *      names for works, schools and experts; baseline: the same rows written as JSON.
 *
 * Each figure: the first (cold) run and the median of BENCH_RUNS (20) runs after it. Aims: assignment ≤ 2 s,
 * summary ≤ 1 s, summary protocol ≤ 1 s. Deterministic data (a seeded generator), so runs differ only by the machine.
 *
 *   npm run bench:projects
 *   BENCH_WORKS=5000 BENCH_RUNS=5 npm run bench:projects
 */
import {
  assignExperts,
  conflictsOf,
  sheetTotal,
  summariseStage,
  type AssignmentInput,
  type AssignmentPlan,
  type CriterionScore,
  type RubricCriterion,
  type SectionPanel,
} from '@orbita/projects/judging';
import {
  summaryProtocol,
  summaryProtocolDocx,
  summaryProtocolXlsx,
  type SummaryProtocolInput,
} from '@orbita/projects/protocol-documents';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats';

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const WORKS = Number(process.env['BENCH_WORKS'] ?? 500);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const EXPERTS = 60;
const SECTIONS = 5;
const EXPERTS_PER_WORK = 3;

/** mulberry32: a small seeded generator, so that every run judges the same region. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function region(random: () => number): AssignmentInput {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const schools = Array.from({ length: 20 }, (_, i) => `school-${i}`);
  const universities = Array.from({ length: 10 }, (_, i) => `university-${i}`);
  const experts = Array.from({ length: EXPERTS }, (_, i) => ({
    id: `expert-${String(i).padStart(2, '0')}`,
    sectionIds: [`section-${i % SECTIONS}`],
    organisationIds: [
      random() < 0.6 ? pick(schools) : random() < 0.5 ? pick(universities) : 'regional-centre',
    ],
    personId: `person-expert-${i}`,
  }));
  const works = Array.from({ length: WORKS }, (_, i) => {
    const sectionId = `section-${i % SECTIONS}`;
    const sectionExperts = experts.filter((expert) => expert.sectionIds[0] === sectionId);
    return {
      id: `work-${String(i).padStart(4, '0')}`,
      sectionId,
      schoolId: pick(schools),
      partnerIds: random() < 0.5 ? [pick(universities)] : [],
      // A supervisor or consultant is now and then one of the section's experts.
      supervisorIds: [random() < 0.2 ? pick(sectionExperts).personId : `teacher-${i}`],
      consultantIds: random() < 0.15 ? [pick(sectionExperts).personId] : [],
    };
  });
  const declaredConflicts = works.flatMap((work) =>
    experts
      .filter((expert) => expert.sectionIds[0] === work.sectionId && random() < 0.03)
      .map((expert) => ({ expertId: expert.id, workId: work.id })),
  );
  return { works, experts, declaredConflicts, expertsPerWork: EXPERTS_PER_WORK };
}

const rubric: RubricCriterion[] = [
  { id: 'relevance', maxPoints: 10, weight: 2 },
  { id: 'goal', maxPoints: 5 },
  { id: 'method', maxPoints: 10, weight: 2 },
  { id: 'results', maxPoints: 10, weight: 2 },
  { id: 'prototype', maxPoints: 20, notApplicableAllowed: true },
  { id: 'defence', maxPoints: 5 },
];

/** Each expert's scores: the work's quality, the expert's habit (a bias), and noise per criterion. */
function sheets(input: AssignmentInput, plan: AssignmentPlan, random: () => number) {
  const quality = new Map(input.works.map((work) => [work.id, 0.3 + 0.6 * random()]));
  const habit = new Map(input.experts.map((expert) => [expert.id, (random() - 0.5) * 0.2]));
  return plan.assignments.map(({ workId, expertId }) => {
    const level = (quality.get(workId) as number) + (habit.get(expertId) as number);
    const scores: CriterionScore[] = rubric.map((criterion) => ({
      criterionId: criterion.id,
      points:
        criterion.notApplicableAllowed && random() < 0.3
          ? null
          : Math.round(Math.min(1, Math.max(0, level + (random() - 0.5) * 0.2)) * criterion.maxPoints),
    }));
    return { workId, expertId, scores };
  });
}

/** The first run's time and result, and the median time of the next `RUNS` (ms). */
interface Timing {
  readonly cold: number;
  readonly median: number;
}

async function measure<T>(run: () => T | Promise<T>): Promise<Timing & { result: T }> {
  let start = performance.now();
  const result = await run();
  const cold = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { cold, median: percentile(times, 50), result };
}

/** The protocol's input: the summary with invented names for the sections, works, schools and experts. */
function protocolInput(
  input: AssignmentInput,
  summary: ReturnType<typeof summariseStage>,
  sheetTotals: readonly { workId: string; expertId: string; total: number }[],
): SummaryProtocolInput {
  const totalsOf = new Map<string, { expertId: string; total: number }[]>();
  for (const sheet of sheetTotals) totalsOf.set(sheet.workId, [...(totalsOf.get(sheet.workId) ?? []), sheet]);
  return {
    stageTitle: 'Заключительный этап, 2024/2025 учебный год',
    summary: {
      works: summary.works.map((work) => ({
        ...work,
        totals: (totalsOf.get(work.workId) ?? []).map((sheet) => ({
          expertPersonId: sheet.expertId,
          total: sheet.total,
        })),
      })),
    },
    sections: Array.from({ length: SECTIONS }, (_, i) => ({ id: `section-${i}`, title: `Секция ${i + 1}` })),
    works: new Map(
      input.works.map((work, i) => [
        work.id,
        { title: `Проектная работа № ${i + 1}`, schoolId: work.schoolId, authors: [`student-${i}`] },
      ]),
    ),
    schoolNames: new Map(input.works.map((work) => [work.schoolId, `МАОУ СОШ № ${work.schoolId.slice(7)}`])),
    expertNames: new Map(input.experts.map((expert, i) => [expert.id, `Эксперт ${i + 1} А. А.`])),
    authorNames: new Map(input.works.map((_, i) => [`student-${i}`, `Фамилия${i + 1} Имя`])),
  };
}

async function main(): Promise<void> {
  const input = region(seeded(13));
  const assignment = await measure(() => assignExperts(input));
  const plan = assignment.result;
  const sectionPairs = input.works.flatMap((work) =>
    input.experts
      .filter((expert) => expert.sectionIds.includes(work.sectionId))
      .map((expert) => ({ work, expert })),
  );
  const pairSort = await measure(() =>
    [...sectionPairs].sort(
      (a, b) => compareIds(a.expert.id, b.expert.id) || compareIds(a.work.id, b.work.id),
    ),
  );

  const filled = sheets(input, plan, seeded(19));
  const summarising = await measure(() => {
    const panels = new Map<string, SectionPanel & { sheets: { expertId: string; total: number }[] }>(
      input.works.map((work) => [work.id, { workId: work.id, sectionId: work.sectionId, sheets: [] }]),
    );
    for (const sheet of filled) {
      panels
        .get(sheet.workId)
        ?.sheets.push({ expertId: sheet.expertId, total: sheetTotal(rubric, sheet.scores) });
    }
    return summariseStage([...panels.values()], {
      divergenceThreshold: 20,
      awards: { by: 'rank', first: 1, second: 3, third: 6 },
    });
  });
  const totals = filled.map((sheet) => sheetTotal(rubric, sheet.scores));
  const sheetSort = await measure(() => [...totals].sort((a, b) => b - a));

  const printed = protocolInput(
    input,
    summarising.result,
    filled.map((sheet) => ({ ...sheet, total: sheetTotal(rubric, sheet.scores) })),
  );
  const protocol = await measure(async () => ({
    xlsx: await summaryProtocolXlsx(printed),
    docx: await summaryProtocolDocx(printed),
  }));
  const files = protocol.result;
  // On a shared machine the wall clock counts other processes' turns too: the process's own CPU time of one
  // more rendering says what it costs.
  const cpuBefore = process.cpuUsage();
  await summaryProtocolXlsx(printed);
  await summaryProtocolDocx(printed);
  const cpu = process.cpuUsage(cpuBefore);
  const protocolJson = await measure(() => JSON.stringify(summaryProtocol(printed)));

  const conflicted = sectionPairs.filter(
    ({ work, expert }) => conflictsOf(work, expert, input.declaredConflicts).length > 0,
  ).length;
  const works = summarising.result.works;
  console.log(
    `region: ${WORKS} works, ${EXPERTS} experts in ${SECTIONS} sections; ${conflicted} of the ` +
      `${sectionPairs.length} (work, expert of its section) pairs conflicted ` +
      `(${((100 * conflicted) / sectionPairs.length).toFixed(1)} %)`,
  );
  console.log(
    `plan: ${plan.assignments.length} assignments, ${plan.shortfalls.length} works short of experts; ` +
      `summary: ${works.filter((w) => w.divergent).length} divergent panels, ` +
      `${works.filter((w) => w.awardChanges).length} awards that change with the method`,
  );
  console.log('| figure | cold ms | median ms | aim ms | baseline | baseline cold / median ms |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: |');
  const row = (name: string, figure: Timing, aim: number, baselineName: string, baseline: Timing) =>
    console.log(
      `| ${name} | ${figure.cold.toFixed(1)} | ${figure.median.toFixed(1)} | ${aim} | ${baselineName} | ` +
        `${baseline.cold.toFixed(2)} / ${baseline.median.toFixed(2)} |`,
    );
  row(`assignment, ${WORKS} works × ${EXPERTS_PER_WORK}`, assignment, 2000, 'sort of the pairs', pairSort);
  row(`summary, ${filled.length} sheets`, summarising, 1000, 'sort of the totals', sheetSort);
  row(`summary protocol XLSX + DOCX, ${WORKS} works`, protocol, 1000, 'the rows as JSON', protocolJson);
  console.log(
    `summary protocol: XLSX ${(files.xlsx.length / 1024).toFixed(0)} KiB, DOCX ${(files.docx.length / 1024).toFixed(0)} KiB; ` +
      `one more rendering took ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU time`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
