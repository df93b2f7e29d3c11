import type { Actor } from '@orbita/auth';
import type { RpcClient } from '@orbita/messaging';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type CriterionScore,
  type RegisterWorkCommand,
  type RubricCriterion,
  type SeasonView,
  type SheetView,
  type StageView,
  type WorkView,
} from '@orbita/projects/rpc';
import {
  DEMO_REGION,
  DEMO_SECTIONS,
  expertActor,
  schoolActor,
  type DemoSectionArea,
  type ProjectsDemoContext,
  unless,
} from './projects-demo-shared';

const region = { actor: DEMO_REGION };
const as = (actor: Actor) => ({ actor });

/** Works of the past season (≥ 40, of every school and section) and of the current one. */
export const PAST_SEASON_WORKS = 42;
export const CURRENT_SEASON_WORKS = 18;
/** Each school sends its best two works of the school stage to the final. */
export const FINAL_QUOTA = 2;

/** Invented titles, 20 per section: the past season takes the first 14, the current one the rest. */
const TITLES: Record<DemoSectionArea, readonly string[]> = {
  natural_sciences: [
    'Качество воды родников окрестностей города',
    'Лишайники как индикаторы загрязнения воздуха',
    'Влияние светодиодного освещения на рост микрозелени',
    'Содержание витамина C в ягодах таёжной зоны',
    'Микропластик в донных отложениях малой реки',
    'Зимующие птицы городского парка: учёт и подкормка',
    'Прорастание семян сосны после обработки стимуляторами',
    'Кислотность почв пришкольного участка',
    'Антибактериальные свойства фитонцидов хвойных',
    'Определение жёсткости водопроводной воды',
    'Муравейники лесного массива: численность и размеры',
    'Сравнение методов измерения ускорения свободного падения',
    'Кристаллы медного купороса: условия роста',
    'Световое загрязнение и наблюдения звёздного неба',
    'Солёность снега вдоль автомобильных дорог',
    'Бактерии на поверхности школьных гаджетов',
    'Лекарственные растения поймы реки',
    'Теплопроводность домашних утеплителей',
    'Фенология берёзы в городе и за городом',
    'Содержание нитратов в овощах с рынка',
  ],
  engineering: [
    'Автоматический полив комнатных растений на микроконтроллере',
    'Робот-сортировщик пластиковых крышек',
    'Метеостанция с передачей данных по радиоканалу',
    'Умная кормушка с распознаванием птиц',
    'Ветрогенератор из вторичных материалов',
    'Тренажёр для подготовки к ГТО с датчиками движения',
    'Электронный помощник для расписания кружков',
    'Система контроля освещённости класса',
    'Прототип протеза кисти на 3D-принтере',
    'Мобильное приложение для учёта школьных книг',
    'Датчик утечки воды с оповещением в мессенджер',
    'Солнечная зарядная станция для велосипедной парковки',
    'Квадрокоптер для аэрофотосъёмки пришкольного участка',
    'Игровой тренажёр по программированию для младших школьников',
    'Система учёта посещаемости по NFC-меткам',
    'Робот для инспекции вентиляционных каналов',
    'Умная теплица с удалённым мониторингом',
    'Гидропонная установка для выращивания зелени',
    'Шагающий робот на сервоприводах',
    'Тактильная карта школы для незрячих гостей',
  ],
  humanities: [
    'Говор старожилов села: словарь диалектных слов',
    'История улиц моего района в названиях',
    'Школьный музей: оцифровка фронтовых писем',
    'Образ тайги в произведениях сибирских писателей',
    'Молодёжный сленг и его восприятие разными поколениями',
    'Деревянное зодчество города: состояние памятников',
    'Семейные рецепты как источник по истории повседневности',
    'Англоязычные заимствования в речи школьников',
    'Путеводитель по памятным местам для сверстников',
    'Финансовая грамотность подростков: опрос и рекомендации',
    'Сибирские сказки в иллюстрациях учащихся',
    'Волонтёрство в школе: мотивы и барьеры',
    'Топонимика малых рек района',
    'Фольклор школьной жизни: приметы перед экзаменами',
    'История школы в воспоминаниях выпускников',
    'Медиапотребление подростков: дневник одной недели',
    'Купеческие дома: легенды и документы',
    'Подкаст о местных исследователях Севера',
    'Правила вежливости в цифровом общении',
    'Эвакуированные предприятия в годы войны',
  ],
};
const PAST_TITLES_PER_SECTION = 14;

