import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { TableCollector, TooManyRowsError, UnreadableFileError, type Table } from './table';

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

/** How much text the parser is handed at a time. */
const SLICE_CHARS = 64 * 1024;

/**
 * A CSV file: encoding and delimiter detected; each record is a row (as Excel would number it). Records
 * are parsed as a stream and reading stops at the first data row past `maxRows` (`TooManyRowsError`).
 */
export async function readCsv(content: Buffer, maxRows?: number): Promise<Table> {
  const { text, encoding } = decodeCsv(content);
  if (text.includes('\u0000')) throw new UnreadableFileError('binary content');
  return { ...(await parseCsvText(slices(text), detectDelimiter(text), maxRows)), encoding };
}

/** Parses CSV text arriving in pieces, pulling no more of them than the rows up to the limit need. */
export async function parseCsvText(
  text: Iterable<string>,
  delimiter: string,
  maxRows?: number,
): Promise<Table> {
  const records = Readable.from(text).pipe(
    parse({ delimiter, relax_column_count: true, relax_quotes: true, trim: true }),
  );
  const collector = new TableCollector('csv', maxRows);
  let row = 0;
  try {
    for await (const cells of records as AsyncIterable<string[]>) collector.add({ row: ++row, cells });
  } catch (error) {
    if (error instanceof TooManyRowsError) throw error;
    throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
  } finally {
    records.destroy();
  }
  return collector.table();
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SLICE_CHARS, text.length);
    // A slice never ends between the halves of a surrogate pair, which would turn into U+FFFD.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}
