// The demo region as the Sirius.Schools platform holds it, for the platform's stand-in (apps/sirius-simulator,
// SIRIUS_SIMULATOR_ROSTER) under `npm start`: our demo's schools, classes and people of the current school year, so
// that reconciliation matches them. `node tools/scripts/run-ts.cjs tools/seeds/sirius-demo-roster.ts > roster.json`
import { demoSeedDay } from '@orbita/contracts';
import {
  DEMO_CLASS_GROUPS,
  demoAddedTeacher,
  demoBirthDate,
  demoClassStudents,
  demoSchoolYears,
  demoTeachersNeeded,
  inventedPerson,
  type DemoStudent,
  type InventedPerson,
} from '@orbita/enrollment/classes';
import type { OneRosterRecord, RosterData } from '@orbita/integration/simulator';
import { DEMO_PEOPLE, DEMO_SCHOOLS } from '@orbita/registry/demo-data';
import path from 'node:path';

/** A student of our demo by place: the class group's index in DEMO_CLASS_GROUPS and the student's in it. */
export interface DemoPlace {
  group: number;
  student: number;
}

/**
 * Where the platform deliberately differs from our class lists, so that the mismatch report has something to
 * show while the totals stay seed 000's: 177 student accounts (177 − 3 + 2 + 1) and 37 teachers, 214 in all.
 */
export const DEMO_ROSTER_DIVERGENCES = {
  /** Ours, never registered on the platform. */
  notRegistered: [
    { group: 0, student: 25 },
    { group: 3, student: 15 },
    { group: 9, student: 25 },
  ] as DemoPlace[],
  /** Registered on the platform in these classes, not in our lists (invented people of their own). */
  platformOnly: [4, 6],
  /** Ours, registered twice (a second account with the same names and birth date, in the same class). */
  duplicated: { group: 1, student: 0 } as DemoPlace,
  /** Ours (Эврика 7 А), in the platform's class of another grade (Эврика 10 А). */
  otherGrade: { from: { group: 7, student: 0 } as DemoPlace, toGroup: 8 },
  /** Ours, with the patronymic written another way: the first student of each group whose patronymic has one. */
  patronymicVariantGroups: [2, 5],
};

/** Spellings of patronymics met in real registrations (contracted forms) — a link proposal, not a match. */
const PATRONYMIC_VARIANTS: Readonly<Record<string, string>> = {
  Андреевич: 'Андреич',
  Андреевна: 'Андревна',
  Сергеевич: 'Сергеич',
  Сергеевна: 'Сергевна',
  Ильинична: 'Ильична',
  Павлович: 'Палыч',
};

/** Invented people far past both cohorts' and the added teachers' numbers. */
const PLATFORM_ONLY_FIRST = 5000;
const UNPLACED_TEACHER = 4000;

const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  math: 'математика',
  physics: 'физика',
  informatics: 'информатика',
  chemistry: 'химия',
  biology: 'биология',
};

/** The current school year (as the enrollment seed takes it on `today`) and its cohort's number. */
export function demoRosterYear(today = demoSeedDay()): { schoolYear: number; cohort: number } {
  const years = demoSchoolYears(today);
  return { schoolYear: years[years.length - 1], cohort: years.length - 1 };
}

