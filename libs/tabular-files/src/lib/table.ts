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

/** More data rows than the limit: reading stopped at the first one past it, so the exact count is unknown. */
export class TooManyRowsError extends Error {
  constructor(readonly maxRows: number) {
    super(`The file has more than ${maxRows} data rows`);
  }
}

export const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Collects rows as they are read into the header (first non-blank row) and the non-blank rows after it;
 * throws `TooManyRowsError` at the first data row past `maxRows`, so a reader can stop there.
 */
export class TableCollector {
  private header: TableRow | null = null;
  private readonly rows: TableRow[] = [];

  constructor(
    private readonly format: Table['format'],
    private readonly maxRows = Number.POSITIVE_INFINITY,
  ) {}

  add(row: TableRow): void {
    if (!row.cells.some((cell) => !isBlank(cell))) return;
    if (!this.header) this.header = row;
    else if (this.rows.push(row) > this.maxRows) throw new TooManyRowsError(this.maxRows);
  }

  table(): Table {
    return { format: this.format, header: this.header, rows: this.rows };
  }
}

/** Splits rows into the header (first non-blank row) and the non-blank rows after it. */
export function toTable(format: Table['format'], rows: TableRow[], maxRows?: number): Table {
  const collector = new TableCollector(format, maxRows);
  for (const row of rows) collector.add(row);
  return collector.table();
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
