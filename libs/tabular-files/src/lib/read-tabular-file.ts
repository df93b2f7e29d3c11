import { readCsv } from './csv';
import type { Table } from './table';
import { isZip, readXlsx } from './xlsx';

/** Reads an XLSX or CSV file, told apart by content rather than name. */
export async function readTabularFile(content: Buffer, sheetName?: string): Promise<Table> {
  return isZip(content) ? readXlsx(content, sheetName) : readCsv(content);
}