/** A partner for some works of schools with no expert (never two conflicts on one panel of four). */
const SECTION_PARTNER: Record<DemoSectionArea, string> = {
  natural_sciences: 'ТГУ',
  engineering: 'ТПУ',
  humanities: 'ТГПУ',
};

/** The evaluation sheet of the school stage; the final's adds novelty and weighs results more. */
const SCHOOL_RUBRIC: RubricCriterion[] = [
  criterion('relevance', 'Актуальность и постановка проблемы', 3),
  criterion('goal', 'Цель, задачи, гипотеза', 3),
  criterion('methods', 'Методы и ход работы', 5, 1.5),
  criterion('results', 'Результаты и выводы', 5, 1.5),
  criterion('practical', 'Практическая значимость', 3, 1, true),
  criterion('defence', 'Защита: доклад и ответы на вопросы', 4),
];
const FINAL_RUBRIC: RubricCriterion[] = [
  ...SCHOOL_RUBRIC.map((item) => (item.key === 'results' ? { ...item, weight: 2 } : item)),
  criterion('novelty', 'Новизна и самостоятельность', 4),
];

function criterion(
  key: string,
  title: string,
  maxPoints: number,
  weight = 1,
  allowNotApplicable = false,
): RubricCriterion {
  return {
    key,
    title,
    maxPoints,
    weight,
    allowNotApplicable,
    levels: [
      { points: 0, descriptor: 'Не отражено в работе' },
      { points: Math.floor(maxPoints / 2), descriptor: 'Отражено частично' },
      { points: maxPoints, descriptor: 'Отражено полностью и убедительно' },
    ],
  };
}

interface DemoWorkPlan {
  schoolId: string;
  area: DemoSectionArea;
  title: string;
  /** The k-th work of the season: its authors and supervisor rotate through the school's. */
  k: number;
}

/**
 * The defences' demo: the past season judged through to published results (school stage: every panel
 * of three submitted, one panel divergent, one severe expert; each school's best two nominated; the final
 * judged), the current one under way (works registered, panels assigned, some sheets drafted or
 * submitted, the school stage open).
 */
export async function seedDefencesDemo(rpc: RpcClient, context: ProjectsDemoContext): Promise<string> {
  const counts = { works: 0, sheets: 0 };
  const past = await ensureSeason(rpc, context, context.pastYear);
  counts.works += await registerWorks(rpc, context, past, plannedWorks(context, 'past'));
  const [pastSchool, pastFinal] = past.stages;
  counts.sheets += await judgeAndClose(rpc, context, pastSchool, SCHOOL_RUBRIC);
  if (pastFinal.status === 'open')
    for (const schoolId of context.schools)
      await rpc.request(
        PROJECTS_RPC.nominateWorks,
        { stageId: pastSchool.id, schoolId, quota: FINAL_QUOTA },
        region,
      );
  await publishOnce(rpc, pastSchool.id);
  counts.sheets += await judgeAndClose(rpc, context, pastFinal, FINAL_RUBRIC);
  await publishOnce(rpc, pastFinal.id);

  if (context.currentYear > context.pastYear) {
    const current = await ensureSeason(rpc, context, context.currentYear);
    counts.works += await registerWorks(rpc, context, current, plannedWorks(context, 'current'));
    const [currentSchool] = current.stages;
    await declareConflicts(rpc, context, current.id);
    await rpc.request(PROJECTS_RPC.assignExperts, { stageId: currentSchool.id, expertsPerWork: 3 }, region);
    // Under way: about a third of the panels' sheets submitted, a quarter drafted, the rest not begun.
    counts.sheets += await fillSheets(rpc, context, currentSchool, SCHOOL_RUBRIC, (turn) =>
      turn % 3 === 0 ? 'submit' : turn % 4 === 1 ? 'draft' : 'none',
    );
  }
  return `${counts.works} project work(s) registered now, ${counts.sheets} expert sheet(s) written now`;
}

