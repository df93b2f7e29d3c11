import ExcelJS from 'exceljs';
import { CLASS_HEADER, CODE_HEADER, taskHeader, TOTAL_HEADER } from './blueprint';
import { CODES_SHEET, META_SHEET, PROTOCOL_SHEET } from './xlsx';

/** What the template of one (work, school) is made from. */
export interface TemplateSource {
  workId: string;
  workVersion: number;
  schoolId: string;
  title: string;
  tasks: readonly { number: number; label: string; maxScore: number }[];
  /** Codes issued to the school, pre-filled one per row; empty for works with open codes. */
  codes: readonly string[];
}

/** Rows with data validation when there are fewer codes than this. */
const MIN_TEMPLATE_ROWS = 500;

export const TEMPLATE_FORMAT = 'orbita-protocol/1';

/**
 * The XLSX template of a protocol: a frozen header (participant code, class, one column per task with its
 * maximum, total), the school's codes pre-filled, the total as a formula, data validation that keeps
 * scores within 0..max and codes within the issued list, and a hidden meta sheet naming work and school
 * (uploads of it for another work or school are refused).
 */
export async function writeProtocolTemplate(source: TemplateSource): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Orbita';
  const sheet = workbook.addWorksheet(PROTOCOL_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const maxTotal = source.tasks.reduce((sum, task) => sum + task.maxScore, 0);
  sheet.columns = [
    { header: CODE_HEADER, width: 24 },
    { header: CLASS_HEADER, width: 8 },
    ...source.tasks.map((task) => ({ header: taskHeader(task), width: Math.max(12, taskHeader(task).length + 2) })),
    { header: `${TOTAL_HEADER} (макс. ${maxTotal})`, width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };

  const lastRow = 1 + Math.max(source.codes.length, MIN_TEMPLATE_ROWS);
  const firstTask = 3;
  const lastTask = firstTask + source.tasks.length - 1;
  const totalColumn = lastTask + 1;
  const letter = (column: number) => sheet.getColumn(column).letter;
  source.codes.forEach((code, index) => (sheet.getCell(index + 2, 1).value = code));
  for (let row = 2; row <= lastRow; row++) {
    const scores = `${letter(firstTask)}${row}:${letter(lastTask)}${row}`;
    // Empty until a score is typed, so that untouched rows stay blank.
    sheet.getCell(row, totalColumn).value = { formula: `IF(COUNT(${scores})=0,"",SUM(${scores}))` };
  }
  // Range validations exist in exceljs (one rule per range, not per cell) but not in its typings.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  source.tasks.forEach((task, index) => {
    const column = letter(firstTask + index);
    validations.add(`${column}2:${column}${lastRow}`, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, task.maxScore],
      showErrorMessage: true,
      errorTitle: 'Балл вне диапазона',
      error: `Балл за задание ${task.label}: число от 0 до ${task.maxScore}`,
    });
  });
  if (source.codes.length > 0) {
    const codes = workbook.addWorksheet(CODES_SHEET, { state: 'hidden' });
    source.codes.forEach((code, index) => (codes.getCell(index + 1, 1).value = code));
    validations.add(`A2:A${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${CODES_SHEET}'!$A$1:$A$${source.codes.length}`],
      showErrorMessage: true,
      errorTitle: 'Неизвестный код',
      error: 'Код участника должен быть из выданных школе для этой работы',
    });
  }

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['format', TEMPLATE_FORMAT],
    ['workId', source.workId],
    ['workVersion', source.workVersion],
    ['schoolId', source.schoolId],
    ['title', source.title],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