/** The platform's roster of our demo region in the school year seeded on `today`, as the simulator serves it. */
export function siriusDemoRoster(today = demoSeedDay()): RosterData {
  const { schoolYear, cohort } = demoRosterYear(today);
  const base = { status: 'active' as const, dateLastModified: `${schoolYear}-09-02T03:00:00.000Z` };
  const ref = (sourcedId: string, type: string) => ({ sourcedId, type, href: '' });
  const schoolByName = new Map(DEMO_SCHOOLS.map((school) => [school.fullName, school]));
  const orgOf = (fullName: string) => {
    const school = schoolByName.get(fullName);
    if (!school) throw new Error(`The registry demo has no school «${fullName}»`);
    return school.siriusId;
  };

  const orgs: OneRosterRecord[] = DEMO_SCHOOLS.map((school) => ({
    ...base,
    sourcedId: school.siriusId,
    name: school.fullName,
    type: 'school',
    identifier: school.key,
  }));
  const classId = (group: number) => `class-${String(group + 1).padStart(2, '0')}`;
  const classes: OneRosterRecord[] = DEMO_CLASS_GROUPS.map((group, index) => {
    const subjects = group.profileSubjects.map((code) => SUBJECT_NAMES[code] ?? code);
    return {
      ...base,
      sourcedId: classId(index),
      title: `${group.label} (${subjects.join(', ')})`,
      classType: 'scheduled',
      school: ref(orgOf(group.school), 'org'),
      grades: [String(group.grade).padStart(2, '0')],
      subjects,
    };
  });

  const users: OneRosterRecord[] = [];
  const enrollments: OneRosterRecord[] = [];
  let students = 0;
  let teachers = 0;
  const register = (
    role: 'student' | 'teacher',
    person: Omit<InventedPerson, 'gender'> & { birthDate?: string },
    org: string,
    group: number | null,
    grade = group === null ? null : DEMO_CLASS_GROUPS[group].grade,
  ) => {
    const sourcedId =
      role === 'student'
        ? `user-s${String((students += 1)).padStart(4, '0')}`
        : `user-t${String((teachers += 1)).padStart(4, '0')}`;
    users.push({
      ...base,
      sourcedId,
      enabledUser: true,
      givenName: person.name,
      familyName: person.surname,
      middleName: person.patronymic,
      metadata: person.birthDate ? { birthDate: person.birthDate } : {},
      roles: [{ roleType: 'primary', role, org: ref(org, 'org') }],
      grades: role === 'student' && grade !== null ? [String(grade).padStart(2, '0')] : [],
    });
    if (group === null) return;
    enrollments.push({
      ...base,
      sourcedId: `enr-${classId(group)}-${sourcedId}`,
      role,
      primary: role === 'teacher',
      user: ref(sourcedId, 'user'),
      class: ref(classId(group), 'class'),
      school: ref(org, 'org'),
    });
  };

  const divergences = DEMO_ROSTER_DIVERGENCES;
  const at = (place: DemoPlace, group: number, student: number) =>
    place.group === group && place.student === student;
  const variantTaken = new Set<number>();
  const teacherLists = demoTeacherNames();
  const teachersTaken = new Map<string, number>();
  const ourClasses = demoClassStudents(schoolYear, cohort);
  // Invented people of the platform's own: the next whose names and birth date are none of ours.
  const ourPeople = new Set(ourClasses.flatMap((entry) => entry.students.map(namesAndBirthDate)));
  let stranger = PLATFORM_ONLY_FIRST;
  const strangerFor = (grade: number): DemoStudent => {
    for (; ; stranger++) {
      const person = { ...inventedPerson(stranger), birthDate: demoBirthDate(schoolYear, grade, stranger) };
      if (!ourPeople.has(namesAndBirthDate(person))) return (stranger++, person);
    }
  };
  for (const [group, { group: classGroup, students: ours }] of ourClasses.entries()) {
    const org = orgOf(classGroup.school);
    ours.forEach((student: DemoStudent, index) => {
      if (divergences.notRegistered.some((place) => at(place, group, index))) return;
      const variant = PATRONYMIC_VARIANTS[student.patronymic];
      if (variant && divergences.patronymicVariantGroups.includes(group) && !variantTaken.has(group)) {
        variantTaken.add(group);
        return register('student', { ...student, patronymic: variant }, org, group);
      }
      const placedIn = at(divergences.otherGrade.from, group, index) ? divergences.otherGrade.toGroup : group;
      register('student', student, org, placedIn, classGroup.grade);
      if (at(divergences.duplicated, group, index)) register('student', student, org, group);
    });
    for (const platformGroup of divergences.platformOnly)
      if (platformGroup === group) register('student', strangerFor(classGroup.grade), org, group);
    const taken = teachersTaken.get(classGroup.school) ?? 0;
    const schoolTeachers = teacherLists.get(classGroup.school) ?? [];
    for (const teacher of schoolTeachers.slice(taken, taken + classGroup.teachers))
      register('teacher', teacher, org, group);
    teachersTaken.set(classGroup.school, taken + classGroup.teachers);
  }
  // Registered on the platform, not (yet) in a class, and unknown to our registry.
  register('teacher', inventedPerson(UNPLACED_TEACHER), orgs[0]?.sourcedId ?? '', null);
  return { orgs, users, classes, enrollments };
}

const namesAndBirthDate = (person: DemoStudent) => `${person.surname}|${person.name}|${person.birthDate}`;

/**
 * Each demo school's teachers as the registry holds them after the seeds, in the order the enrollment seed
 * gives them classes: the registry demo's own, then those the enrollment seed adds.
 */
function demoTeacherNames(): Map<string, Omit<InventedPerson, 'gender'>[]> {
  const lists = new Map<string, Omit<InventedPerson, 'gender'>[]>();
  [...demoTeachersNeeded()].forEach(([fullName, needed], index) => {
    const school = DEMO_SCHOOLS.find((candidate) => candidate.fullName === fullName);
    const list: Omit<InventedPerson, 'gender'>[] = DEMO_PEOPLE.filter(
      (person) => person.organisationKey === school?.key && person.roles.includes('teacher'),
    );
    for (let k = 1; list.length < needed; k++) list.push(demoAddedTeacher(index + 1, k));
    lists.set(fullName, list);
  });
  return lists;
}

// Printed when run-ts.cjs runs this file (it requires it, so require.main is run-ts.cjs), not when imported.
if (path.resolve(process.argv[2] ?? '') === __filename)
  process.stdout.write(`${JSON.stringify(siriusDemoRoster(), null, 2)}\n`);
