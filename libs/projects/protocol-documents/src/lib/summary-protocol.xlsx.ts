import { neutraliseFormula } from '@orbita/tabular-files';
import ExcelJS from 'exceljs';
import {
  summaryProtocol,
  type ProtocolCell,
  type ProtocolTable,
  type SummaryProtocolInput,
} from './protocol-model';

const cellValue = (cell: ProtocolCell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell);

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Секция';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function addTable(sheet: ExcelJS.Worksheet, table: ProtocolTable): void {
  const header = sheet.addRow([...table.header]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
}

function heading(sheet: ExcelJS.Worksheet, lines: readonly string[], width: number): void {
  for (const line of lines) {
    const row = sheet.addRow([neutraliseFormula(line)]);
    row.font = { bold: true };
    sheet.mergeCells(row.number, 1, row.number, Math.max(width, 1));
  }
  sheet.addRow([]);
}

/**
 * The summary protocol as a workbook: a sheet per section (its works with each expert's total, the
 * aggregated score, rank and award, then the commission's signature lines), the region's best works and
 * the list for diplomas.
 */
export async function summaryProtocolXlsx(input: SummaryProtocolInput): Promise<Buffer> {
  const protocol = summaryProtocol(input);
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const section of protocol.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.title, taken));
    const width = section.table.header.length;
    heading(sheet, [protocol.title, protocol.stageTitle, `Секция: ${section.title}`], width);
    addTable(sheet, section.table);
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 6 : index <= 2 ? 45 : 14;
    });
    sheet.addRow([]);
    for (const line of protocol.signatures) sheet.addRow([line]);
  }
  const best = workbook.addWorksheet(sheetName('Лучшие работы региона', taken));
  heading(
    best,
    [protocol.title, protocol.stageTitle, 'Лучшие работы региона'],
    protocol.bestWorks.header.length,
  );
  addTable(best, protocol.bestWorks);
  const diplomas = workbook.addWorksheet(sheetName('Список для дипломов', taken));
  heading(
    diplomas,
    [protocol.title, protocol.stageTitle, 'Список для дипломов'],
    protocol.diplomas.header.length,
  );
  addTable(diplomas, protocol.diplomas);
  for (const sheet of [best, diplomas]) {
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 6 : 32;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
