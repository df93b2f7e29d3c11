import { CLASS_FORMED_V1, type ClassTeacherV1 } from '@orbita/contracts';
import { EnrollmentFixture } from '../../test/enrollment.fixture';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { In } from 'typeorm';
import { ProgrammeClass } from '../classes/programme-class.entity';
import { ClassMembership, Student } from '../students/student.entity';
import { DEMO_CLASS_GROUPS, DEMO_SURNAMES, demoTeachersNeeded } from './demo-class-groups';
import { seedEnrollmentDemo, type DemoRegistry } from './seed-enrollment-demo';

// The repo sits at /work/main, the seeds at /work/shared/seeds.
const SEEDS_DIR = path.resolve(__dirname, '../../../../../../../shared/seeds');

/** A registry as the seed finds it: the eight schools, each with as many teachers as its classes need. */
function fakeRegistry(): DemoRegistry {
  const schools = new Map([...demoTeachersNeeded().keys()].map((name) => [name, randomUUID()]));
  const teachers = new Map(
    [...demoTeachersNeeded()].map(([name, count]) => [
      schools.get(name) as string,
      Array.from({ length: count }, () => randomUUID()),
    ]),
  );
  return { schools, teachers };
}

describe('enrollment demo data', () => {
  let service: EnrollmentFixture;

  beforeAll(async () => {
    service = await EnrollmentFixture.start();
  }, 60_000);

  afterAll(() => service?.close());

  it('is the seed’s table: 8 schools, 11 classes, 177 students, 36 teachers — and the same when run twice', async () => {
    const registry = fakeRegistry();
    await seedEnrollmentDemo(service.dataSource, registry);
    const summary = await seedEnrollmentDemo(service.dataSource, registry);
    expect(summary).toMatch(/^0 class\(es\) formed and 0 student\(s\) enrolled/);

    const manager = service.dataSource.manager;
    const classes = await manager.find(ProgrammeClass);
    expect(classes).toHaveLength(11);
    expect(new Set(classes.map((record) => record.schoolId)).size).toBe(8);
    expect(await manager.count(Student)).toBe(177);
    expect(await manager.countBy(ClassMembership, { basisKind: 'oge' })).toBe(26 + 24 + 9 + 16 + 8);
    const teachers = classes.flatMap((record) =>
      record.teachers.map((teacher: ClassTeacherV1) => teacher.personId),
    );
    expect(new Set(teachers).size).toBe(36);
    for (const record of classes)
      expect(record.teachers.every((teacher) => record.profileSubjects.includes(teacher.subject))).toBe(true);

    const counts = await manager
      .createQueryBuilder(ClassMembership, 'm')
      .select('m.classId', 'classId')
      .addSelect('count(*)::int', 'count')
      .groupBy('m.classId')
      .getRawMany<{ classId: string; count: number }>();
    const byGroup = DEMO_CLASS_GROUPS.map((group) => {
      const record = classes.find(
        (c) => c.schoolId === registry.schools.get(group.school) && c.label === group.label,
      );
      return counts.find((row) => row.classId === record?.id)?.count;
    });
    expect(byGroup).toEqual([26, 24, 9, 16, 16, 10, 11, 20, 8, 26, 11]);
    expect(await service.published(CLASS_FORMED_V1.subject, {}, 11)).toHaveLength(11);
  }, 60_000);

  it('adds the current school year: the same eleven classes and teachers, a new cohort of 177 students', async () => {
    const registry = fakeRegistry();
    const summary = await seedEnrollmentDemo(service.dataSource, registry, '2026-12-07');
    expect(summary).toMatch(/; 11 class\(es\) formed and 177 student\(s\) enrolled \(.*\) in 2026\/27$/);
    expect(await seedEnrollmentDemo(service.dataSource, registry, '2026-12-07')).toMatch(
      /; 0 class\(es\) formed and 0 student\(s\) enrolled \(.*\) in 2026\/27$/,
    );
    const manager = service.dataSource.manager;
    const current = await manager.findBy(ProgrammeClass, { schoolYear: 2026 });
    expect(current).toHaveLength(11);
    expect(await manager.countBy(ClassMembership, { classId: In(current.map((record) => record.id)) })).toBe(
      177,
    );
    // Grade 7 of 2026/27 was born in 2013–14.
    const [{ years }] = await manager.query(
      `SELECT array_agg(DISTINCT extract(year FROM s.birth_date)::int ORDER BY extract(year FROM s.birth_date)::int) AS years
         FROM students s JOIN class_memberships m ON m.student_id = s.id JOIN programme_classes c ON c.id = m.class_id
        WHERE c.school_year = 2026 AND c.grade = 7`,
    );
    expect(years).toEqual([2013, 2014]);
  }, 120_000);

  it('invents its names: no demo surname occurs in the seed documents', () => {
    if (!existsSync(SEEDS_DIR)) return;
    const seeds = readdirSync(SEEDS_DIR)
      .map((file) => readFileSync(path.join(SEEDS_DIR, file), 'utf8'))
      .join('\n');
    expect(DEMO_SURNAMES.filter((surname) => seeds.includes(surname))).toEqual([]);
  });
});
