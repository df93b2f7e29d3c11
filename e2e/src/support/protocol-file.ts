import ExcelJS from 'exceljs';

/** Scores of five participants of the demo math work (tasks with maxima 1,1,1,2,2,2,3,3). */
export const DEMO_MATH_SCORES = [
  [1, 1, 1, 2, 2, 2, 3, 3],
  [0, 1, 0, 1, 0, 1, 0, 1],
  [1, 0, 1, 2, 1, 2, 2, 3],
  [1, 1, 0, 0, 2, 1, 1, 0],
  [0, 0, 1, 1, 1, 0, 0, 0],
];

/**
 * A protocol template (XLSX from GET /works/{id}/schools/{schoolId}/template) filled in as a school would:
 * the class and the scores per task for the first participants' codes, in sheet «Протокол».
 */
export async function fillProtocolTemplate(template: Buffer | ArrayBuffer, scores: number[][], className = '7А'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as ArrayBuffer);
  const sheet = workbook.getWorksheet('Протокол');
  if (!sheet) throw new Error('the template has no sheet «Протокол»');
  scores.forEach((row, index) => {
    const line = sheet.getRow(index + 2); // row 1 is the header; column A holds the participant code
    line.getCell(2).value = className;
    row.forEach((score, task) => (line.getCell(task + 3).value = score));
    line.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
