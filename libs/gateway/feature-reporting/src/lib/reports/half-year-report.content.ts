import type {
  AgreementView,
  ProgrammeView,
  RoadmapActivityDetailView,
  RoadmapActivityView,
} from '@orbita/registry/rpc';
import type { ProgrammeTableView, ProjectResultsView, WorkAnalyticsView } from '@orbita/reporting/rpc';
import { DELIVERY_CELLS, profileCell } from './status-report-wording';

export type Half = 1 | 2;

/** A diagnostic work held in the half, with the work of its subject held before it (if any). */
export interface HeldDiagnostic {
  analytics: WorkAnalyticsView;
  previous: WorkAnalyticsView | null;
}

/** Everything the report says, as read from the services; the report adds nothing but the as-of time. */
export interface HalfYearReportData {
  asOf: string;
  schoolYear: number;
  half: Half;
  programme: ProgrammeView;
  /** The programme's agreements in force by the half's end. */
  basisAgreements: AgreementView[];
  table: ProgrammeTableView;
  activitiesDone: RoadmapActivityDetailView[];
  activitiesPlanned: RoadmapActivityView[];
  agreementsSigned: AgreementView[];
  diagnostics: HeldDiagnostic[];
  projects: ProjectResultsView;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** A figure the report states, and where it was read. */
export interface ReportFigure {
  label: string;
  value: string;
  source: string;
  asOf: string;
}

export interface HalfYearReport {
  title: string;
  blocks: ReportBlock[];
  figures: ReportFigure[];
}

const ROMAN_HALF: Record<Half, string> = { 1: 'I', 2: 'II' };

/** Half 1 is September to December of the school year's first calendar year; half 2 is January to August. */
export function halfBounds(schoolYear: number, half: Half): { from: string; to: string } {
  return half === 1
    ? { from: `${schoolYear}-09-01`, to: `${schoolYear}-12-31` }
    : { from: `${schoolYear + 1}-01-01`, to: `${schoolYear + 1}-08-31` };
}

export function nextHalf(schoolYear: number, half: Half): { schoolYear: number; half: Half } {
  return half === 1 ? { schoolYear, half: 2 } : { schoolYear: schoolYear + 1, half: 1 };
}

/** Whether an ISO date or date-time falls within the bounds (compared by its date). */
export const withinHalf = (date: string | null, { from, to }: { from: string; to: string }) =>
  date !== null && date.slice(0, 10) >= from && date.slice(0, 10) <= to;

const schoolYearName = (year: number) => `${year}-${year + 1}`;
/** «11.10.2024», as Russian documents write a date. */
const ruDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');
/** «07.12.2026 21:00 UTC». */
const ruDateTime = (iso: string) => `${ruDate(iso)} ${iso.slice(11, 16)} UTC`;
const decimal = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');

const SOURCES = {
  programme: 'registry · programmes (registry.get.programme)',
  agreements: 'registry · agreements (registry.list.agreements)',
  table: 'reporting · programme table (reporting.get.programme-table)',
  registrations: 'integration → reporting · platform registrations (reporting.get.programme-table)',
  trainings: 'registry → reporting · trainings of teachers (reporting.get.programme-table)',
  roadmap: 'registry · roadmap activities (registry.list.roadmap-activities, registry.get.roadmap-activity)',
  analytics: 'reporting · work analytics (reporting.get.work-analytics)',
  projects: 'reporting · project results (reporting.get.project-results)',
} as const;

const agreementLine = (agreement: AgreementView) =>
  `${agreement.partyOrganisationName} — ${agreement.partnerOrganisationName}: ${agreement.subject} ` +
  `(от ${ruDate(agreement.signedOn ?? agreement.validFrom)} № ${agreement.number})`;

const meanPercent = (analytics: WorkAnalyticsView) =>
  analytics.region.mean === null || analytics.work.maxTotal === 0
    ? null
    : (analytics.region.mean / analytics.work.maxTotal) * 100;

/**
 * The half-year status report («Справка о ходе реализации проекта») in seed 000's order, each figure
 * noted with its source for the appendix.
 */
export function halfYearReport(data: HalfYearReportData): HalfYearReport {
  const { table, programme, schoolYear, half, asOf } = data;
  const figures: ReportFigure[] = [];
  const figure = (label: string, value: number | string, source: string, at: string = asOf) => {
    const text = typeof value === 'number' ? String(value) : value;
    figures.push({ label, value: text, source, asOf: at });
    return text;
  };
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const period = `${ROMAN_HALF[half]} полугодии ${schoolYearName(schoolYear)} учебного года`;
  const title = `Справка о ходе реализации проекта «${programme.title}» в ${period}`;

  paragraph(`Данные по состоянию на ${ruDateTime(asOf)}.`);

  heading('Основание');
  paragraph(`Проект: ${programme.title} (код ${programme.code}).`);
  if (data.basisAgreements.length === 0) paragraph('Соглашения по проекту в реестре не указаны.');
  for (const agreement of data.basisAgreements) paragraph(agreementLine(agreement));
  figure('Соглашений по проекту', data.basisAgreements.length, SOURCES.agreements);

  heading('Общеобразовательные организации и классы Проекта');
  const rows: string[][] = table.schools.flatMap((school) =>
    school.classes.map((group, index) => [
      index === 0 ? `${school.number}.` : '',
      index === 0 ? (school.schoolName ?? school.schoolId) : '',
      profileCell(group),
      DELIVERY_CELLS[group.delivery],
      String(group.students),
    ]),
  );
  const totals = table.totals;
  const classes = table.schools.flatMap((school) => school.classes);
  // Lessons with extracurricular work include lessons: the region's delivery is the broadest of its classes'.
  const broadest = classes.find((group) => group.delivery === 'lessons_and_extracurricular') ?? classes[0];
  rows.push([
    '',
    `Всего ${figure('Общеобразовательных организаций', totals.schools, SOURCES.table)} общеобразовательных организаций`,
    `${figure('Классов Проекта', totals.classes, SOURCES.table)} классов; профильные направления: ` +
      totals.directions.map((direction) => direction.name).join(', '),
    broadest ? `${broadest.deliveryName[0].toUpperCase()}${broadest.deliveryName.slice(1)} деятельность` : '',
    `Всего ${figure('Обучающихся', totals.students, SOURCES.table)} обучающихся, ` +
      `${figure('Педагогических работников', totals.teachers, SOURCES.table)} педагогических работников`,
  ]);
  blocks.push({
    kind: 'table',
    header: [
      '№ п/п',
      'Общеобразовательная организация',
      'Классы: выбранные для углубленного изучения предметы',
      'Реализация учебных дисциплин',
      'Количество обучающихся',
    ],
    rows,
  });

  heading('Обучающиеся и педагоги');
  paragraph(
    `В классах Проекта обучаются ${totals.students} обучающихся; образовательные программы реализуют ` +
      `${totals.teachers} педагогических работников.`,
  );

  heading('Регистрация на платформе «Сириус.Школы»');
  if (totals.registeredOnPlatform === null || totals.registeredOnPlatformAt === null) {
    paragraph('Регистрации на платформе «Сириус.Школы» ещё не подсчитаны.');
  } else {
    const registered = figure(
      'Зарегистрировано на платформе «Сириус.Школы»',
      totals.registeredOnPlatform,
      SOURCES.registrations,
      totals.registeredOnPlatformAt,
    );
    paragraph(
      `Всего на платформе зарегистрировано ${registered} человек (по данным на ` +
        `${ruDateTime(totals.registeredOnPlatformAt)}).`,
    );
  }

  heading('Обучение педагогов');
  if (totals.teachersTrained === 0) paragraph('Обучение педагогов в системе не зарегистрировано.');
  else
    paragraph(
      `Обучение на курсах в ${schoolYearName(schoolYear)} учебном году прошли педагогических работников: ` +
        `${figure('Педагогических работников прошли обучение', totals.teachersTrained, SOURCES.trainings)}.`,
    );

  heading('Проведённые мероприятия');
  figure(
    `Мероприятий дорожной карты выполнено в ${ROMAN_HALF[half]} полугодии`,
    data.activitiesDone.length,
    SOURCES.roadmap,
  );
  if (data.activitiesDone.length === 0) paragraph('Выполненных мероприятий дорожной карты в полугодии нет.');
  for (const activity of data.activitiesDone) {
    const documents = activity.deliverables.flatMap((deliverable) =>
      deliverable.evidence.map((evidence) => evidence.fileName),
    );
    paragraph(
      `${activity.number}. ${activity.title} (${activity.window.text})` +
        (documents.length > 0 ? `. Документы: ${documents.join(', ')}` : ''),
    );
  }

  heading('Заключённые соглашения');
  const signed = figure('Соглашений заключено в полугодии', data.agreementsSigned.length, SOURCES.agreements);
  paragraph(`В полугодии заключено соглашений: ${signed}.`);
  for (const agreement of data.agreementsSigned) paragraph(agreementLine(agreement));

  heading('Диагностические работы');
  if (data.diagnostics.length === 0) paragraph('Диагностические работы в полугодии не проводились.');
  for (const { analytics, previous } of data.diagnostics) {
    const work = analytics.work.title;
    const participants = figure(`${work}: участников`, analytics.region.participants, SOURCES.analytics);
    const mean = meanPercent(analytics);
    const previousMean = previous && meanPercent(previous);
    const levels = analytics.region.levels.map((level) => `${level.label} — ${level.count}`).join(', ');
    const change =
      mean !== null && previous && previousMean !== null
        ? `; изменение к работе «${previous.work.title}»: ${figure(
            `${work}: изменение среднего результата, п. п.`,
            (mean >= previousMean ? '+' : '') + decimal(mean - previousMean),
            SOURCES.analytics,
          )} п. п.`
        : '';
    paragraph(
      `${work} (${ruDate(analytics.work.windowFrom)}–${ruDate(analytics.work.windowTo)}): участников ${participants}` +
        (mean === null
          ? ''
          : `, средний результат ${figure(`${work}: средний результат, %`, decimal(mean), SOURCES.analytics)} %`) +
        (levels ? `; уровни: ${levels}` : '') +
        change +
        '.',
    );
  }

  heading('Проекты и студии');
  const projects = data.projects.totals;
  if (projects.registered === 0 && data.projects.studioRankings.length === 0) {
    paragraph('Проектные работы и рейтинги студий в системе не зарегистрированы.');
  } else {
    paragraph(
      `Зарегистрировано проектных работ: ${figure('Проектных работ зарегистрировано', projects.registered, SOURCES.projects)}; ` +
        `выдвинуто на региональный этап: ${figure('Проектных работ выдвинуто', projects.nominated, SOURCES.projects)}; ` +
        `оценено на региональном этапе: ${figure('Проектных работ оценено', projects.final.judged, SOURCES.projects)}.`,
    );
    for (const ranking of data.projects.studioRankings)
      paragraph(
        `Рейтинг студий от ${ruDate(ranking.publishedAt)}: студий ${ranking.studioCount}; лидеры: ` +
          ranking.leaders
            .map((leader) => `${leader.rank}. ${leader.schoolName ?? leader.schoolId}`)
            .join(', ') +
          '.',
      );
  }

  const next = nextHalf(schoolYear, half);
  heading(`Планы на ${ROMAN_HALF[next.half]} полугодие ${schoolYearName(next.schoolYear)} учебного года`);
  if (data.activitiesPlanned.length === 0)
    paragraph('Мероприятия дорожной карты на следующее полугодие не запланированы.');
  for (const activity of data.activitiesPlanned) paragraph(`· ${activity.title} (${activity.window.text})`);

  heading('Приложение. Источники данных');
  blocks.push({
    kind: 'table',
    header: ['Показатель', 'Значение', 'Источник', 'По состоянию на'],
    rows: figures.map((entry) => [entry.label, entry.value, entry.source, ruDateTime(entry.asOf)]),
  });
  return { title, blocks, figures };
}
