import { isZip, readCsv } from '@orbita/tabular-files';
import type { ProtocolTable } from './protocol-table';
import { readProtocolXlsx } from './xlsx';

/** Reads a protocol file, XLSX or CSV, told apart by content rather than name. */
export async function readProtocolFile(content: Buffer): Promise<ProtocolTable> {
  return isZip(content) ? readProtocolXlsx(content) : { ...readCsv(content), meta: null };
}
