import { readCsv } from './csv';
import { parseSlot } from './parse-slots';
import type { Table } from './table';
import { isZip, readXlsx, type ReadLimits } from './xlsx';

/** Reads an XLSX or CSV file, told apart by content rather than name, within the limits. */
export async function readTabularFile(
  content: Buffer,
  limits: ReadLimits & { sheetName?: string } = {},
): Promise<Table> {
  return parseSlot(() =>
    isZip(content) ? readXlsx(content, limits.sheetName, limits) : readCsv(content, limits.maxRows),
  );
}
