import {
  CLASS_CHANGED_V1,
  CLASS_FORMED_V1,
  SCHOOL_REGISTERED_V1,
  STUDENT_ENROLLED_V1,
  STUDENT_TRANSFERRED_V1,
  STUDENT_WITHDRAWN_V1,
  type ClassFormedV1,
} from '@orbita/contracts';
import { REPORTING_RPC, type ProgrammeTableView } from '@orbita/reporting/rpc';
import { dataSourceFor } from '@orbita/service-host';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { REPORTING_TEST_SERVICE, ReportingFixture, schoolCoordinator } from '../../test/reporting.fixture';
import { rebuildReadModels } from '../rebuild/rebuild-read-models';

const PROGRAMME = 'sirius_partner_schools';
const TOMSK = '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0001';
const LESSONS = 'lessons' as const;
const BOTH = 'lessons_and_extracurricular' as const;

/** Seed 000's table (2024/25, first half-year): school, then its classes as grade, subjects, delivery, students. */
const SEED_000 = [
  [
    'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
    [
      [10, ['math', 'physics', 'informatics'], LESSONS, 26],
      [10, ['chemistry', 'biology'], LESSONS, 24],
    ],
  ],
  ['МАОУ Академический лицей г. Томска им. Г.А. Псахье', [[10, ['math', 'physics'], LESSONS, 9]]],
  ['МАОУ СОШ № 4 им. И.С. Черных г. Томска', [[10, ['chemistry', 'biology'], LESSONS, 16]]],
  ['МАОУ СОШ № 16 г. Томска', [[7, ['math', 'physics', 'informatics'], BOTH, 16]]],
  [
    'МАОУ Школа «Открытие» г. Томска',
    [
      [7, ['chemistry', 'biology'], BOTH, 10],
      [7, ['math', 'physics', 'informatics'], BOTH, 11],
    ],
  ],
  [
    'МАОУ Школа «Эврика-развитие» г. Томска',
    [
      [7, ['chemistry', 'biology', 'math'], BOTH, 20],
      [10, ['math', 'informatics'], BOTH, 8],
    ],
  ],
  ['МОУ СОШ № 4 г.о. Стрежевой', [[7, ['math', 'physics', 'informatics'], BOTH, 26]]],
  ['МАОУ гимназия № 2 города Асино Томской области', [[7, ['math', 'physics', 'informatics'], BOTH, 11]]],
] as const;