/** The season of a school year with its three sections (their experts) and both stages' rubrics. */
async function ensureSeason(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  schoolYear: number,
): Promise<SeasonView> {
  const seasons = await rpc.request(PROJECTS_RPC.listSeasons, {}, region);
  const season =
    seasons.find((candidate) => candidate.schoolYear === schoolYear) ??
    (await rpc.request(PROJECTS_RPC.createSeason, { schoolYear }, region));
  for (const { subjectArea, title } of DEMO_SECTIONS)
    if (!season.sections.some((section) => section.subjectArea === subjectArea))
      await rpc.request(
        PROJECTS_RPC.saveSection,
        { seasonId: season.id, subjectArea, title, expertIds: context.experts.get(subjectArea) ?? [] },
        region,
      );
  const rubrics = [SCHOOL_RUBRIC, FINAL_RUBRIC];
  for (const [index, stage] of season.stages.entries()) {
    const present = await rpc
      .request(PROJECTS_RPC.getStageRubric, { stageId: stage.id }, region)
      .catch(unless(ProjectsErrorCode.RUBRIC_NOT_FOUND));
    if (!present)
      await rpc.request(
        PROJECTS_RPC.createRubricVersion,
        { stageId: stage.id, criteria: rubrics[index] },
        region,
      );
  }
  return rpc.request(PROJECTS_RPC.getSeason, { id: season.id }, region);
}

/** Declared conflicts of interest, before the panels are formed: one the centre confirmed, one awaiting it. */
const DECLARED_CONFLICTS = [
  { area: 'natural_sciences', reason: 'Консультировал авторов на летней профильной смене', confirm: true },
  { area: 'humanities', reason: 'Автор работы — мой родственник', confirm: false },
] as const;

/**
 * The first expert of a section declares a conflict with a work of a school that employs none of the
 * section's experts and has no partner (so the panel of three can still be formed without them).
 */
async function declareConflicts(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  seasonId: string,
): Promise<void> {
  if ((await rpc.request(PROJECTS_RPC.listConflicts, { seasonId }, region)).length > 0) return;
  const hostsExpert = new Set(context.expertSchools.values());
  const works = await seasonWorks(rpc, seasonId);
  for (const { area, reason, confirm } of DECLARED_CONFLICTS) {
    const [expertPersonId] = context.experts.get(area) ?? [];
    const work = works.find(
      (candidate) =>
        candidate.subjectArea === area &&
        !candidate.partnerOrganisationId &&
        !hostsExpert.has(candidate.schoolId),
    );
    if (!expertPersonId || !work) continue;
    await rpc.request(
      PROJECTS_RPC.declareConflict,
      { workId: work.id, reason },
      as(expertActor(expertPersonId)),
    );
    if (confirm) await rpc.request(PROJECTS_RPC.confirmConflict, { workId: work.id, expertPersonId }, region);
  }
}

/** The k-th work of a season goes to school k mod 8 and section k mod 3, so each school has every kind. */
function plannedWorks(context: ProjectsDemoContext, season: 'past' | 'current'): DemoWorkPlan[] {
  const total = season === 'past' ? PAST_SEASON_WORKS : CURRENT_SEASON_WORKS;
  const titleOffset = season === 'past' ? 0 : PAST_TITLES_PER_SECTION;
  return Array.from({ length: total }, (_, k) => {
    const { subjectArea } = DEMO_SECTIONS[k % DEMO_SECTIONS.length];
    return {
      schoolId: context.schools[k % context.schools.length],
      area: subjectArea,
      title: TITLES[subjectArea][titleOffset + Math.floor(k / DEMO_SECTIONS.length)],
      k,
    };
  });
}

