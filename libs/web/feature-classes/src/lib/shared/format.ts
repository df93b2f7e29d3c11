import type { TFunction } from 'i18next';
import type { Student } from './queries';

/** 2024 → «2024/25». */
export function schoolYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The school year running on a day: September starts the next one. */
export function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** School years a class may belong to, newest first. */
export function schoolYearOptions(include?: number): number[] {
  const newest = currentSchoolYear() + 1;
  const years = new Set<number>();
  for (let year = newest; year >= 2020; year--) years.add(year);
  if (include !== undefined) years.add(include);
  return [...years].sort((a, b) => b - a);
}

/** Today as 2024-09-01 (local calendar). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** A sensible date for an event of a school year: today when inside it, else its 1 September. */
export function defaultDateIn(schoolYear: number): string {
  const today = todayIso();
  return today >= `${schoolYear}-09-01` && today <= `${schoolYear + 1}-08-31` ? today : `${schoolYear}-09-01`;
}

export function fullName(student: Pick<Student, 'surname' | 'name' | 'patronymic'>): string {
  return [student.surname, student.name, student.patronymic].filter(Boolean).join(' ');
}

/** A subject by code: the translated name when we know it, else the server's title, else the code. */
export function subjectName(t: TFunction, code: string, title?: string): string {
  return t(`subjectNames.${code}`, { ns: 'classes', defaultValue: title ?? code });
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** «Математика, физика, информатика»: the first name as it is, the rest in lower case. */
export function subjectList(names: string[]): string {
  return names.map((name, index) => (index === 0 ? name : name.toLocaleLowerCase())).join(', ');
}

/** The usual order of profile subjects (as the programme's tables list them), unknown ones after. */
const SUBJECT_ORDER = ['math', 'physics', 'informatics', 'chemistry', 'biology'];

export function sortSubjects<T extends { code: string }>(subjects: T[]): T[] {
  const rank = (code: string) => {
    const index = SUBJECT_ORDER.indexOf(code);
    return index === -1 ? SUBJECT_ORDER.length : index;
  };
  return [...subjects].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}
