import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import ExcelJS from 'exceljs';
import { programmeTableWorkbook } from './programme-table.xlsx';

const MUNICIPALITY_ID = '8d2f4b6a-1c3e-4f5a-9b7c-0d1e2f3a4b5c';

const programmeClass = (profile: string, students: number) => ({
  classId: profile,
  grade: 10,
  label: '10А',
  profileSubjects: [],
  profile,
  delivery: 'lessons' as const,
  deliveryName: 'урочная',
  direction: 'physics_math' as const,
  students,
  teachers: 3,
});

// Asserted, not annotated: the view grows fields (teachersTrained) this layout does not use.
const VIEW = {
  programmeCode: 'sirius_partner_schools',
  schoolYear: 2024,
  schools: [
    {
      number: 1,
      schoolId: 'a',
      schoolName: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
      municipalityId: MUNICIPALITY_ID,
      classes: [
        programmeClass('10: математика, физика, информатика', 26),
        programmeClass('10: химия, биология', 24),
      ],
      students: 50,
      teachers: 6,
      registeredOnPlatform: null,
      teachersTrained: 2,
    },
    {
      number: 2,
      schoolId: 'b',
      schoolName: 'МАОУ Академический лицей г. Томска им. Г.А. Псахье',
      municipalityId: null,
      classes: [programmeClass('10: математика, физика', 9)],
      students: 9,
      teachers: 2,
      registeredOnPlatform: null,
      teachersTrained: 2,
    },
  ],
  totals: {
    schools: 2,
    classes: 3,
    students: 59,
    teachers: 8,
    directions: [
      { direction: 'natural_science', name: 'естественно-научное', classes: 1, students: 24 },
      { direction: 'physics_math', name: 'физико-математическое', classes: 2, students: 35 },
    ],
    registeredOnPlatform: null,
    registeredOnPlatformAt: null,
    teachersTrained: 7,
  },
} as ProgrammeTableView;

describe('programme table workbook', () => {
  it('lays the table out as seed 000 does, then municipality and teachers, the totals under their own columns', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as the old Buffer type.
    await workbook.xlsx.load(
      (await programmeTableWorkbook(
        VIEW,
        new Map([[MUNICIPALITY_ID, 'Город Томск']]),
      )) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    const [headers, ...rows] = values;
    expect(headers).toEqual([
      '№ п/п',
      'Общеобразовательная организация',
      'Классы: выбранные для углубленного изучения предметы',
      'Реализация учебных дисциплин',
      'Количество обучающихся',
      'Муниципальное образование',
      'Педагогических работников',
    ]);
    const lyceum = VIEW.schools[0].schoolName;
    expect(rows[0]).toEqual([
      1,
      lyceum,
      '10 класс: «Математика», «Физика», «Информатика»',
      'В рамках урочной деятельности',
      26,
      'Город Томск',
      3,
    ]);
    // A merged cell reads as its first row's value; the school's second class.
    expect(rows[1]).toEqual([
      1,
      lyceum,
      '10 класс: «Химия», «Биология»',
      'В рамках урочной деятельности',
      24,
      'Город Томск',
      3,
    ]);
    expect(sheet.getCell('F3').master.address).toBe('F2');
    // A municipality the registry did not name stays empty.
    expect(rows[2].slice(4, 7)).toEqual([9, undefined, 3]);

    const totals = rows[3];
    expect(totals[0]).toBe('Всего');
    expect(totals[headers.indexOf('Количество обучающихся')]).toBe(59);
    expect(totals[headers.indexOf('Педагогических работников')]).toBe(8);
    expect(totals[headers.indexOf('Реализация учебных дисциплин')]).toBeUndefined();
    expect(totals[1]).toBe('Общеобразовательных организаций: 2, классов: 3');
    expect(totals[2]).toBe('Профильные направления: естественно-научное, физико-математическое');
  });
});
