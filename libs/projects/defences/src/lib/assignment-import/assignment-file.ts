import { ASSIGNMENT_IMPORT_MAX_ROWS } from '@orbita/projects/rpc';
import {
  ArchiveLimitError,
  isBlank,
  normaliseHeader,
  readTabularFile,
  TooManyRowsError,
  UnreadableFileError,
  type CellValue,
} from '@orbita/tabular-files';

/** A cell of a row: its text (null when blank) and the column it is in, as headed in the file. */
export interface AssignmentCell {
  text: string | null;
  column: string;
}

/** A data row of a bulk assignment file, with the number the spreadsheet shows for it. */
export interface AssignmentFileRow {
  row: number;
  work: AssignmentCell;
  expert: AssignmentCell;
}

/** The file is not a table of assignments; the message says what to fix. */
export class AssignmentFileUnusable extends Error {}

/**
 * Header aliases (compared after normaliseHeader). A work is named by its id or its exact title (what a
 * coordinator has from the list of works); an expert by their registry person id.
 */
const WORK_ALIASES = ['работа', 'id работы', 'название работы', 'work', 'work id', 'work title', 'title'];
const EXPERT_ALIASES = ['эксперт', 'id эксперта', 'expert', 'expert id', 'expert person id', 'person id'];

/**
 * Reads a bulk assignment file: CSV (UTF-8 or Windows-1251, `;` `,` or tab) or XLSX, a header row with a
 * work column and an expert column (others ignored), then one row per assignment.
 */
export async function readAssignmentFile(content: Buffer): Promise<AssignmentFileRow[]> {
  let table;
  try {
    table = await readTabularFile(content, { maxRows: ASSIGNMENT_IMPORT_MAX_ROWS });
  } catch (error) {
    if (error instanceof TooManyRowsError)
      throw new AssignmentFileUnusable(
        `В файле больше ${ASSIGNMENT_IMPORT_MAX_ROWS} строк: разделите его на части`,
      );
    if (error instanceof ArchiveLimitError || error instanceof UnreadableFileError)
      throw new AssignmentFileUnusable('Файл не читается как CSV или XLSX');
    throw error;
  }
  if (!table.header || table.rows.length === 0)
    throw new AssignmentFileUnusable('В файле нет строк с назначениями под строкой заголовков');
  const labels = table.header.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
  const columnOf = (aliases: readonly string[], name: string): number => {
    const found = labels.flatMap((label, index) => (aliases.includes(normaliseHeader(label)) ? [index] : []));
    if (found.length === 0)
      throw new AssignmentFileUnusable(`Нет столбца «${name}» (id или название работы; id эксперта)`);
    if (found.length > 1)
      throw new AssignmentFileUnusable(`Столбец «${name}» встречается в заголовке дважды`);
    return found[0];
  };
  const workColumn = columnOf(WORK_ALIASES, 'Работа');
  const expertColumn = columnOf(EXPERT_ALIASES, 'Эксперт');
  const cell = (cells: CellValue[], column: number): AssignmentCell => {
    const value = cells[column] ?? null;
    return {
      text: isBlank(value) ? null : String(value).trim().replace(/\s+/g, ' '),
      column: labels[column],
    };
  };
  return table.rows.map(({ row, cells }) => ({
    row,
    work: cell(cells, workColumn),
    expert: cell(cells, expertColumn),
  }));
}
