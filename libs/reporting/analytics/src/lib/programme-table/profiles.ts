import type { ClassDelivery } from '@orbita/contracts';
import type { ProfileDirection } from '@orbita/reporting/rpc';

/** Profile subjects as the table names them; the regional centre may add codes, which show as they are. */
const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  math: 'математика',
  physics: 'физика',
  informatics: 'информатика',
  chemistry: 'химия',
  biology: 'биология',
};

const DELIVERY_NAMES: Readonly<Record<ClassDelivery, string>> = {
  lessons: 'урочная',
  lessons_and_extracurricular: 'урочная и внеурочная',
};

export const DIRECTION_NAMES: Readonly<Record<ProfileDirection, string>> = {
  natural_science: 'естественно-научное',
  physics_math: 'физико-математическое',
  technical: 'техническое',
  other: 'другое',
};

const NATURAL_SCIENCE = new Set(['chemistry', 'biology']);
const PHYSICS_MATH = new Set(['math', 'physics', 'informatics']);

export const subjectName = (code: string): string => SUBJECT_NAMES[code] ?? code;

export const deliveryName = (delivery: ClassDelivery): string => DELIVERY_NAMES[delivery];

/** The table's cell: `10: математика, физика, информатика`. */
export const profileCell = (grade: number, subjects: readonly string[]): string =>
  `${grade}: ${subjects.map(subjectName).join(', ')}`;

/**
 * The profile direction of a class, by its profile subjects:
 * 1. an explicit `technical` subject → technical;
 * 2. chemistry/biology make up at least half of the subjects → natural-science (химия, биология, математика);
 * 3. informatics without physics → technical (informatics-led: математика, информатика);
 * 4. any of math, physics, informatics → physics-math;
 * 5. otherwise (only subjects the table does not know) → other.
 */
export function profileDirection(subjects: readonly string[]): ProfileDirection {
  if (subjects.includes('technical')) return 'technical';
  const natural = subjects.filter((code) => NATURAL_SCIENCE.has(code)).length;
  if (natural > 0 && natural * 2 >= subjects.length) return 'natural_science';
  if (subjects.includes('informatics') && !subjects.includes('physics')) return 'technical';
  if (subjects.some((code) => PHYSICS_MATH.has(code))) return 'physics_math';
  return natural > 0 ? 'natural_science' : 'other';
}
