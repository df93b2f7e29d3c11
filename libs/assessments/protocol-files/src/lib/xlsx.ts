import ExcelJS from 'exceljs';
import { toTable, UnreadableFileError, type CellValue, type ProtocolTable, type TableRow } from './protocol-table';

/** Names of the template's sheets. */
export const PROTOCOL_SHEET = 'Протокол';
export const META_SHEET = 'meta';
export const CODES_SHEET = 'Коды';

/** XLSX files are ZIP archives. */
export const isZip = (content: Buffer): boolean => content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/**
 * An XLSX protocol: the sheet named "Протокол" (else the first visible sheet), cells as text or numbers
 * (formulas as their cached result), and the template's meta sheet when there is one.
 */
export async function readXlsx(content: Buffer): Promise<ProtocolTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  }
  const sheets = workbook.worksheets;
  const sheet =
    workbook.getWorksheet(PROTOCOL_SHEET) ??
    sheets.find((candidate) => candidate.state === 'visible' && candidate.name !== META_SHEET && candidate.name !== CODES_SHEET);
  if (!sheet) return toTable('xlsx', []);
  const metaSheet = workbook.getWorksheet(META_SHEET);
  return toTable('xlsx', rowsOf(sheet), metaSheet ? metaOf(metaSheet) : null);
}

function rowsOf(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push({ row: rowNumber, cells: Array.from(values, (value) => cellValue(value)) });
  });
  return rows;
}

function metaOf(sheet: ExcelJS.Worksheet): Record<string, string> {
  const meta: Record<string, string> = {};
  sheet.eachRow((row) => {
    const key = cellValue(row.getCell(1).value);
    const value = cellValue(row.getCell(2).value);
    if (key !== null && value !== null) meta[String(key)] = String(value);
  });
  return meta;
}

/** A cell's value as the user sees it: rich text as its text, a formula as its last computed result. */
function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
