import type { ClassDelivery } from '@orbita/contracts';

/** A class group of the seed's programme table (2024/25, first half-year). */
export interface DemoClassGroup {
  /** The school's full name as the registry has it. */
  school: string;
  grade: number;
  label: string;
  profileSubjects: string[];
  delivery: ClassDelivery;
  students: number;
  /** Distinct teachers of the class (one per profile subject, more where a subject is shared). */
  teachers: number;
}

const MPI = ['math', 'physics', 'informatics'];
const CB = ['chemistry', 'biology'];

/**
 * The eleven class groups of seed 000 (see ../shared/DOMAIN.md): 8 schools, 177 students. The teacher
 * counts are ours: the seed gives only the total, 36.
 */
export const DEMO_CLASS_GROUPS: readonly DemoClassGroup[] = [
  {
    school: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
    grade: 10,
    label: '10 А',
    profileSubjects: MPI,
    delivery: 'lessons',
    students: 26,
    teachers: 4,
  },
  {
    school: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
    grade: 10,
    label: '10 Б',
    profileSubjects: CB,
    delivery: 'lessons',
    students: 24,
    teachers: 3,
  },
  {
    school: 'МАОУ Академический лицей г. Томска им. Г.А. Псахье',
    grade: 10,
    label: '10 А',
    profileSubjects: ['math', 'physics'],
    delivery: 'lessons',
    students: 9,
    teachers: 3,
  },
  {
    school: 'МАОУ СОШ № 4 им. И.С. Черных г. Томска',
    grade: 10,
    label: '10 А',
    profileSubjects: CB,
    delivery: 'lessons',
    students: 16,
    teachers: 3,
  },
  {
    school: 'МАОУ СОШ № 16 г. Томска',
    grade: 7,
    label: '7 А',
    profileSubjects: MPI,
    delivery: 'lessons_and_extracurricular',
    students: 16,
    teachers: 4,
  },
  {
    school: 'МАОУ Школа «Открытие» г. Томска',
    grade: 7,
    label: '7 А',
    profileSubjects: CB,
    delivery: 'lessons_and_extracurricular',
    students: 10,
    teachers: 3,
  },
  {
    school: 'МАОУ Школа «Открытие» г. Томска',
    grade: 7,
    label: '7 Б',
    profileSubjects: MPI,
    delivery: 'lessons_and_extracurricular',
    students: 11,
    teachers: 4,
  },
  {
    school: 'МАОУ Школа «Эврика-развитие» г. Томска',
    grade: 7,
    label: '7 А',
    profileSubjects: ['chemistry', 'biology', 'math'],
    delivery: 'lessons_and_extracurricular',
    students: 20,
    teachers: 4,
  },
  {
    school: 'МАОУ Школа «Эврика-развитие» г. Томска',
    grade: 10,
    label: '10 А',
    profileSubjects: ['math', 'informatics'],
    delivery: 'lessons_and_extracurricular',
    students: 8,
    teachers: 2,
  },
  {
    school: 'МОУ СОШ № 4 г.о. Стрежевой',
    grade: 7,
    label: '7 А',
    profileSubjects: MPI,
    delivery: 'lessons_and_extracurricular',
    students: 26,
    teachers: 3,
  },
  {
    school: 'МАОУ гимназия № 2 города Асино Томской области',
    grade: 7,
    label: '7 А',
    profileSubjects: MPI,
    delivery: 'lessons_and_extracurricular',
    students: 11,
    teachers: 3,
  },
];

/** Distinct teachers each school needs for its demo classes (no teacher is shared between classes). */
export function demoTeachersNeeded(): Map<string, number> {
  const needed = new Map<string, number>();
  for (const group of DEMO_CLASS_GROUPS)
    needed.set(group.school, (needed.get(group.school) ?? 0) + group.teachers);
  return needed;
}

/**
 * INVENTED names (none occurs in the seed documents: the spec checks), combined deterministically so
 * that seeding again produces the same people. Surnames as [male, female].
 */
const SURNAMES: readonly [string, string][] = [
  ['Ветлугин', 'Ветлугина'],
  ['Зорянский', 'Зорянская'],
  ['Кедрин', 'Кедрина'],
  ['Ловчиков', 'Ловчикова'],
  ['Мирошкин', 'Мирошкина'],
  ['Пажитнов', 'Пажитнова'],
  ['Рябинин', 'Рябинина'],
  ['Стрижов', 'Стрижова'],
  ['Тальников', 'Тальникова'],
  ['Ухтомцев', 'Ухтомцева'],
  ['Черемшин', 'Черемшина'],
  ['Ясенев', 'Ясенева'],
  ['Бережнов', 'Бережнова'],
  ['Голубцов', 'Голубцова'],
  ['Дубравин', 'Дубравина'],
  ['Ельников', 'Ельникова'],
  ['Жаворонков', 'Жаворонкова'],
  ['Ивушкин', 'Ивушкина'],
  ['Калинников', 'Калинникова'],
  ['Луговской', 'Луговская'],
  ['Овсянников', 'Овсянникова'],
  ['Полевой', 'Полевая'],
  ['Ручьёв', 'Ручьёва'],
  ['Снегирёв', 'Снегирёва'],
];
const MALE_NAMES = [
  'Артём',
  'Глеб',
  'Даниил',
  'Егор',
  'Кирилл',
  'Лев',
  'Матвей',
  'Никита',
  'Савелий',
  'Тимофей',
  'Фёдор',
  'Ярослав',
  'Марк',
];
const FEMALE_NAMES = [
  'Алиса',
  'Вероника',
  'Дарья',
  'Ева',
  'Злата',
  'Кира',
  'Милана',
  'Полина',
  'София',
  'Ульяна',
  'Василиса',
  'Таисия',
];
const FATHERS = [
  ['Андреевич', 'Андреевна'],
  ['Викторович', 'Викторовна'],
  ['Денисович', 'Денисовна'],
  ['Олегович', 'Олеговна'],
  ['Павлович', 'Павловна'],
  ['Романович', 'Романовна'],
  ['Сергеевич', 'Сергеевна'],
  ['Юрьевич', 'Юрьевна'],
  ['Ильич', 'Ильинична'],
];

export interface InventedPerson {
  surname: string;
  name: string;
  patronymic: string;
  gender: 'female' | 'male';
}

/** The n-th invented person (n from 0); steps are coprime with the list lengths, so combinations repeat late. */
export function inventedPerson(n: number): InventedPerson {
  const female = n % 2 === 0;
  const [male, fem] = SURNAMES[(n * 7) % SURNAMES.length];
  const names = female ? FEMALE_NAMES : MALE_NAMES;
  const [fatherM, fatherF] = FATHERS[(n * 5) % FATHERS.length];
  return {
    surname: female ? fem : male,
    name: names[Math.floor(n / 2) % names.length],
    patronymic: female ? fatherF : fatherM,
    gender: female ? 'female' : 'male',
  };
}

/**
 * The k-th teacher (from 1) the enrollment seed registers in the registry for the school numbered
 * `schoolNumber` (from 1, in the order of `demoTeachersNeeded()`) beyond the registry demo's own.
 */
export function demoAddedTeacher(schoolNumber: number, k: number): InventedPerson {
  return inventedPerson(1000 + schoolNumber * 10 + k);
}

export const DEMO_SURNAMES: readonly string[] = SURNAMES.flat();
