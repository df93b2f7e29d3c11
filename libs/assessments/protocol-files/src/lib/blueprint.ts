/** What a protocol file is checked against: the work's current blueprint for one school. */
export interface ProtocolBlueprint {
  workId: string;
  schoolId: string;
  tasks: readonly { number: number; label: string; maxScore: number }[];
  /** `open`: any code of letters, digits and hyphens; else only the codes issued for the school. */
  codes: { open: true } | { open: false; issued: ReadonlySet<string> };
}

/** The header text of a task's column in the template, e.g. "Задание 3 (макс. 2)". */
export const taskHeader = (task: { label: string; maxScore: number }) => `Задание ${task.label} (макс. ${task.maxScore})`;

export const CODE_HEADER = 'Код участника';
export const CLASS_HEADER = 'Класс';
export const TOTAL_HEADER = 'Итого';
