/** A cell as read: text, a number (XLSX numeric cells), or nothing. */
export type CellValue = string | number | null;

/** A row of the file with the number the spreadsheet shows for it (1-based; blank rows keep their number). */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A spreadsheet-like file read into rows, whatever its format. */
export interface Table {
  format: 'csv' | 'xlsx';
  /** The first non-blank row; null for a file without any. */
  header: TableRow | null;
  /** The non-blank rows after the header. */
  rows: TableRow[];
  /** CSV only: the encoding detected. */
  encoding?: 'utf-8' | 'windows-1251';
}

/** The file is neither an XLSX workbook nor text that parses as CSV. */
export class UnreadableFileError extends Error {}

export const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

/** Splits rows into the header (first non-blank row) and the non-blank rows after it. */
export function toTable(format: Table['format'], rows: TableRow[]): Table {
  const filled = rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  const [header = null, ...data] = filled;
  return { format, header, rows: data };
}

/** A header as compared with aliases: lower case, ё as е, without "(макс. 2)"-style remarks, single spaces. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s_]+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}
