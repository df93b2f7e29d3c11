import type {
  AgreementView,
  ProgrammeView,
  RoadmapActivityDetailView,
  RoadmapActivityView,
} from '@orbita/registry/rpc';
import type { ProgrammeTableView, ProjectResultsView, WorkAnalyticsView } from '@orbita/reporting/rpc';
import JSZip from 'jszip';
import type { HalfYearReportData } from './half-year-report.content';
import { halfYearReportDocx } from './half-year-report.docx';

const documentText = async (docx: Buffer) =>
  (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '|');

const workAnalytics = (title: string, windowTo: string, mean: number, levels: [string, number][]) =>
  ({
    work: { title, windowFrom: windowTo, windowTo, maxTotal: 20 },
    region: { participants: 40, mean, levels: levels.map(([label, count]) => ({ label, count })) },
  }) as WorkAnalyticsView;

const table: ProgrammeTableView = {
  programmeCode: 'sirius_partner_schools',
  schoolYear: 2024,
  schools: [
    {
      number: 1,
      schoolId: 'b1b1b1b1-0000-4000-8000-000000000001',
      schoolName: 'МАОУ лицей № 1',
      municipalityId: null,
      classes: [
        {
          classId: 'c1c1c1c1-0000-4000-8000-000000000001',
          grade: 10,
          label: '10А',
          profileSubjects: ['math', 'physics'],
          profile: '10: математика, физика',
          delivery: 'lessons',
          deliveryName: 'урочная',
          direction: 'physics_math',
          students: 26,
          teachers: 4,
        },
      ],
      students: 26,
      teachers: 4,
      registeredOnPlatform: 30,
      teachersTrained: 0,
    },
  ],
  totals: {
    schools: 1,
    classes: 1,
    students: 26,
    teachers: 4,
    directions: [{ direction: 'physics_math', name: 'физико-математическое', classes: 1, students: 26 }],
    registeredOnPlatform: 30,
    registeredOnPlatformAt: '2024-12-20T04:00:00.000Z',
    teachersTrained: 0,
  },
};

const data = (asOf: string): HalfYearReportData => ({
  asOf,
  schoolYear: 2024,
  half: 1,
  programme: {
    id: 'a1a1a1a1-0000-4000-8000-000000000001',
    code: 'sirius_partner_schools',
    title: 'Школы – ассоциированные партнёры «Сириуса»',
  } as ProgrammeView,
  basisAgreements: [],
  table,
  activitiesDone: [],
  activitiesPlanned: [],
  agreementsSigned: [],
  diagnostics: [],
  projects: {
    schoolYear: 2024,
    rows: [],
    totals: {
      registered: 0,
      nominated: 0,
      schoolStage: { judged: 0, awarded: null },
      final: { judged: 0, awarded: null },
    },
    studioRankings: [],
  } as ProjectResultsView,
});

