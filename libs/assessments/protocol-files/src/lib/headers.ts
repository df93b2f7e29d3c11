import { ProtocolProblemCode, type ProtocolProblem } from '@orbita/assessments/rpc';
import { normaliseHeader, type TableRow } from '@orbita/tabular-files';
import { CLASS_HEADER, CODE_HEADER, type ProtocolBlueprint } from './blueprint';

/** Which column (0-based) holds what; a column the blueprint does not know is ignored (e.g. "№ п/п"). */
export interface ColumnMap {
  code: number;
  classLabel: number;
  total?: number;
  work?: number;
  school?: number;
  /** Column of each task, in task order. */
  tasks: number[];
  /** Header text of each column as the file has it, for the report. */
  labels: string[];
}

type Field = 'code' | 'classLabel' | 'total' | 'work' | 'school';

/** Header aliases, Russian and English, compared after {@link normaliseHeader}. */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  code: ['код участника', 'код', 'code', 'participant code', 'participant', 'participant id', 'код ученика'],
  classLabel: ['класс', 'class', 'class label'],
  total: ['итого', 'сумма', 'total', 'sum', 'сумма баллов', 'итоговый балл', 'первичный балл', 'total score'],
  work: ['работа', 'work', 'work id', 'id работы'],
  school: ['школа', 'оо', 'school', 'school id', 'id школы'],
};

const FIELD_BY_ALIAS = new Map<string, Field>(
  (Object.entries(ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field] as const)),
);

/** "Задание 3", "Task 3", "З3", "з.3", or the bare label ("3", "2а"): the label is what follows the prefix. */
const TASK_PREFIX = /^(?:задание|задача|task)\s*№?\s*(.+)$|^(?:з|№)\s*\.?\s*(\d.*)$/;

/**
 * Maps the header row to the blueprint: every task, the participant code and the class must have
 * exactly one column; total, work and school columns are optional. Problems name the header cells (row 1).
 */
export function mapColumns(header: TableRow, blueprint: ProtocolBlueprint): { columns?: ColumnMap; problems: ProtocolProblem[] } {
  const labels = header.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
  const taskByKey = new Map<string, number>();
  blueprint.tasks.forEach((task, index) => {
    taskByKey.set(normaliseHeader(task.label), index);
    if (!taskByKey.has(String(task.number))) taskByKey.set(String(task.number), index);
  });

  const problems: ProtocolProblem[] = [];
  const found: Partial<Record<Field, number>> = {};
  const tasks: (number | undefined)[] = blueprint.tasks.map(() => undefined);
  const problem = (column: number, code: ProtocolProblemCode, message: string) =>
    problems.push({ row: header.row, column: labels[column], value: labels[column], code, message });

  labels.forEach((label, column) => {
    const text = normaliseHeader(label);
    if (!text) return;
    const field = FIELD_BY_ALIAS.get(text);
    if (field) {
      if (found[field] === undefined) found[field] = column;
      else problem(column, ProtocolProblemCode.COLUMN_DUPLICATE, `Столбец «${label}» повторяет столбец «${labels[found[field]]}»`);
      return;
    }
    const prefixed = TASK_PREFIX.exec(text);
    const key = (prefixed?.[1] ?? prefixed?.[2] ?? text).trim();
    const task = taskByKey.get(key);
    if (task !== undefined) {
      const earlier = tasks[task];
      if (earlier === undefined) tasks[task] = column;
      else problem(column, ProtocolProblemCode.COLUMN_DUPLICATE, `Столбец «${label}» повторяет столбец «${labels[earlier]}» (задание ${blueprint.tasks[task].label})`);
    } else if (prefixed || /^\d+$/.test(text)) {
      problem(column, ProtocolProblemCode.TASK_UNKNOWN, `В работе нет задания «${key}»: заданий ${blueprint.tasks.length} (${blueprint.tasks.map((t) => t.label).join(', ')})`);
    }
  });

  if (found.code === undefined) {
    problems.push({ row: header.row, column: CODE_HEADER, value: null, code: ProtocolProblemCode.COLUMN_MISSING, message: `Нет столбца «${CODE_HEADER}»` });
  }
  if (found.classLabel === undefined) {
    problems.push({ row: header.row, column: CLASS_HEADER, value: null, code: ProtocolProblemCode.COLUMN_MISSING, message: `Нет столбца «${CLASS_HEADER}»` });
  }
  tasks.forEach((column, index) => {
    if (column !== undefined) return;
    const task = blueprint.tasks[index];
    problems.push({
      row: header.row,
      column: `Задание ${task.label}`,
      value: null,
      code: ProtocolProblemCode.COLUMN_MISSING,
      message: `Нет столбца с баллами за задание ${task.label}`,
    });
  });
  if (problems.length > 0 || found.code === undefined || found.classLabel === undefined) return { problems };
  return {
    problems,
    columns: { code: found.code, classLabel: found.classLabel, total: found.total, work: found.work, school: found.school, tasks: tasks as number[], labels },
  };
}
