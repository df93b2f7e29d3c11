import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import ExcelJS from 'exceljs';
import { DELIVERY_CELLS, profileCell } from './status-report-wording';

/**
 * The programme table as the status report lays it out (seed 000: №, school, class: subjects, delivery,
 * students), then the school's municipality and the class's teachers; a school's number, name and
 * municipality merged over its classes; a totals row whose figures stand under their own columns.
 * `municipalityNames` names the schools' municipalities (an unknown one stays empty).
 */
export async function programmeTableWorkbook(
  view: ProgrammeTableView,
  municipalityNames: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Классы Проекта ${view.schoolYear}-${view.schoolYear + 1}`);
  sheet.columns = [
    { header: '№ п/п', width: 7 },
    { header: 'Общеобразовательная организация', width: 50 },
    { header: 'Классы: выбранные для углубленного изучения предметы', width: 45 },
    { header: 'Реализация учебных дисциплин', width: 26 },
    { header: 'Количество обучающихся', width: 14 },
    { header: 'Муниципальное образование', width: 28 },
    { header: 'Педагогических работников', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  for (const school of view.schools) {
    const first = sheet.rowCount + 1;
    const municipality = school.municipalityId
      ? (municipalityNames.get(school.municipalityId) ?? null)
      : null;
    for (const programmeClass of school.classes) {
      sheet.addRow([
        school.number,
        school.schoolName ?? school.schoolId,
        profileCell(programmeClass),
        DELIVERY_CELLS[programmeClass.delivery],
        programmeClass.students,
        municipality,
        programmeClass.teachers,
      ]);
    }
    const last = sheet.rowCount;
    if (last > first) for (const column of [1, 2, 6]) sheet.mergeCells(first, column, last, column);
  }

  const { totals } = view;
  const totalsRow = sheet.addRow([
    'Всего',
    `Общеобразовательных организаций: ${totals.schools}, классов: ${totals.classes}`,
    `Профильные направления: ${totals.directions.map((direction) => direction.name).join(', ')}`,
    null,
    totals.students,
    null,
    // Distinct teachers: one who teaches two classes counts once, so not the column's sum.
    totals.teachers,
  ]);
  totalsRow.font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
