// The demo region as the platform would hold it: seed 000's eight schools and eleven classes, 177 students
// and 37 teachers registered (214 in all, the seed's figure; 36 teachers lead the classes, one is registered
// without a class). Names and birth dates are invented by a seeded generator: the same seed, the same people.

/** The schools' external ids are the demo registry's school keys (libs/registry/demo-data). */
export const DEMO_REGION_SCHOOLS = [
  { key: 'lyceum-1-tomsk', name: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска' },
  { key: 'academic-lyceum-tomsk', name: 'МАОУ Академический лицей г. Томска им. Г.А. Псахье' },
  { key: 'school-4-tomsk', name: 'МАОУ СОШ № 4 им. И.С. Черных г. Томска' },
  { key: 'school-16-tomsk', name: 'МАОУ СОШ № 16 г. Томска' },
  { key: 'otkrytie-tomsk', name: 'МАОУ Школа «Открытие» г. Томска' },
  { key: 'evrika-tomsk', name: 'МАОУ Школа «Эврика-развитие» г. Томска' },
  { key: 'school-4-strezhevoy', name: 'МОУ СОШ № 4 г.о. Стрежевой' },
  { key: 'gymnasium-2-asino', name: 'МАОУ гимназия № 2 города Асино Томской области' },
] as const;

/** Seed 000's table: school (index above), grade, profile subjects, students. */
const DEMO_CLASSES: ReadonlyArray<{ school: number; grade: number; subjects: string[]; students: number }> = [
  { school: 0, grade: 10, subjects: ['математика', 'физика', 'информатика'], students: 26 },
  { school: 0, grade: 10, subjects: ['химия', 'биология'], students: 24 },
  { school: 1, grade: 10, subjects: ['математика', 'физика'], students: 9 },
  { school: 2, grade: 10, subjects: ['химия', 'биология'], students: 16 },
  { school: 3, grade: 7, subjects: ['математика', 'физика', 'информатика'], students: 16 },
  { school: 4, grade: 7, subjects: ['химия', 'биология'], students: 10 },
  { school: 4, grade: 7, subjects: ['математика', 'физика', 'информатика'], students: 11 },
  { school: 5, grade: 7, subjects: ['химия', 'биология', 'математика'], students: 20 },
  { school: 5, grade: 10, subjects: ['математика', 'информатика'], students: 8 },
  { school: 6, grade: 7, subjects: ['математика', 'физика', 'информатика'], students: 26 },
  { school: 7, grade: 7, subjects: ['математика', 'физика', 'информатика'], students: 11 },
];

const TEACHERS_IN_CLASSES = 36;

export interface OneRosterRecord {
  sourcedId: string;
  status: 'active' | 'tobedeleted';
  dateLastModified: string;
  [field: string]: unknown;
}

export interface RosterData {
  orgs: OneRosterRecord[];
  users: OneRosterRecord[];
  classes: OneRosterRecord[];
  enrollments: OneRosterRecord[];
}

export type RosterCollection = keyof RosterData;

/** mulberry32: a small seeded generator, enough for invented names. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALE = [
  'Алексей',
  'Иван',
  'Дмитрий',
  'Максим',
  'Артём',
  'Никита',
  'Егор',
  'Матвей',
  'Кирилл',
  'Роман',
  'Глеб',
  'Тимофей',
];
const FEMALE = [
  'Анна',
  'Мария',
  'Дарья',
  'Полина',
  'Виктория',
  'Алиса',
  'Софья',
  'Вера',
  'Ксения',
  'Ульяна',
  'Ева',
  'Милана',
];
const SURNAMES = [
  'Соколов',
  'Лебедев',
  'Морозов',
  'Волков',
  'Зайцев',
  'Белов',
  'Комаров',
  'Орлов',
  'Киселёв',
  'Макаров',
  'Ершов',
  'Гусев',
  'Титов',
  'Фомин',
  'Нестеров',
  'Жуков',
];
const PATRONYMIC_ROOTS = [
  'Алексеев',
  'Иванов',
  'Сергеев',
  'Андреев',
  'Павлов',
  'Олегов',
  'Викторов',
  'Николаев',
];

export type RosterRole = 'teacher' | 'student';

/**
 * Roster records of invented people, schools, classes and enrollments, every one last modified at `modifiedAt`;
 * names and birth dates drawn from `random`, so the same generator makes the same people.
 */
export function rosterRecords(random: () => number, modifiedAt: string) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const base = { status: 'active' as const, dateLastModified: modifiedAt };
  const ref = (sourcedId: string, type: string) => ({ sourcedId, type, href: '' });
  const person = (adult: boolean, grade: number) => {
    const female = random() < 0.5;
    const birthYear = adult ? 1965 + Math.floor(random() * 35) : 2024 - grade - 6 + Math.floor(random() * 2);
    const birthDate = `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    return {
      givenName: pick(female ? FEMALE : MALE),
      familyName: `${pick(SURNAMES)}${female ? 'а' : ''}`,
      middleName: `${pick(PATRONYMIC_ROOTS)}${female ? 'на' : 'ич'}`,
      metadata: { birthDate },
    };
  };
  return {
    pick,
    org: (sourcedId: string, name: string, identifier: string): OneRosterRecord => ({
      ...base,
      sourcedId,
      name,
      type: 'school',
      identifier,
    }),
    user: (sourcedId: string, role: RosterRole, school: string, grade: number): OneRosterRecord => ({
      ...base,
      sourcedId,
      enabledUser: true,
      ...person(role === 'teacher', grade),
      roles: [{ roleType: 'primary', role, org: ref(school, 'org') }],
      grades: role === 'student' ? [String(grade).padStart(2, '0')] : [],
    }),
    programmeClass: (
      sourcedId: string,
      school: string,
      grade: number,
      subjects: string[],
    ): OneRosterRecord => ({
      ...base,
      sourcedId,
      title: `${grade} (${subjects.join(', ')})`,
      classType: 'scheduled',
      school: ref(school, 'org'),
      grades: [String(grade).padStart(2, '0')],
      subjects,
    }),
    enrollment: (classId: string, userId: string, role: RosterRole, school: string): OneRosterRecord => ({
      ...base,
      sourcedId: `enr-${classId}-${userId}`,
      role,
      primary: role === 'teacher',
      user: ref(userId, 'user'),
      class: ref(classId, 'class'),
      school: ref(school, 'org'),
    }),
  };
}

/** The demo region's roster, every record last modified at `modifiedAt`. */
export function demoRegionRoster(seed = 0, modifiedAt = '2024-09-02T03:00:00.000Z'): RosterData {
  const records = rosterRecords(seededRandom(seed), modifiedAt);
  const orgs = DEMO_REGION_SCHOOLS.map((school) => records.org(`org-${school.key}`, school.name, school.key));
  const users: OneRosterRecord[] = [];
  const classes: OneRosterRecord[] = [];
  const enrollments: OneRosterRecord[] = [];
  let students = 0;
  let teachers = 0;
  DEMO_CLASSES.forEach((row, index) => {
    const school = orgs[row.school]?.sourcedId ?? '';
    const classId = `class-${String(index + 1).padStart(2, '0')}`;
    classes.push(records.programmeClass(classId, school, row.grade, row.subjects));
    for (let n = 0; n < row.students; n += 1) {
      const id = `user-s${String((students += 1)).padStart(4, '0')}`;
      users.push(records.user(id, 'student', school, row.grade));
      enrollments.push(records.enrollment(classId, id, 'student', school));
    }
    // 36 teachers over 11 classes: three each, four in the first three.
    const share =
      Math.floor(TEACHERS_IN_CLASSES / DEMO_CLASSES.length) +
      (index < TEACHERS_IN_CLASSES % DEMO_CLASSES.length ? 1 : 0);
    for (let n = 0; n < share; n += 1) {
      const id = `user-t${String((teachers += 1)).padStart(4, '0')}`;
      users.push(records.user(id, 'teacher', school, row.grade));
      enrollments.push(records.enrollment(classId, id, 'teacher', school));
    }
  });
  // Registered on the platform, not (yet) in a class.
  users.push(
    records.user(`user-t${String((teachers += 1)).padStart(4, '0')}`, 'teacher', orgs[0]?.sourcedId ?? '', 0),
  );
  return { orgs, users, classes, enrollments };
}