/** Registers, as each school, its planned works not registered yet (known by title); how many. */
async function registerWorks(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  season: SeasonView,
  plans: DemoWorkPlan[],
): Promise<number> {
  const present = new Set(
    (await seasonWorks(rpc, season.id)).map((work) => `${work.schoolId}|${work.title}`),
  );
  const hostsExpert = new Set(context.expertSchools.values());
  let registered = 0;
  for (const plan of plans) {
    if (present.has(`${plan.schoolId}|${plan.title}`)) continue;
    const students = context.students(plan.schoolId, season.schoolYear);
    const teachers = context.teachers.get(plan.schoolId) ?? [];
    if (students.length === 0 || teachers.length === 0)
      throw new Error(
        `A demo school has no ${season.schoolYear} students or no teachers: run enrollment's seed first`,
      );
    const authorCount = Math.min(1 + (plan.k % 3), students.length);
    const first = (plan.k * 2) % students.length;
    const partner =
      !hostsExpert.has(plan.schoolId) && plan.k % 4 === 0
        ? context.partners.get(SECTION_PARTNER[plan.area])
        : undefined;
    const command: RegisterWorkCommand = {
      seasonId: season.id,
      title: plan.title,
      kind: plan.k % 2 === 0 ? 'research' : 'project',
      subjectArea: plan.area,
      authorIds: Array.from({ length: authorCount }, (_, i) => students[(first + i) % students.length]),
      supervisorId: teachers[plan.k % teachers.length],
      ...(partner && { partnerOrganisationId: partner }),
      abstract: `${plan.title}: цель, методика, ход работы и выводы авторов (демонстрационная аннотация).`,
    };
    const school = schoolActor(plan.schoolId);
    const work = await rpc.request(PROJECTS_RPC.registerWork, command, as(school));
    await context.documents.attachWorkFile(work, school);
    registered++;
  }
  return registered;
}

async function seasonWorks(rpc: RpcClient, seasonId: string): Promise<WorkView[]> {
  const works: WorkView[] = [];
  for (let page = 1; ; page++) {
    const reply = await rpc.request(
      PROJECTS_RPC.listWorks,
      { seasonId, page, pageSize: 200, sort: 'id' },
      region,
    );
    works.push(...reply.items);
    if (reply.items.length === 0 || works.length >= reply.total) return works;
  }
}

/** An open stage: panels of three assigned automatically, every sheet submitted, the stage closed. */
async function judgeAndClose(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  stage: StageView,
  rubric: RubricCriterion[],
): Promise<number> {
  if (stage.status === 'closed') return 0;
  await rpc.request(PROJECTS_RPC.assignExperts, { stageId: stage.id, expertsPerWork: 3 }, region);
  const written = await fillSheets(rpc, context, stage, rubric, () => 'submit');
  await rpc.request(PROJECTS_RPC.closeStage, { id: stage.id }, region);
  return written;
}

type SheetPlan = 'submit' | 'draft' | 'none';

/**
 * Each assigned expert's sheet, as the expert: `plan` by the assignment's turn decides whether it is
 * submitted, left a draft or not begun. Submitted sheets are left alone; drafts are submitted if planned.
 */
