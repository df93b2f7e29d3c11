import type { CreateWorkCommand } from '@orbita/assessments/rpc';
import { demoShiftDays, schoolYearOf, shiftIsoDate } from '@orbita/contracts';
import { UnitOfWork } from '@orbita/messaging';
import type { DataSource } from 'typeorm';
import { ParticipantCodesService } from '../codes/participant-codes.service';
import { Work } from '../works/work.entity';
import { WorksService } from '../works/works.service';

/** Codes issued to each demo school for works without open codes. */
export const DEMO_CODES_PER_SCHOOL = 30;

const levels = (base: number, high: number) => [
  { code: 'low', label: 'Низкий', minTotal: 0 },
  { code: 'base', label: 'Базовый', minTotal: base },
  { code: 'high', label: 'Повышенный', minTotal: high },
];

const tasks = (maxima: number[], topics: string[]) =>
  maxima.map((maxScore, index) => ({
    number: index + 1,
    label: String(index + 1),
    maxScore,
    topic: topics[index],
  }));

/** A demo work: its blueprint, and a fixed id so that seeding again finds it. */
export type DemoWork = Omit<CreateWorkCommand, 'schoolIds'> & { id: string };

/** The 2024/25 demo works, expected from every demo school. */
export const DEMO_WORKS: readonly DemoWork[] = [
  {
    id: '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01',
    kind: 'intermediate',
    title: 'Промежуточная диагностическая работа по математике, 7 класс',
    subject: 'math',
    grades: [7],
    schoolYear: 2024,
    windowFrom: '2024-12-02',
    windowTo: '2024-12-05',
    tasks: tasks(
      [1, 1, 1, 2, 2, 2, 3, 3],
      ['Дроби', 'Проценты', 'Уравнения', 'Уравнения', 'Геометрия', 'Графики', 'Текстовые задачи', 'Логика'],
    ),
    levels: levels(6, 11),
    openCodes: false,
  },
  {
    id: '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c02',
    kind: 'final',
    title: 'Итоговая диагностическая работа по физике, 8 класс',
    subject: 'physics',
    grades: [8],
    schoolYear: 2024,
    windowFrom: '2025-04-23',
    windowTo: '2025-04-25',
    tasks: tasks(
      [1, 1, 2, 2, 3, 3],
      ['Механика', 'Механика', 'Тепловые явления', 'Электричество', 'Оптика', 'Задача'],
    ),
    levels: levels(5, 9),
    openCodes: true,
  },
  {
    // The intermediate work's pair for progress: same subject, grade and year; codes issued in the same
    // order, so each participant keeps the code they had in December.
    id: '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c03',
    kind: 'final',
    title: 'Итоговая диагностическая работа по математике, 7 класс',
    subject: 'math',
    grades: [7],
    schoolYear: 2024,
    windowFrom: '2025-05-13',
    windowTo: '2025-05-16',
    tasks: tasks(
      [1, 1, 1, 2, 2, 2, 3, 3, 3],
      [
        'Дроби',
        'Проценты',
        'Степени',
        'Уравнения',
        'Геометрия',
        'Графики',
        'Системы уравнений',
        'Текстовые задачи',
        'Логика',
      ],
    ),
    levels: levels(7, 13),
    openCodes: false,
  },
];

/**
 * The demo works of the school year of `today` (none while that is still 2024/25): DEMO_WORKS moved by
 * the demo clock, as the registry's demo roadmap is (demoShiftDays), so the intermediate work's window
 * is open on the seed's day and the finals lie ahead. The year takes the place of the fourth group of
 * each id, so each year's works have ids of their own that seeding again finds.
 */
export function currentDemoWorks(today: string): DemoWork[] {
  const schoolYear = schoolYearOf(today);
  if (schoolYear <= DEMO_WORKS[0].schoolYear) return [];
  const days = demoShiftDays(today);
  return DEMO_WORKS.map((work) => ({
    ...work,
    id: `${work.id.slice(0, 24)}${schoolYear}${work.id.slice(28)}`,
    schoolYear,
    windowFrom: shiftIsoDate(work.windowFrom, days),
    windowTo: shiftIsoDate(work.windowTo, days),
  }));
}

/**
 * Publishes the demo works — 2024/25's and, given `today`, the current year's (currentDemoWorks) — for
 * `schoolIds` (through WorksService, so WORK_PUBLISHED_V1 goes out) and issues participant codes to every
 * school of works without open codes. Idempotent: existing works and schools that have codes are left
 * alone. Returns a one-line summary.
 */
export async function seedWorksDemo(
  dataSource: DataSource,
  schoolIds: readonly string[],
  today?: string,
): Promise<string> {
  const unitOfWork = new UnitOfWork(dataSource);
  const works = new WorksService(dataSource, unitOfWork);
  const codes = new ParticipantCodesService(dataSource, works, unitOfWork);
  const demoWorks = [...DEMO_WORKS, ...(today ? currentDemoWorks(today) : [])];
  let created = 0;
  let codesIssued = 0;
  for (const { id, ...blueprint } of demoWorks) {
    if (!(await dataSource.manager.existsBy(Work, { id }))) {
      await works.create({ ...blueprint, schoolIds: [...schoolIds] }, null, id);
      created++;
    }
    if (blueprint.openCodes) continue;
    const expected = (await works.get(id, null)).schoolIds;
    for (const schoolId of expected) {
      if ((await codes.issuedTo(id, schoolId)).length > 0) continue;
      codesIssued += (await codes.issue(id, schoolId, DEMO_CODES_PER_SCHOOL, null, null)).codes.length;
    }
  }
  return `${demoWorks.length} demo works (${created} created now) for ${schoolIds.length} schools, ${codesIssued} participant codes issued now`;
}
