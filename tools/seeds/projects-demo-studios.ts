import { shiftIsoDate } from '@orbita/contracts';
import type { RpcClient } from '@orbita/messaging';
import {
  STUDIOS_RPC,
  type ApplyForStudioCommand,
  type CreditFactView,
  type StudioApplicationDecision,
  type StudioApplicationView,
  type StudioCriteria,
  type StudioCycleView,
  type SubmitCreditFactCommand,
} from '@orbita/projects/rpc';
import type { DataSource } from 'typeorm';
import { DEMO_REGION, schoolActor, type ProjectsDemoContext } from './projects-demo-shared';

const region = { actor: DEMO_REGION };

/** The regional credit's indicators: one of each points rule (per fact, per count with a cap, a scale). */
export const DEMO_STUDIO_CRITERIA: StudioCriteria = {
  indicators: [
    {
      id: 'events',
      name: 'Открытые занятия и мероприятия студии',
      unit: 'мероприятия',
      rule: { kind: 'perFact', points: 5 },
    },
    {
      id: 'publications',
      name: 'Публикации и выступления участников',
      unit: 'публикации',
      rule: { kind: 'perCount', pointsPerUnit: 2, capPerStudio: 10 },
    },
    {
      id: 'reach',
      name: 'Охват обучающихся занятиями студии',
      unit: 'обучающиеся',
      rule: {
        kind: 'scale',
        bands: [
          { threshold: 10, points: 3 },
          { threshold: 20, points: 6 },
          { threshold: 30, points: 10 },
        ],
      },
    },
  ],
};

interface DemoApplication {
  /** The school's place in the list by short name. */
  school: number;
  direction: string;
  theme: string;
  decision: StudioApplicationDecision | null;
  comment?: string;
}

interface DemoFact {
  indicatorId: string;
  count?: number;
  description: string;
  verdict: 'accept' | 'reject' | null;
  reason?: string;
}

const PAST_APPLICATIONS: DemoApplication[] = [
  { school: 0, direction: 'Естественно-научное', theme: 'Экология малых рек', decision: 'approve' },
  {
    school: 1,
    direction: 'Инженерно-техническое',
    theme: 'Робототехника для городского хозяйства',
    decision: 'approve',
  },
  { school: 2, direction: 'Гуманитарное', theme: 'Школьное медиа о науке', decision: 'approve' },
  { school: 3, direction: 'Естественно-научное', theme: 'Лаборатория юного химика', decision: 'approve' },
  { school: 5, direction: 'Инженерно-техническое', theme: 'Беспилотные системы', decision: 'approve' },
  {
    school: 6,
    direction: 'Гуманитарное',
    theme: 'Краеведческий клуб',
    decision: 'reject',
    comment: 'Тема не относится к направлениям цикла',
  },
];

const CURRENT_APPLICATIONS: DemoApplication[] = [
  {
    school: 2,
    direction: 'Естественно-научное',
    theme: 'Городские почвы под микроскопом',
    decision: 'approve',
  },
  { school: 4, direction: 'Инженерно-техническое', theme: 'Умный дом своими руками', decision: 'approve' },
  { school: 7, direction: 'Гуманитарное', theme: 'Цифровой архив района', decision: 'approve' },
  {
    school: 3,
    direction: 'Инженерно-техническое',
    theme: 'Конструирование спутников',
    decision: 'return',
    comment: 'Уточните состав команды и план занятий на первое полугодие',
  },
  {
    school: 5,
    direction: 'Естественно-научное',
    theme: 'Астрономические наблюдения',
    decision: 'reject',
    comment: 'У школы уже есть студия этого направления в партнёрской программе',
  },
  { school: 6, direction: 'Гуманитарное', theme: 'Театр на английском языке', decision: null },
];