describe('the half-year status report as DOCX', () => {
  it('is the same bytes for the same data and as-of time, dated with it', async () => {
    const first = await halfYearReportDocx(data('2024-12-27T09:00:00.000Z'));
    const second = await halfYearReportDocx(data('2024-12-27T09:00:00.000Z'));
    expect(second.equals(first)).toBe(true);
    expect((await halfYearReportDocx(data('2024-12-28T09:00:00.000Z'))).equals(first)).toBe(false);

    const zip = await JSZip.loadAsync(first);
    expect(new Set(Object.values(zip.files).map((entry) => entry.date.toISOString()))).toEqual(
      new Set(['2024-12-27T09:00:00.000Z']),
    );
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2024-12-27T09:00:00Z</dcterms:created>');
    expect(core).toContain('>2024-12-27T09:00:00Z</dcterms:modified>');
  });

  it('states the as-of time, the figures, and their sources in the appendix', async () => {
    const text = await documentText(await halfYearReportDocx(data('2024-12-27T09:00:00.000Z')));
    expect(text).toContain('Данные по состоянию на 27.12.2024 09:00 UTC.');
    expect(text).toContain('в I полугодии 2024-2025 учебного года');
    expect(text).toMatch(/10 класс: «Математика», «Физика»\|+В рамках урочной деятельности\|+26/);
    expect(text).toContain('1 классов; профильные направления: физико-математическое|');
    expect(text).toContain('Урочная деятельность');
    expect(text).toContain('Всего 26 обучающихся, 4 педагогических работников');
    expect(text).toContain('зарегистрировано 30 человек (по данным на 20.12.2024 04:00 UTC)');
    expect(text).toContain('Обучение педагогов в системе не зарегистрировано.');
    expect(text).toMatch(
      /Зарегистрировано на платформе «Сириус\.Школы»\|+30\|+integration → reporting · platform registrations[^|]*\|+20\.12\.2024 04:00 UTC/,
    );
    expect(text).toMatch(/Обучающихся\|+26\|+reporting · programme table[^|]*\|+27\.12\.2024 09:00 UTC/);
  });

  it('lists the events held with their documents, the agreements signed, the diagnostics with their change, the projects and the plans', async () => {
    const agreement = {
      number: '58-С',
      signedOn: '2024-10-01',
      validFrom: '2024-10-01',
      subject: 'Методическое сопровождение',
      partyOrganisationName: 'СОШ № 4',
      partnerOrganisationName: 'ТГПУ',
    } as AgreementView;
    const text = await documentText(
      await halfYearReportDocx({
        ...data('2024-12-27T09:00:00.000Z'),
        agreementsSigned: [agreement],
        activitiesDone: [
          {
            number: '2.1',
            title: 'Установочный семинар',
            window: { text: 'Сентябрь 2024 года' },
            deliverables: [{ evidence: [{ fileName: 'Приказ.pdf' }, { fileName: 'Программа.docx' }] }],
          } as RoadmapActivityDetailView,
        ],
        activitiesPlanned: [
          {
            title: 'Олимпиада «II интеллектуальный марафон»',
            window: { text: 'Март 2025 года' },
          } as RoadmapActivityView,
        ],
        diagnostics: [
          {
            analytics: workAnalytics('Итоговая ДР по математике', '2024-12-20T00:00:00.000Z', 12, [
              ['Базовый', 25],
              ['Повышенный', 15],
            ]),
            previous: workAnalytics('Промежуточная ДР по математике', '2024-10-20T00:00:00.000Z', 10.5, []),
          },
        ],
        table: { ...table, totals: { ...table.totals, teachersTrained: 3 } },
        projects: {
          ...data('2024-12-27T09:00:00.000Z').projects,
          totals: {
            registered: 12,
            nominated: 5,
            schoolStage: { judged: 12, awarded: null },
            final: { judged: 5, awarded: null },
          },
        } as ProjectResultsView,
      }),
    );
    expect(text).toContain(
      '2.1. Установочный семинар (Сентябрь 2024 года). Документы: Приказ.pdf, Программа.docx',
    );
    expect(text).toContain('прошли педагогических работников: 3.');
    expect(text).toMatch(/Педагогических работников прошли обучение\|+3\|+registry → reporting · trainings/);
    expect(text).toContain('В полугодии заключено соглашений: 1.');
    expect(text).toContain('СОШ № 4 — ТГПУ: Методическое сопровождение (от 01.10.2024 № 58-С)');
    expect(text).toContain(
      'Итоговая ДР по математике (20.12.2024–20.12.2024): участников 40, средний результат 60,0 %; уровни: Базовый — 25, Повышенный — 15; изменение к работе «Промежуточная ДР по математике»: +7,5 п. п.',
    );
    expect(text).toContain(
      'Зарегистрировано проектных работ: 12; выдвинуто на региональный этап: 5; оценено на региональном этапе: 5.',
    );
    expect(text).toContain('Планы на II полугодие 2024-2025 учебного года');
    expect(text).toContain('· Олимпиада «II интеллектуальный марафон» (Март 2025 года)');
    expect(text).toMatch(
      /Итоговая ДР по математике: средний результат, %\|+60,0\|+reporting · work analytics/,
    );
  });
});
