import { schoolYearOf } from '@orbita/contracts';
import { UnitOfWork } from '@orbita/messaging';
import type { DataSource } from 'typeorm';
import { ClassesService } from '../classes/classes.service';
import { ProgrammeClass } from '../classes/programme-class.entity';
import { studentKey } from '../import/class-list-file';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership, EnrollmentOrder, Student } from '../students/student.entity';
import { StudentsService } from '../students/students.service';
import {
  DEMO_CLASS_GROUPS,
  inventedPerson,
  type DemoClassGroup,
  type InventedPerson,
} from './demo-class-groups';

export const DEMO_SCHOOL_YEAR = 2024;
const DEMO_PROGRAMME = 'sirius_partner_schools';

/** What the demo seed needs from the registry: school ids by full name, and teachers (person ids) by school id. */
export interface DemoRegistry {
  schools: ReadonlyMap<string, string>;
  teachers: ReadonlyMap<string, readonly string[]>;
}

/**
 * The eleven class groups of seed 000 with invented students (177) and registry teachers (36), through
 * the services so that class and enrollment events reach reporting: in 2024/25 and, given `today` past
 * it, in the current school year too (the same groups and teachers, a new cohort of invented students).
 * Idempotent: a class is found by (school, year, grade, label), a student of a class by name and birth
 * date.
 */
export async function seedEnrollmentDemo(
  dataSource: DataSource,
  registry: DemoRegistry,
  today?: string,
): Promise<string> {
  const summaries: string[] = [];
  for (const [cohort, schoolYear] of demoSchoolYears(today).entries())
    summaries.push(await seedYear(dataSource, registry, schoolYear, cohort));
  return summaries.join('; ');
}

/** The school years the demo seeds on `today`: 2024/25 and, past it, the current one (its cohort is the index). */
export function demoSchoolYears(today?: string): number[] {
  const current = today ? schoolYearOf(today) : DEMO_SCHOOL_YEAR;
  return current > DEMO_SCHOOL_YEAR ? [DEMO_SCHOOL_YEAR, current] : [DEMO_SCHOOL_YEAR];
}

export interface DemoStudent extends InventedPerson {
  birthDate: string;
}

/**
 * The invented students of one school year's class groups, in the seed's order: `cohort` counts the years
 * seeded before it, and each cohort's names run on from the previous cohort's.
 */
export function demoClassStudents(
  schoolYear: number,
  cohort: number,
): { group: DemoClassGroup; students: DemoStudent[] }[] {
  let n = cohort * DEMO_CLASS_GROUPS.reduce((sum, group) => sum + group.students, 0);
  return DEMO_CLASS_GROUPS.map((group) => ({
    group,
    students: Array.from({ length: group.students }, () => {
      const student = { ...inventedPerson(n), birthDate: demoBirthDate(schoolYear, group.grade, n) };
      n++;
      return student;
    }),
  }));
}

/** One school year's classes; `cohort` counts the years seeded before it (0 for 2024/25). */
async function seedYear(
  dataSource: DataSource,
  registry: DemoRegistry,
  schoolYear: number,
  cohort: number,
): Promise<string> {
  const store = new EnrollmentStore(new UnitOfWork(dataSource));
  const classes = new ClassesService(store);
  const students = new StudentsService(store);
  const demoOrder = { number: `ДЕМО-${cohort + 1}`, date: `${schoolYear}-08-30` };
  const teachersTaken = new Map<string, number>();
  let classesFormed = 0;
  let studentsEnrolled = 0;
  let studentsListed = 0;

  for (const { group, students: groupStudents } of demoClassStudents(schoolYear, cohort)) {
    const schoolId = registry.schools.get(group.school);
    if (!schoolId)
      throw new Error(`The registry has no school «${group.school}»: run the registry's seed first`);
    const taken = teachersTaken.get(schoolId) ?? 0;
    const teacherIds = (registry.teachers.get(schoolId) ?? []).slice(taken, taken + group.teachers);
    if (teacherIds.length < group.teachers)
      throw new Error(`«${group.school}» has too few teachers in the registry for its demo classes`);
    teachersTaken.set(schoolId, taken + group.teachers);

    const natural = { schoolId, schoolYear, grade: group.grade, label: group.label };
    let target = await dataSource.manager.findOneBy(ProgrammeClass, natural);
    if (!target) {
      const fields = {
        programmeCode: DEMO_PROGRAMME,
        ...natural,
        profileSubjects: group.profileSubjects,
        delivery: group.delivery,
        teachers: teacherIds.map((personId, index) => ({
          personId,
          subject: group.profileSubjects[index % group.profileSubjects.length],
        })),
      };
      target = await dataSource.manager.findOneByOrFail(ProgrammeClass, {
        id: (await classes.create(fields, schoolId)).id,
      });
      classesFormed++;
    }

    const order =
      (await dataSource.manager.findOneBy(EnrollmentOrder, { schoolId, ...demoOrder })) ??
      (await students.createOrder(demoOrder, schoolId));
    const present = await enrolledKeys(dataSource, target.id);
    for (const data of groupStudents) {
      studentsListed++;
      if (present.has(studentKey(data))) continue;
      const student = await students.create(data, schoolId);
      await students.enroll(
        {
          studentId: student.id,
          classId: target.id,
          orderId: order.id,
          enrolledOn: `${schoolYear}-09-01`,
          basis: { kind: group.grade === 7 ? 'work' : 'oge' },
        },
        schoolId,
      );
      studentsEnrolled++;
    }
  }
  return `${classesFormed} class(es) formed and ${studentsEnrolled} student(s) enrolled (of ${DEMO_CLASS_GROUPS.length} classes, ${studentsListed} students) in ${schoolYear}/${String(schoolYear + 1).slice(2)}`;
}

async function enrolledKeys(dataSource: DataSource, classId: string): Promise<Set<string>> {
  const rows = await dataSource.manager
    .createQueryBuilder(Student, 'student')
    .innerJoin(ClassMembership, 'membership', 'membership.studentId = student.id')
    .where('membership.classId = :classId AND membership.endedOn IS NULL', { classId })
    .getMany();
  return new Set(rows.map(studentKey));
}

/** A birth date fitting the grade in the school year (2024/25, grade 7: born 2011–12), spread over the year. */
export function demoBirthDate(schoolYear: number, grade: number, n: number): string {
  const year = schoolYear - grade - 6 + (n % 2);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String(((n * 3) % 28) + 1).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
