// A region of any size for the simulator to serve (benchmarks, load): schools, classes of three teachers and up to
// 25 students, every person in one class. Deterministic: the same options, the same roster.
import { rosterRecords, seededRandom, type OneRosterRecord, type RosterData } from './demo-region';

export interface GeneratedRegionOptions {
  schools: number;
  /** Students and teachers together; every one is enrolled in a class. */
  people: number;
  seed?: number;
  modifiedAt?: string;
}

const TEACHERS_PER_CLASS = 3;
const STUDENTS_PER_CLASS = 25;
const GRADES = [7, 8, 9, 10, 11];
const PROFILES = [
  ['математика', 'физика', 'информатика'],
  ['химия', 'биология'],
  ['математика', 'физика'],
  ['химия', 'биология', 'математика'],
  ['математика', 'информатика'],
];

/** `schools` schools and `people` people in classes dealt to the schools in turn (`gen-school-001`, …). */
export function generatedRegionRoster({
  schools,
  people,
  seed = 0,
  modifiedAt = '2024-09-02T03:00:00.000Z',
}: GeneratedRegionOptions): RosterData {
  const records = rosterRecords(seededRandom(seed), modifiedAt);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const orgs = Array.from({ length: schools }, (_, i) =>
    records.org(`org-gen-school-${pad(i + 1, 3)}`, `МАОУ СОШ № ${i + 1}`, `gen-school-${pad(i + 1, 3)}`),
  );
  const users: OneRosterRecord[] = [];
  const classes: OneRosterRecord[] = [];
  const enrollments: OneRosterRecord[] = [];
  for (let index = 0; users.length < people; index += 1) {
    const school = orgs[index % schools]?.sourcedId ?? '';
    const grade = records.pick(GRADES);
    const classId = `class-${pad(index + 1, 5)}`;
    classes.push(records.programmeClass(classId, school, grade, records.pick(PROFILES)));
    for (let n = 0; n < TEACHERS_PER_CLASS + STUDENTS_PER_CLASS && users.length < people; n += 1) {
      const role = n < TEACHERS_PER_CLASS ? 'teacher' : 'student';
      const id = `user-${role === 'teacher' ? 't' : 's'}${pad(users.length + 1, 6)}`;
      users.push(records.user(id, role, school, grade));
      enrollments.push(records.enrollment(classId, id, role, school));
    }
  }
  return { orgs, users, classes, enrollments };
}
