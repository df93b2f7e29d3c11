import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import ExcelJS from 'exceljs';
import { programmeTableWorkbook } from './programme-table.xlsx';

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

const VIEW: ProgrammeTableView = {
  programmeCode: 'sirius_partner_schools',
  schoolYear: 2024,
  schools: [
    {
      number: 1,
      schoolId: 'a',
      schoolName: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
      municipalityId: null,
      classes: [
        programmeClass('10: математика, физика, информатика', 26),
        programmeClass('10: химия, биология', 24),
      ],
      students: 50,
      teachers: 6,
      registeredOnPlatform: null,
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
  },
};

describe('programme table workbook', () => {
  it('lays the table out as the status report does, schools merged over their classes, with totals', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as the old Buffer type.
    await workbook.xlsx.load((await programmeTableWorkbook(VIEW)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values).toEqual([
      [
        '№ п/п',
        'Общеобразовательная организация',
        'Классы: выбранные для углубленного изучения предметы',
        'Реализация учебных дисциплин',
        'Количество обучающихся',
      ],
      [1, VIEW.schools[0].schoolName, '10: математика, физика, информатика', 'урочная', 26],
      [1, VIEW.schools[0].schoolName, '10: химия, биология', 'урочная', 24],
      [2, VIEW.schools[1].schoolName, '10: математика, физика', 'урочная', 9],
      [
        'Всего',
        'Общеобразовательных организаций: 2, классов: 3',
        'Профильные направления: естественно-научное, физико-математическое',
        'Педагогических работников: 8',
        59,
      ],
    ]);
    expect(sheet.getCell('A3').isMerged).toBe(true);
    expect(sheet.getCell('B3').master.address).toBe('B2');
  });
});
