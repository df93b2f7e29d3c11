import type { ClassDelivery } from '@orbita/contracts';
import type { ProgrammeTableClassView } from '@orbita/reporting/rpc';

/** The status report's wording of each delivery (seed 000's «Реализация учебных дисциплин»). */
export const DELIVERY_CELLS: Readonly<Record<ClassDelivery, string>> = {
  lessons: 'В рамках урочной деятельности',
  lessons_and_extracurricular: 'В рамках урочной и внеурочной деятельности',
};

/** `10 класс: «Математика», «Физика»`, from the view's `10: математика, физика`. */
export function profileCell({ grade, profile }: Pick<ProgrammeTableClassView, 'grade' | 'profile'>): string {
  const subjects = profile.slice(profile.indexOf(':') + 1).trim();
  if (!subjects) return `${grade} класс`;
  const quoted = subjects
    .split(', ')
    .map((subject) => `«${subject.charAt(0).toUpperCase()}${subject.slice(1)}»`);
  return `${grade} класс: ${quoted.join(', ')}`;
}
