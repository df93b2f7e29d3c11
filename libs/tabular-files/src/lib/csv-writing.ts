/**
 * A text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe, so that a value we write can never run as one when the file is opened in a spreadsheet.
 */
export const neutraliseFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One CSV field (RFC 4180): formulas neutralised, quoted when it holds a comma, a quote or a line break. */
const csvField = (value: string) => {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV text (UTF-8 without BOM, CRLF line ends as RFC 4180 writes them). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