/** Facts of a past studio by its turn: more for the first ones, so the ranking has leaders and gaps. */
function pastFacts(turn: number): DemoFact[] {
  const facts: DemoFact[] = [];
  for (let event = 0; event < 4 - Math.min(turn, 3); event++)
    facts.push({
      indicatorId: 'events',
      description: `Открытое занятие студии № ${event + 1}`,
      verdict: 'accept',
    });
  facts.push({
    indicatorId: 'publications',
    count: 2 + ((turn * 3) % 5),
    description: 'Выступления на научно-практической конференции школьников',
    verdict: 'accept',
  });
  facts.push({
    indicatorId: 'reach',
    count: 35 - turn * 6,
    description: 'Охват обучающихся за год',
    verdict: 'accept',
  });
  if (turn % 2 === 1)
    facts.push({
      indicatorId: 'events',
      description: 'Экскурсия на предприятие-партнёр',
      verdict: 'reject',
      reason: 'Мероприятие проведено не студией, а классом',
    });
  return facts;
}

/** Facts of a current studio: some accepted, some waiting for the centre, one rejected. */
function currentFacts(turn: number): DemoFact[] {
  return [
    { indicatorId: 'events', description: 'Вводное занятие для родителей', verdict: 'accept' },
    {
      indicatorId: 'reach',
      count: 12 + turn * 5,
      description: 'Набор обучающихся в студию',
      verdict: 'accept',
    },
    {
      indicatorId: 'publications',
      count: 1 + turn,
      description: 'Заметки о работе студии на сайте школы',
      verdict: turn === 1 ? 'reject' : null,
      ...(turn === 1 && { reason: 'Ссылки на публикации не открываются' }),
    },
    { indicatorId: 'events', description: 'Мастер-класс с партнёром студии', verdict: null },
  ];
}

/**
 * Two studio cycles: the past one (its applications decided, facts verified, ranking published) and the
 * current one, its application window open today, with applications in every state and facts pending,
 * accepted and rejected.
 */
export async function seedStudiosDemo(
  rpc: RpcClient,
  dataSource: DataSource,
  context: ProjectsDemoContext,
): Promise<string> {
  const counts = { applications: 0, facts: 0 };
  const cycles = await rpc.request(STUDIOS_RPC.listCycles, {}, region);
  const past = cycles.find((cycle) => cycle.schoolYear === context.pastYear);
  if (!past?.rankingPublishedAt) {
    // Applications are taken inside the window by today's date: the past cycle's opens today, and is
    // moved back to its school year once the cycle is complete (backDatePastCycle).
    const cycle = past ?? (await openCycle(rpc, context.pastYear, context.today, context.today));
    await seedCycle(rpc, context, cycle, PAST_APPLICATIONS, pastFacts, counts);
    await rpc.request(STUDIOS_RPC.publishRanking, { cycleId: cycle.id }, region);
    await backDatePastCycle(dataSource, cycle.id, context.pastYear);
  }
  if (context.currentYear > context.pastYear) {
    const current =
      cycles.find((cycle) => cycle.schoolYear === context.currentYear) ??
      (await openCycle(
        rpc,
        context.currentYear,
        shiftIsoDate(context.today, -14),
        shiftIsoDate(context.today, 21),
      ));
    await seedCycle(rpc, context, current, CURRENT_APPLICATIONS, currentFacts, counts);
  }
  return `${counts.applications} studio application(s) and ${counts.facts} credit fact(s) submitted now`;
}

function openCycle(
  rpc: RpcClient,
  schoolYear: number,
  applicationsOpenOn: string,
  applicationsCloseOn: string,
) {
  return rpc.request(
    STUDIOS_RPC.openCycle,
    { schoolYear, applicationsOpenOn, applicationsCloseOn, criteria: DEMO_STUDIO_CRITERIA, leaderCount: 3 },
    region,
  );
}

/**
 * A cycle's applications (as their schools: the school's own teacher as mentor, its students as the
 * team) and decisions, then each approved studio's facts and their verification. What is there already
 * (an application of the school, a fact of the studio with the same description) is left alone.
 */
