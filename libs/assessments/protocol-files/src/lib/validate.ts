import { OPEN_PARTICIPANT_CODE, ProtocolProblemCode, type ProtocolProblem } from '@orbita/assessments/rpc';
import { isBlank, type CellValue, type TableRow } from '@orbita/tabular-files';
import { CODE_HEADER, TOTAL_HEADER, type ProtocolBlueprint } from './blueprint';
import { mapColumns, type ColumnMap } from './headers';
import type { ProtocolTable } from './protocol-table';

/** A row that passed every check, as stored and published. */
export interface ValidRow {
  row: number;
  participantCode: string;
  classLabel: string;
  scores: number[];
  total: number;
}

export interface ValidationOutcome {
  rows: ValidRow[];
  problems: ProtocolProblem[];
  /** Rows without any task score: participants who did not sit the work (e.g. pre-filled template codes). */
  skippedRows: number;
}

/** Reports `(rowsChecked, rowsTotal)`; awaited, so that a caller may also yield to the event loop. */
export type ValidationProgress = (processed: number, total: number) => void | Promise<void>;

const PROGRESS_EVERY = 1000;
const MAX_CLASS_LENGTH = 20;
/** Totals are compared to the sum of the scores with this tolerance (both have at most 2 decimals). */
const TOTAL_TOLERANCE = 0.005;

/**
 * Checks a protocol file against the blueprint: the header first (without the columns nothing else can
 * be read), then every row. Returns every problem found, each naming its row and column, in Russian.
 */
export async function validateProtocolTable(
  table: ProtocolTable,
  blueprint: ProtocolBlueprint,
  onProgress?: ValidationProgress,
): Promise<ValidationOutcome> {
  const empty = (message: string): ValidationOutcome => ({
    rows: [],
    skippedRows: 0,
    problems: [{ row: null, column: null, value: null, code: ProtocolProblemCode.FILE_EMPTY, message }],
  });
  if (!table.header) return empty('Файл пуст: в нём нет ни заголовка, ни строк с результатами');
  const problems = metaProblems(table, blueprint);
  const { columns, problems: headerProblems } = mapColumns(table.header, blueprint);
  if (!columns) return { rows: [], skippedRows: 0, problems: [...problems, ...headerProblems] };
  if (table.rows.length === 0) return empty('В файле есть заголовок, но нет ни одной строки с результатами');

  const checker = new RowChecker(blueprint, columns);
  const rows: ValidRow[] = [];
  let skippedRows = 0;
  for (const [index, row] of table.rows.entries()) {
    const outcome = checker.check(row);
    if (outcome === 'skipped') skippedRows++;
    else if (outcome) rows.push(outcome);
    if ((index + 1) % PROGRESS_EVERY === 0) await onProgress?.(index + 1, table.rows.length);
  }
  await onProgress?.(table.rows.length, table.rows.length);
  if (rows.length === 0 && checker.problems.length === 0 && problems.length === 0) {
    return { ...empty('Ни в одной строке нет баллов за задания'), skippedRows };
  }
  return { rows, skippedRows, problems: [...problems, ...checker.problems] };
}

/** The template's meta sheet names the work and school it was made for. */
function metaProblems({ meta }: ProtocolTable, blueprint: ProtocolBlueprint): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  if (meta?.['workId'] && meta['workId'] !== blueprint.workId) {
    problems.push({
      row: null,
      column: null,
      value: meta['workId'],
      code: ProtocolProblemCode.WORK_MISMATCH,
      message: 'Файл сделан по шаблону другой диагностической работы: скачайте шаблон этой работы',
    });
  }
  if (meta?.['schoolId'] && meta['schoolId'] !== blueprint.schoolId) {
    problems.push({
      row: null,
      column: null,
      value: meta['schoolId'],
      code: ProtocolProblemCode.SCHOOL_MISMATCH,
      message: 'Файл сделан по шаблону другой школы: скачайте шаблон своей школы',
    });
  }
  return problems;
}

