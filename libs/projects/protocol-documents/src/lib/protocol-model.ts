/**
 * What the summary protocol (сводный протокол оценки) shows, laid out once as tables, so that the XLSX and
 * the DOCX renderings say the same thing. The input is the stage summary as the projects service computes
 * it (`StageSummaryView` fits it) plus the names it carries only ids of: sections, works, schools, experts,
 * authors.
 */

export type ProtocolAward = 'I' | 'II' | 'III';

export interface ProtocolStanding {
  readonly score: number | null;
  readonly rank: number | null;
  readonly award: ProtocolAward | null;
}

export interface ProtocolWorkSummary {
  readonly workId: string;
  readonly sectionId: string;
  readonly totals: readonly { readonly expertPersonId: string; readonly total: number }[];
  readonly official: ProtocolStanding;
}

export interface ProtocolWork {
  readonly title: string;
  readonly schoolId: string;
  /** Enrollment student ids, named in the list for diplomas by `authorNames`. */
  readonly authors: readonly string[];
}

export interface SummaryProtocolInput {
  /** E.g. «Школьный этап (предзащита), 2024/2025 учебный год». */
  readonly stageTitle: string;
  /** The works of the stage, by section, then official rank. */
  readonly summary: { readonly works: readonly ProtocolWorkSummary[] };
  /** The sections to print, in this order; works of other sections are left out. */
  readonly sections: readonly { readonly id: string; readonly title: string }[];
  readonly works: ReadonlyMap<string, ProtocolWork>;
  readonly schoolNames: ReadonlyMap<string, string>;
  readonly expertNames: ReadonlyMap<string, string>;
  /** Student id → «Фамилия Имя»; an author missing here is printed as the id. */
  readonly authorNames: ReadonlyMap<string, string>;
}

export type ProtocolCell = string | number | null;

export interface ProtocolTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly ProtocolCell[])[];
}

export interface SectionProtocol {
  readonly title: string;
  readonly table: ProtocolTable;
}

export interface SummaryProtocol {
  readonly title: string;
  readonly stageTitle: string;
  readonly sections: readonly SectionProtocol[];
  /** The works awarded the I degree in every section printed, best score first. */
  readonly bestWorks: ProtocolTable;
  /** Every awarded work: who gets which diploma. */
  readonly diplomas: ProtocolTable;
  /** One line per member of the commission that signs each section's protocol. */
  readonly signatures: readonly string[];
}

export const PROTOCOL_TITLE = 'Сводный протокол оценки проектных и исследовательских работ';

const COMMISSION = ['Председатель комиссии', 'Член комиссии', 'Член комиссии'];

/** A blank for the signature, the name in full and the date, to fill in by hand. */
export const signatureLine = (role: string) =>
  `${role}: ________________ (подпись)   ______________________________ (Ф. И. О.)   «____» ______________ 20____ г.`;

export const awardName = (award: ProtocolAward | null) => (award ? `Диплом ${award} степени` : '');

/** Scores are percents: one decimal, as the summary rounds them. */
const score = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function summaryProtocol(input: SummaryProtocolInput): SummaryProtocol {
  const workOf = (workId: string): ProtocolWork =>
    input.works.get(workId) ?? { title: workId, schoolId: '', authors: [] };
  const schoolOf = (schoolId: string) => input.schoolNames.get(schoolId) ?? schoolId;
  const expertOf = (expertId: string) => input.expertNames.get(expertId) ?? expertId;
  const authorOf = (studentId: string) => input.authorNames.get(studentId) ?? studentId;
  const sectionTitle = new Map(input.sections.map((section) => [section.id, section.title]));
  const printed = input.summary.works.filter((work) => sectionTitle.has(work.sectionId));

  const sections = input.sections.map((section) => {
    const works = printed.filter((work) => work.sectionId === section.id);
    // Each expert of the section gets a column; a work they did not judge leaves it empty.
    const experts = [
      ...new Set(works.flatMap((work) => work.totals.map((total) => total.expertPersonId))),
    ].sort((a, b) => expertOf(a).localeCompare(expertOf(b), 'ru') || (a < b ? -1 : 1));
    return {
      title: section.title,
      table: {
        header: [
          '№',
          'Работа',
          'Образовательная организация',
          ...experts.map((expert) => `Эксперт: ${expertOf(expert)}, %`),
          'Итоговый балл, %',
          'Место',
          'Награда',
        ],
        rows: works.map((work, index) => {
          const totalOf = new Map(work.totals.map((total) => [total.expertPersonId, total.total]));
          const { title, schoolId } = workOf(work.workId);
          return [
            index + 1,
            title,
            schoolOf(schoolId),
            ...experts.map((expert) => score(totalOf.get(expert) ?? null)),
            score(work.official.score),
            work.official.rank,
            awardName(work.official.award),
          ];
        }),
      },
    };
  });

  const best = printed
    .filter((work) => work.official.award === 'I')
    .sort((a, b) => (b.official.score ?? 0) - (a.official.score ?? 0));
  const awarded = printed.filter((work) => work.official.award !== null);
  return {
    title: PROTOCOL_TITLE,
    stageTitle: input.stageTitle,
    sections,
    bestWorks: {
      header: ['№', 'Секция', 'Работа', 'Образовательная организация', 'Итоговый балл, %', 'Награда'],
      rows: best.map((work, index) => [
        index + 1,
        sectionTitle.get(work.sectionId) as string,
        workOf(work.workId).title,
        schoolOf(workOf(work.workId).schoolId),
        score(work.official.score),
        awardName(work.official.award),
      ]),
    },
    diplomas: {
      header: ['№', 'Награда', 'Секция', 'Работа', 'Образовательная организация', 'Авторы'],
      rows: awarded.map((work, index) => [
        index + 1,
        awardName(work.official.award),
        sectionTitle.get(work.sectionId) as string,
        workOf(work.workId).title,
        schoolOf(workOf(work.workId).schoolId),
        workOf(work.workId).authors.map(authorOf).join(', '),
      ]),
    },
    signatures: COMMISSION.map(signatureLine),
  };
}
