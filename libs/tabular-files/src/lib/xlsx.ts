import ExcelJS from 'exceljs';
import {
  toTable,
  TooManyRowsError,
  UnreadableFileError,
  type CellValue,
  type Table,
  type TableRow,
} from './table';
import { CheckedZip } from './zip';

/** What reading a file may cost: data rows, `TooManyRowsError` past them (an XLSX also within `DEFAULT_ZIP_LIMITS`). */
export interface ReadLimits {
  maxRows?: number;
}

/** XLSX files are ZIP archives. */
export const isZip = (content: Buffer): boolean =>
  content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/** A workbook, loaded only after its package passed `checkPackage`. */
export async function loadWorkbook(content: Buffer, limits: ReadLimits = {}): Promise<ExcelJS.Workbook> {
  await checkPackage(content, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

/** Worksheet parts of a package: their rows are counted while it is checked. */
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * ExcelJS inflates the whole package into memory, so first: the central directory against the ZIP limits
 * (nothing inflated), then every entry inflated and thrown away, which proves the declared sizes true and
 * counts the rows each worksheet defines. A sheet past the row limit (plus its header) stops it there.
 */
async function checkPackage(content: Buffer, { maxRows }: ReadLimits): Promise<void> {
  const zip = await CheckedZip.open(content);
  const counters = new Map<string, RowCounter>();
  await zip.verify((entry, chunk) => {
    if (maxRows === undefined || !WORKSHEET_PART.test(entry.fileName)) return;
    const counter = counters.get(entry.fileName) ?? new RowCounter();
    counters.set(entry.fileName, counter);
    if (counter.add(chunk) > maxRows + 1) throw new TooManyRowsError(maxRows);
  });
}

/** Counts `<row>` start tags in a worksheet's XML as it streams by; a tag may straddle two chunks. */
class RowCounter {
  private count = 0;
  private tail = '';

  add(chunk: Buffer): number {
    // Tags are ASCII: latin1 keeps one character per byte whatever the text around them.
    const text = this.tail + chunk.toString('latin1');
    this.count += text.match(/<row[\s>/]/g)?.length ?? 0;
    // Shorter than a whole tag, so nothing counted is counted again.
    this.tail = text.slice(-4);
    return this.count;
  }
}

/** An XLSX file: the sheet named `sheetName` when there is one, else the first visible sheet. */
export async function readXlsx(content: Buffer, sheetName?: string, limits: ReadLimits = {}): Promise<Table> {
  const workbook = await loadWorkbook(content, limits);
  const sheet =
    (sheetName ? workbook.getWorksheet(sheetName) : undefined) ??
    workbook.worksheets.find((candidate) => candidate.state === 'visible');
  // Counted again exactly: a package whose tags carry a namespace prefix passed the count above uncounted.
  return toTable('xlsx', sheet ? sheetRows(sheet) : [], limits.maxRows);
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
