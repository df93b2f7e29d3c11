import { isZip, parseSlot, readCsv, type ReadLimits } from '@orbita/tabular-files';
import type { ProtocolTable } from './protocol-table';
import { readProtocolXlsx } from './xlsx';

/** Reads a protocol file, XLSX or CSV, told apart by content rather than name, within the limits. */
export async function readProtocolFile(content: Buffer, limits: ReadLimits = {}): Promise<ProtocolTable> {
  return parseSlot(async () =>
    isZip(content)
      ? readProtocolXlsx(content, limits)
      : { ...(await readCsv(content, limits.maxRows)), meta: null },
  );
}