async function fillSheets(
  rpc: RpcClient,
  context: ProjectsDemoContext,
  stage: StageView,
  rubric: RubricCriterion[],
  plan: (turn: number) => SheetPlan,
): Promise<number> {
  // In a fixed order, so that a plan by turn picks the same sheets on every run.
  const assignments = (await rpc.request(PROJECTS_RPC.listAssignments, { stageId: stage.id }, region)).sort(
    (a, b) => a.workId.localeCompare(b.workId) || a.expertPersonId.localeCompare(b.expertPersonId),
  );
  const works = new Map((await seasonWorks(rpc, stage.seasonId)).map((work) => [work.id, work]));
  const sheetsOf = new Map<string, SheetView[]>();
  let written = 0;
  for (const [turn, assignment] of assignments.entries()) {
    const wanted = plan(turn);
    if (wanted === 'none') continue;
    const { workId, expertPersonId } = assignment;
    if (!sheetsOf.has(workId))
      sheetsOf.set(workId, await rpc.request(PROJECTS_RPC.listSheets, { workId, stageId: stage.id }, region));
    const sheets = sheetsOf.get(workId) ?? [];
    const sheet = sheets.find((candidate) => candidate.expertPersonId === expertPersonId);
    if (sheet?.status === 'submitted') continue;
    const expert = as(expertActor(expertPersonId));
    const work = works.get(workId) as WorkView;
    const panel = assignments
      .filter((other) => other.workId === workId)
      .map((other) => other.expertPersonId)
      .sort();
    if (!sheet) {
      const scores = demoScores(rubric, work, expertPersonId, panel, {
        final: stage.kind === 'final',
        severeExpert: context.severeExpert,
      });
      await rpc.request(
        PROJECTS_RPC.saveSheet,
        { workId, stageId: stage.id, scores, comment: demoComment(scores, rubric) },
        expert,
      );
      written++;
    }
    if (wanted === 'submit')
      await rpc.request(PROJECTS_RPC.submitSheet, { workId, stageId: stage.id }, expert);
  }
  return written;
}

/** The past school stage's work whose panel disagrees: its first expert scores it far higher. */
const DIVERGENT_TITLE = TITLES.engineering[0];

/**
 * Plausible scores: the work's own level (from its title) with a little per-expert noise, the severe
 * expert lower, one divergent panel; "not applicable" for a research work's practical value now and then.
 */
function demoScores(
  rubric: RubricCriterion[],
  work: WorkView,
  expertPersonId: string,
  panel: string[],
  { final, severeExpert }: { final: boolean; severeExpert: string },
): CriterionScore[] {
  const level = 0.4 + 0.55 * unit(work.title) + (final ? 0.05 : 0);
  const divergent = !final && work.title === DIVERGENT_TITLE && panel[0] === expertPersonId;
  const bias = (expertPersonId === severeExpert ? -0.15 : 0) + (divergent ? 0.45 : 0);
  return rubric.map(({ key, maxPoints, allowNotApplicable }) => {
    if (allowNotApplicable && work.kind === 'research' && unit(`${work.title}|${key}`) < 0.3)
      return { criterionKey: key, points: null };
    const noise = 0.24 * (unit(`${work.title}|${expertPersonId}|${key}`) - 0.5);
    const share = Math.min(1, Math.max(0, level + bias + noise));
    return { criterionKey: key, points: Math.round(share * maxPoints) };
  });
}

function demoComment(scores: CriterionScore[], rubric: RubricCriterion[]): string {
  const earned = scores.reduce((sum, score) => sum + (score.points ?? 0), 0);
  const attainable = rubric.reduce((sum, item) => sum + item.maxPoints, 0);
  const share = earned / attainable;
  if (share >= 0.8) return 'Сильная работа: самостоятельное исследование, уверенная защита.';
  if (share >= 0.55) return 'Работа выполнена добросовестно; выводы стоит подкрепить данными.';
  return 'Тема интересная, но методика и выводы требуют доработки.';
}

/** A number in [0, 1) from a text (FNV-1a), so the demo's scores are the same on every installation. */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/** Publishes a closed stage's results unless they are published already. */
async function publishOnce(rpc: RpcClient, stageId: string): Promise<void> {
  await rpc
    .request(PROJECTS_RPC.publishResults, { stageId }, region)
    .catch(unless(ProjectsErrorCode.RESULTS_PUBLISHED));
}
