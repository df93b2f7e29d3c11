import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import ExcelJS from 'exceljs';

/**
 * The programme table as the status report lays it out (№, school, class: subjects, delivery, students),
 * a school's number and name merged over its classes, and a totals row.
 */
export async function programmeTableWorkbook(view: ProgrammeTableView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Классы Проекта ${view.schoolYear}-${view.schoolYear + 1}`);
  sheet.columns = [
    { header: '№ п/п', width: 7 },
    { header: 'Общеобразовательная организация', width: 50 },
    { header: 'Классы: выбранные для углубленного изучения предметы', width: 45 },
    { header: 'Реализация учебных дисциплин', width: 24 },
    { header: 'Количество обучающихся', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  for (const school of view.schools) {
    const first = sheet.rowCount + 1;
    for (const programmeClass of school.classes) {
      sheet.addRow([
        school.number,
        school.schoolName ?? school.schoolId,
        programmeClass.profile,
        programmeClass.deliveryName,
        programmeClass.students,
      ]);
    }
    const last = sheet.rowCount;
    if (last > first) {
      sheet.mergeCells(first, 1, last, 1);
      sheet.mergeCells(first, 2, last, 2);
    }
  }

  const { totals } = view;
  const totalsRow = sheet.addRow([
    'Всего',
    `Общеобразовательных организаций: ${totals.schools}, классов: ${totals.classes}`,
    `Профильные направления: ${totals.directions.map((direction) => direction.name).join(', ')}`,
    `Педагогических работников: ${totals.teachers}`,
    totals.students,
  ]);
  totalsRow.font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
