import type { ProtocolFileFormat } from '@orbita/contracts';

/** A cell as read: text, a number (XLSX numeric cells), or nothing. */
export type CellValue = string | number | null;

/** A row of the file with the number the spreadsheet shows for it (1-based; blank rows keep their number). */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A protocol file read into rows, whatever its format. */
export interface ProtocolTable {
  format: ProtocolFileFormat;
  /** The first non-blank row; null for a file without any. */
  header: TableRow | null;
  /** The non-blank rows after the header. */
  rows: TableRow[];
  /** Key/value pairs of the template's hidden meta sheet (XLSX made from our template only). */
  meta: Readonly<Record<string, string>> | null;
  /** CSV only: the encoding detected. */
  encoding?: 'utf-8' | 'windows-1251';
}

/** The file is neither an XLSX workbook nor text that parses as CSV. */
export class UnreadableFileError extends Error {}

export const isBlank = (value: CellValue): boolean => value === null || (typeof value === 'string' && value.trim() === '');

/** Splits rows into the header (first non-blank row) and the non-blank rows after it. */
export function toTable(format: ProtocolFileFormat, rows: TableRow[], meta: ProtocolTable['meta'] = null): ProtocolTable {
  const filled = rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  const [header = null, ...data] = filled;
  return { format, header, rows: data, meta };
}