/** The seed's rows as the table shows them: number, school, class, delivery, students. */
const SEED_ROWS = [
  [1, 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска', '10: математика, физика, информатика', 'урочная', 26],
  [1, 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска', '10: химия, биология', 'урочная', 24],
  [2, 'МАОУ Академический лицей г. Томска им. Г.А. Псахье', '10: математика, физика', 'урочная', 9],
  [3, 'МАОУ СОШ № 4 им. И.С. Черных г. Томска', '10: химия, биология', 'урочная', 16],
  [4, 'МАОУ СОШ № 16 г. Томска', '7: математика, физика, информатика', 'урочная и внеурочная', 16],
  [5, 'МАОУ Школа «Открытие» г. Томска', '7: химия, биология', 'урочная и внеурочная', 10],
  [5, 'МАОУ Школа «Открытие» г. Томска', '7: математика, физика, информатика', 'урочная и внеурочная', 11],
  [6, 'МАОУ Школа «Эврика-развитие» г. Томска', '7: химия, биология, математика', 'урочная и внеурочная', 20],
  [6, 'МАОУ Школа «Эврика-развитие» г. Томска', '10: математика, информатика', 'урочная и внеурочная', 8],
  [7, 'МОУ СОШ № 4 г.о. Стрежевой', '7: математика, физика, информатика', 'урочная и внеурочная', 26],
  [
    8,
    'МАОУ гимназия № 2 города Асино Томской области',
    '7: математика, физика, информатика',
    'урочная и внеурочная',
    11,
  ],
];

const rowsOf = (table: ProgrammeTableView) =>
  table.schools.flatMap((school) =>
    school.classes.map((programmeClass) => [
      school.number,
      school.schoolName,
      programmeClass.profile,
      programmeClass.deliveryName,
      programmeClass.students,
    ]),
  );

describe('programme table (real PostgreSQL and JetStream)', () => {
  const logger = pino({ level: 'silent' });
  let fixture: ReportingFixture;
  const classes: ClassFormedV1[] = [];
  /** Students per class, in the order of `classes`. */
  const students: string[][] = [];
  const query = { programmeCode: PROGRAMME, schoolYear: 2024 };
  const table = (
    ready: (view: ProgrammeTableView) => boolean,
    actor?: Parameters<ReportingFixture['call']>[2],
  ) => fixture.until(REPORTING_RPC.getProgrammeTable, query, ready, actor);

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
    // Classes are formed a minute apart in the seed's order (the table lists them in order of formation).
    let minute = 0;
    let teachers = 0;
    const formedAt = () => new Date(Date.UTC(2024, 8, 1, 8, minute++)).toISOString();
    for (const [fullName, schoolClasses] of SEED_000) {
      const schoolId = randomUUID();
      await fixture.publish(
        SCHOOL_REGISTERED_V1,
        { schoolId, municipalityId: TOMSK, fullName, shortName: fullName.slice(0, 20), active: true },
        { aggregateId: schoolId },
      );
      for (const [grade, profileSubjects, delivery, count] of schoolClasses) {
        // One teacher per subject (28), and a second one in the first subject of the first eight classes: 36.
        const classTeachers: ClassFormedV1['teachers'] = profileSubjects.map((subject) => ({
          personId: randomUUID(),
          subject,
        }));
        if (teachers++ < 8) classTeachers.push({ personId: randomUUID(), subject: profileSubjects[0] });
        const previous = classes.at(-1);
        // A teacher of the school's other class teaches here too: counted once.
        if (previous?.schoolId === schoolId)
          classTeachers.push({ ...previous.teachers[0], subject: 'chemistry' });
        const formed: ClassFormedV1 = {
          classId: randomUUID(),
          schoolId,
          programmeCode: PROGRAMME,
          schoolYear: 2024,
          grade,
          label: `${grade}${'АБ'[classes.filter((c) => c.schoolId === schoolId).length]}`,
          profileSubjects: [...profileSubjects],
          delivery,
          teachers: classTeachers,
          revision: 1,
        };
        classes.push(formed);
        await fixture.publish(CLASS_FORMED_V1, formed, {
          aggregateId: formed.classId,
          occurredAt: formedAt(),
        });
        const enrolled = Array.from({ length: count }, () => randomUUID());
        students.push(enrolled);
        for (const studentId of enrolled) {
          await fixture.publish(
            STUDENT_ENROLLED_V1,
            {
              studentId,
              classId: formed.classId,
              schoolId,
              schoolYear: 2024,
              enrolledOn: '2024-09-01',
              basis: { kind: grade === 10 ? 'oge' : 'work' },
            },
            { aggregateId: studentId },
          );
        }
      }
    }
    // Another programme's and another year's classes stay out of the table.
    await fixture.publish(CLASS_FORMED_V1, { ...classes[0], classId: randomUUID(), schoolYear: 2025 });
    await fixture.publish(CLASS_FORMED_V1, { ...classes[0], classId: randomUUID(), programmeCode: 'other' });
  });
  afterAll(() => fixture?.close());

  it("equals seed 000's table: 8 schools, 11 class groups, 177 students, 36 teachers, three directions", async () => {
    const view = await table((answer) => answer.totals.students === 177 && answer.totals.teachers === 36);
    expect(rowsOf(view)).toEqual(SEED_ROWS);
    expect(view.totals).toEqual({
      schools: 8,
      classes: 11,
      students: 177,
      teachers: 36,
      directions: [
        { direction: 'natural_science', name: 'естественно-научное', classes: 4, students: 70 },
        { direction: 'physics_math', name: 'физико-математическое', classes: 6, students: 99 },
        { direction: 'technical', name: 'техническое', classes: 1, students: 8 },
      ],
      // No trainings recorded (trainings/trained-teachers.spec.ts), no count from the platform yet
      // (platform-registrations.spec.ts).
      teachersTrained: 0,
      registeredOnPlatform: null,
      registeredOnPlatformAt: null,
    });
    expect(view.schools[0]).toMatchObject({ number: 1, students: 50, teachers: 7 });
  });

  it('gives a school coordinator their own rows, with the region numbered and totalled', async () => {
    const eureka = classes[7].schoolId;
    const view = await table((answer) => answer.totals.students === 177, schoolCoordinator(eureka));
    expect(rowsOf(view)).toEqual(SEED_ROWS.slice(7, 9));
    expect(view.totals).toMatchObject({ schools: 8, classes: 11, students: 177, teachers: 36 });
  });

  it('follows withdrawals, transfers and the latest class revision, and a rebuild arrives at the same table', async () => {
    const [lyceumPhysMath, lyceumChemBio, academic] = classes;
    await fixture.publish(
      STUDENT_WITHDRAWN_V1,
      {
        studentId: students[0][0],
        classId: lyceumPhysMath.classId,
        schoolId: lyceumPhysMath.schoolId,
        withdrawnOn: '2024-11-01',
        reasonCode: 'moved_away',
      },
      { aggregateId: students[0][0] },
    );
    const transfer = {
      studentId: students[1][0],
      fromClassId: lyceumChemBio.classId,
      fromSchoolId: lyceumChemBio.schoolId,
      toClassId: academic.classId,
      toSchoolId: academic.schoolId,
      transferredOn: '2024-11-05',
    };
    // A repeat of the same transfer (another event id) moves nobody twice.
    await fixture.publish(STUDENT_TRANSFERRED_V1, transfer, { aggregateId: transfer.studentId });
    await fixture.publish(STUDENT_TRANSFERRED_V1, transfer, { aggregateId: transfer.studentId });
    // Revision 3 overtakes revision 2 and is repeated: the table keeps revision 3.
    const revised = (revision: number, profileSubjects: string[]): ClassFormedV1 => ({
      ...academic,
      profileSubjects,
      revision,
    });
    await fixture.publish(CLASS_CHANGED_V1, revised(3, ['math', 'physics', 'astronomy']), {
      aggregateId: academic.classId,
    });
    await fixture.publish(CLASS_CHANGED_V1, revised(2, ['math']), { aggregateId: academic.classId });
    await fixture.publish(CLASS_CHANGED_V1, revised(3, ['math', 'physics', 'astronomy']), {
      aggregateId: academic.classId,
    });
    await fixture.publish(CLASS_FORMED_V1, academic, { aggregateId: academic.classId });

    const changed = await table(
      (answer) =>
        answer.totals.students === 176 &&
        answer.schools[1]?.classes[0]?.students === 10 &&
        answer.schools[1]?.classes[0]?.profileSubjects.length === 3,
    );
    // Give the late revisions time to (not) apply.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const settled = await fixture.call(REPORTING_RPC.getProgrammeTable, query);
    expect(settled).toEqual(changed);
    expect(rowsOf(changed).slice(0, 3)).toEqual([
      [1, SEED_ROWS[0][1], '10: математика, физика, информатика', 'урочная', 25],
      [1, SEED_ROWS[0][1], '10: химия, биология', 'урочная', 23],
      [2, SEED_ROWS[2][1], '10: математика, физика, astronomy', 'урочная', 10],
    ]);
    expect(changed.totals).toMatchObject({ schools: 8, classes: 11, students: 176, teachers: 36 });

    // A stray row the replay must not keep: the programme tables are emptied first.
    await fixture.query('INSERT INTO programme_students VALUES ($1, $2)', [randomUUID(), academic.classId]);
    await fixture.app.close();
    const dataSource = await dataSourceFor(REPORTING_TEST_SERVICE, fixture.config).initialize();
    try {
      await rebuildReadModels({ dataSource, nats: fixture.nats, names: fixture.names, logger });
    } finally {
      await dataSource.destroy();
    }
    await fixture.restart();
    expect(await fixture.call(REPORTING_RPC.getProgrammeTable, query)).toEqual(
      changed,
    );
  });
});