async function seedCycle(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  cycle: StudioCycleView,
  applications: DemoApplication[],
  factsOf: (turn: number) => DemoFact[],
  counts: { applications: number; facts: number },
): Promise<void> {
  const existing = await rpc.request(STUDIOS_RPC.listApplications, { cycleId: cycle.id }, region);
  let turn = 0;
  for (const [index, plan] of applications.entries()) {
    const schoolId = context.schools[plan.school];
    let application = existing.find((candidate) => candidate.schoolId === schoolId);
    if (!application) {
      application = await apply(rpc, context, cycle, plan, index);
      counts.applications++;
    }
    if (application.status === 'submitted' && plan.decision)
      application = await rpc.request(
        STUDIOS_RPC.decideApplication,
        { id: application.id, decision: plan.decision, ...(plan.comment && { comment: plan.comment }) },
        region,
      );
    if (application.status === 'approved' && application.studioId)
      counts.facts += await seedFacts(rpc, context, cycle, application, factsOf(turn++));
  }
}

function apply(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  cycle: StudioCycleView,
  plan: DemoApplication,
  index: number,
): Promise<StudioApplicationView> {
  const schoolId = context.schools[plan.school];
  const teachers = context.teachers.get(schoolId) ?? [];
  const students = context.students(schoolId, cycle.schoolYear);
  if (teachers.length === 0 || students.length < 4)
    throw new Error(
      `A demo school has no ${cycle.schoolYear} students or no teachers: run enrollment's seed first`,
    );
  const size = 4 + (index % 3) * 2;
  const command: ApplyForStudioCommand = {
    cycleId: cycle.id,
    direction: plan.direction,
    theme: plan.theme,
    // The studio's mentor: another teacher than the one the works begin with.
    mentorPersonId: teachers[(index + 1) % teachers.length],
    teamStudentIds: students.slice(students.length - Math.min(size, students.length)),
  };
  return rpc.request(STUDIOS_RPC.apply, command, { actor: schoolActor(schoolId) });
}

async function seedFacts(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  cycle: StudioCycleView,
  application: StudioApplicationView,
  facts: DemoFact[],
): Promise<number> {
  const studioId = application.studioId as string;
  const school = { actor: schoolActor(application.schoolId) };
  const present = await rpc.request(STUDIOS_RPC.listFacts, { cycleId: cycle.id, studioId }, region);
  let submitted = 0;
  for (const plan of facts) {
    let fact: CreditFactView | undefined = present.find(
      (candidate) => candidate.description === plan.description,
    );
    if (!fact) {
      const command: SubmitCreditFactCommand = {
        studioId,
        indicatorId: plan.indicatorId,
        ...(plan.count !== undefined && { count: plan.count }),
        description: plan.description,
      };
      fact = await rpc.request(STUDIOS_RPC.submitFact, command, school);
      await context.documents.attachFactEvidence(fact.id, plan.description, school.actor);
      submitted++;
    }
    if (fact.status === 'pending' && plan.verdict)
      await rpc.request(
        STUDIOS_RPC.verifyFact,
        { id: fact.id, verdict: plan.verdict, ...(plan.reason && { reason: plan.reason }) },
        region,
      );
  }
  return submitted;
}

/**
 * The past cycle as it happened in its school year: the window of late August to September (seed 002),
 * decisions in September, facts over the year, the ranking published in May.
 */
async function backDatePastCycle(dataSource: DataSource, cycleId: string, schoolYear: number): Promise<void> {
  const spring = schoolYear + 1;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `UPDATE studio_cycles SET applications_open_on = $2, applications_close_on = $3, ranking_published_at = $4
        WHERE id = $1`,
      [cycleId, `${schoolYear}-08-25`, `${schoolYear}-09-30`, `${spring}-05-25T10:00:00+07:00`],
    );
    await manager.query(
      `UPDATE studio_applications SET submitted_at = $2, decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE $3::timestamptz END
        WHERE cycle_id = $1`,
      [cycleId, `${schoolYear}-09-10T12:00:00+07:00`, `${schoolYear}-10-05T12:00:00+07:00`],
    );
    await manager.query('UPDATE studios SET opened_at = $2 WHERE cycle_id = $1', [
      cycleId,
      `${schoolYear}-10-05T12:00:00+07:00`,
    ]);
    await manager.query(
      `UPDATE credit_facts SET submitted_at = $2, verified_at = CASE WHEN verified_at IS NULL THEN NULL ELSE $3::timestamptz END
        WHERE cycle_id = $1`,
      [cycleId, `${spring}-04-20T12:00:00+07:00`, `${spring}-05-15T12:00:00+07:00`],
    );
  });
}
