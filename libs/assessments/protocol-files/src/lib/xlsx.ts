import { cellValue, loadWorkbook, sheetRows, toTable, type ReadLimits } from '@orbita/tabular-files';
import type ExcelJS from 'exceljs';
import type { ProtocolTable } from './protocol-table';

/** Names of the template's sheets. */
export const PROTOCOL_SHEET = 'Протокол';
export const META_SHEET = 'meta';
export const CODES_SHEET = 'Коды';

/**
 * An XLSX protocol: the sheet named "Протокол" (else the first visible sheet that is not one of the
 * template's own), and the template's meta sheet when there is one.
 */
export async function readProtocolXlsx(content: Buffer, limits: ReadLimits = {}): Promise<ProtocolTable> {
  const workbook = await loadWorkbook(content, limits);
  const sheet =
    workbook.getWorksheet(PROTOCOL_SHEET) ??
    workbook.worksheets.find((candidate) => candidate.state === 'visible' && candidate.name !== META_SHEET && candidate.name !== CODES_SHEET);
  const metaSheet = workbook.getWorksheet(META_SHEET);
  return { ...toTable('xlsx', sheet ? sheetRows(sheet) : [], limits.maxRows), meta: sheet && metaSheet ? metaOf(metaSheet) : null };
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