class RowChecker {
  readonly problems: ProtocolProblem[] = [];
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly blueprint: ProtocolBlueprint,
    private readonly columns: ColumnMap,
  ) {}

  /** The valid row, `'skipped'` for a row without scores, or undefined when it has problems. */
  check(row: TableRow): ValidRow | 'skipped' | undefined {
    const { columns, blueprint } = this;
    const cell = (column: number | undefined) => (column === undefined ? null : (row.cells[column] ?? null));
    if (columns.tasks.every((column) => isBlank(cell(column)))) return 'skipped';
    const before = this.problems.length;
    const problem = (column: number | string, value: CellValue, code: ProtocolProblemCode, message: string) =>
      this.problems.push({
        row: row.row,
        column: typeof column === 'number' ? columns.labels[column] : column,
        value: value === null ? null : String(value),
        code,
        message,
      });

    const participantCode = this.code(cell(columns.code), row.row, (code, message) => problem(columns.code, cell(columns.code), code, message));
    const classLabel = text(cell(columns.classLabel));
    if (!classLabel) problem(columns.classLabel, null, ProtocolProblemCode.CLASS_MISSING, 'Не указан класс');
    if (classLabel.length > MAX_CLASS_LENGTH) {
      problem(columns.classLabel, classLabel, ProtocolProblemCode.CLASS_TOO_LONG, `Класс длиннее ${MAX_CLASS_LENGTH} символов`);
    }
    for (const [field, expected, code, what] of [
      [columns.work, blueprint.workId, ProtocolProblemCode.WORK_MISMATCH, 'другой работы'],
      [columns.school, blueprint.schoolId, ProtocolProblemCode.SCHOOL_MISMATCH, 'другой школы'],
    ] as const) {
      const value = text(cell(field));
      if (field !== undefined && value && value.toLowerCase() !== expected) problem(field, value, code, `Строка относится к ${what}`);
    }

    const scores = blueprint.tasks.map((task, index) => {
      const column = columns.tasks[index];
      const value = cell(column);
      const parsed = parseScore(value);
      if (typeof parsed === 'number' && (parsed < 0 || parsed > task.maxScore)) {
        problem(column, value, ProtocolProblemCode.SCORE_OUT_OF_RANGE, `Балл за задание ${task.label} должен быть от 0 до ${task.maxScore}`);
        return undefined;
      }
      if (typeof parsed === 'number') return parsed;
      const messages: Record<ScoreProblem, string> = {
        [ProtocolProblemCode.SCORE_MISSING]: `Нет балла за задание ${task.label}`,
        [ProtocolProblemCode.SCORE_NOT_A_NUMBER]: `Балл за задание ${task.label} — не число`,
        [ProtocolProblemCode.SCORE_TOO_PRECISE]: `Балл за задание ${task.label}: не больше двух знаков после запятой`,
      };
      problem(column, value, parsed, messages[parsed]);
      return undefined;
    });

    const sum = round2(scores.reduce<number>((acc, score) => acc + (score ?? 0), 0));
    const totalCell = cell(columns.total);
    let total = sum;
    if (columns.total !== undefined && !isBlank(totalCell)) {
      const parsed = parseScore(totalCell);
      if (typeof parsed !== 'number') {
        problem(columns.total, totalCell, ProtocolProblemCode.TOTAL_NOT_A_NUMBER, `«${TOTAL_HEADER}» — не число`);
      } else if (scores.every((score) => score !== undefined) && Math.abs(parsed - sum) > TOTAL_TOLERANCE) {
        problem(columns.total, totalCell, ProtocolProblemCode.TOTAL_MISMATCH, `«${TOTAL_HEADER}» ${parsed}, а сумма баллов по заданиям ${sum}`);
      } else {
        total = parsed;
      }
    }
    if (this.problems.length > before || participantCode === undefined) return undefined;
    return { row: row.row, participantCode, classLabel, scores: scores as number[], total };
  }

  /** The participant code in canonical (upper) case, after checking it is known and not repeated. */
  private code(value: CellValue, rowNumber: number, problem: (code: ProtocolProblemCode, message: string) => void): string | undefined {
    const code = text(value).toUpperCase();
    if (!code) return void problem(ProtocolProblemCode.CODE_MISSING, `Нет кода участника (${CODE_HEADER})`);
    const codes = this.blueprint.codes;
    if (codes.open ? !OPEN_PARTICIPANT_CODE.test(code) : !codes.issued.has(code)) {
      return void problem(
        ProtocolProblemCode.CODE_UNKNOWN,
        codes.open
          ? 'Код участника может состоять только из латинских букв, цифр и дефиса (до 50 символов)'
          : `Код ${code} не выдавался этой школе для этой работы`,
      );
    }
    const earlier = this.seen.get(code);
    if (earlier !== undefined) return void problem(ProtocolProblemCode.CODE_DUPLICATE, `Код ${code} уже есть в строке ${earlier}`);
    this.seen.set(code, rowNumber);
    return code;
  }
}

type ScoreProblem = ProtocolProblemCode.SCORE_MISSING | ProtocolProblemCode.SCORE_NOT_A_NUMBER | ProtocolProblemCode.SCORE_TOO_PRECISE;

/** A score as a number with at most two decimals; a decimal comma is fine ("1,5"). */
export function parseScore(value: CellValue): number | ScoreProblem {
  if (isBlank(value)) return ProtocolProblemCode.SCORE_MISSING;
  let number = typeof value === 'number' ? value : NaN;
  if (typeof value === 'string') {
    const written = value.replace(/\s/g, '');
    if (/^[-+]?\d+(?:[.,]\d+)?$/.test(written)) number = Number(written.replace(',', '.'));
  }
  if (!Number.isFinite(number)) return ProtocolProblemCode.SCORE_NOT_A_NUMBER;
  if (Math.abs(round2(number) - number) > 1e-9) return ProtocolProblemCode.SCORE_TOO_PRECISE;
  return round2(number);
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const text = (value: CellValue) => (value === null ? '' : String(value).trim());
