import ExcelJS from 'exceljs';
import { toTable, UnreadableFileError, type CellValue, type Table, type TableRow } from './table';

/** XLSX files are ZIP archives. */
export const isZip = (content: Buffer): boolean =>
  content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

/** An XLSX file: the sheet named `sheetName` when there is one, else the first visible sheet. */
export async function readXlsx(content: Buffer, sheetName?: string): Promise<Table> {
  const workbook = await loadWorkbook(content);
  const sheet =
    (sheetName ? workbook.getWorksheet(sheetName) : undefined) ??
    workbook.worksheets.find((candidate) => candidate.state === 'visible');
  return toTable('xlsx', sheet ? sheetRows(sheet) : []);
}

export function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push({ row: rowNumber, cells: Array.from(values, (value) => cellValue(value)) });
  });
  return rows;
}

/** A cell's value as the user sees it: rich text as its text, a formula as its last computed result, a date as YYYY-MM-DD. */
export function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
