import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { toTable, UnreadableFileError, type Table } from './table';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The text of a CSV file: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1251,
 * which is what Excel writes for "CSV (разделители — запятые)" on a Russian Windows.
 */
export function decodeCsv(content: Buffer): { text: string; encoding: 'utf-8' | 'windows-1251' } {
  const body = content.subarray(0, 3).equals(UTF8_BOM) ? content.subarray(3) : content;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'win1251'), encoding: 'windows-1251' };
  }
}

/** The delimiter of the header line: whichever of `;` `,` and tab occurs most outside quotes (`;` on a tie). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, delimiter) =>
    (counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0) ? delimiter : best,
  );
}

/** A CSV file: encoding and delimiter detected; each record is a row (as Excel would number it). */
export function readCsv(content: Buffer): Table {
  const { text, encoding } = decodeCsv(content);
  if (text.includes('\u0000')) throw new UnreadableFileError('binary content');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
    });
  } catch (error) {
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  }
  return {
    ...toTable(
      'csv',
      records.map((cells, index) => ({ row: index + 1, cells })),
    ),
    encoding,
  };
}
