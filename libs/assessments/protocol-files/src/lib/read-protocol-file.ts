import { readCsv } from './csv';
import type { ProtocolTable } from './protocol-table';
import { isZip, readXlsx } from './xlsx';

/** Reads a protocol file, XLSX or CSV, told apart by content rather than name. */
export async function readProtocolFile(content: Buffer): Promise<ProtocolTable> {
  return isZip(content) ? readXlsx(content) : readCsv(content);
}
