import { CLASS_FORMED_V1, TRAINING_RECORDED_V1, type TrainingRecordedV1 } from '@orbita/contracts';
import { REPORTING_RPC, type ProgrammeTableView } from '@orbita/reporting/rpc';
import { randomUUID } from 'node:crypto';
import { ReportingFixture, waitFor } from '../../test/reporting.fixture';
import { REPORTING_SERVICE_NAME } from '../projection/analytics-consumer';
import { TRAININGS_CONSUMER } from './trained-teachers.projection';

const PROGRAMME = 'sirius_partner_schools';
const teachers = (count: number): string[] => Array.from({ length: count }, () => randomUUID());

describe('«обучено педагогов» in the programme table (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;
  const lyceum = randomUUID();
  const academic = randomUUID();
  /** A school without a class of the programme: its teachers are not the programme's. */
  const elsewhere = randomUUID();
  // Seed 000: 31 teachers trained — 20 at the lyceum and 11 at the academic lyceum; 5 of the lyceum's
  // attended both courses and count once.
  const lyceumTeachers = teachers(20);
  const academicTeachers = teachers(11);
  const course: TrainingRecordedV1 = {
    trainingId: randomUUID(),
    kind: 'course',
    startsOn: '2024-10-14',
    endsOn: '2024-10-25',
    schoolYear: 2024,
    attendees: [
      ...lyceumTeachers.slice(0, 15).map((personId) => ({ personId, schoolId: lyceum })),
      ...academicTeachers.map((personId) => ({ personId, schoolId: academic })),
    ],
    version: 1,
  };
  const secondCourse: TrainingRecordedV1 = {
    trainingId: randomUUID(),
    kind: 'course',
    startsOn: '2024-11-18',
    endsOn: '2024-11-22',
    schoolYear: 2024,
    attendees: [
      ...lyceumTeachers.slice(10).map((personId) => ({ personId, schoolId: lyceum })),
      { personId: randomUUID(), schoolId: elsewhere },
    ],
    version: 1,
  };
  const table = (ready: (view: ProgrammeTableView) => boolean) =>
    fixture.until(REPORTING_RPC.getProgrammeTable, { programmeCode: PROGRAMME, schoolYear: 2024 }, ready);
  const bySchool = (view: ProgrammeTableView) =>
    Object.fromEntries(view.schools.map((school) => [school.schoolId, school.teachersTrained]));
  const applied = async (count: number) => {
    const consumer = fixture.names.durable(REPORTING_SERVICE_NAME, TRAININGS_CONSUMER.durable);
    await waitFor(async () => {
      const [{ events }] = await fixture.query<{ events: number }>(
        'SELECT count(*)::integer AS events FROM inbox WHERE consumer = $1',
        [consumer],
      );
      return events === count;
    });
  };

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
    for (const schoolId of [lyceum, academic])
      await fixture.publish(CLASS_FORMED_V1, {
        classId: randomUUID(),
        schoolId,
        programmeCode: PROGRAMME,
        schoolYear: 2024,
        grade: 10,
        label: '10 А',
        profileSubjects: ['math'],
        delivery: 'lessons',
        teachers: [],
        revision: 1,
      });
  });
  afterAll(() => fixture?.close());

  it('counts distinct teachers of the programme’s schools who attended a course in the school year: 31', async () => {
    expect((await table((view) => view.schools.length === 2)).totals.teachersTrained).toBe(0);
    await fixture.publish(TRAINING_RECORDED_V1, course, { aggregateId: course.trainingId });
    await fixture.publish(TRAINING_RECORDED_V1, secondCourse, { aggregateId: secondCourse.trainingId });
    // A webinar informs, it does not train; neither counts a course of the next school year here.
    await fixture.publish(TRAINING_RECORDED_V1, {
      ...course,
      trainingId: randomUUID(),
      kind: 'webinar',
      startsOn: '2024-12-10',
      endsOn: '2024-12-10',
      attendees: teachers(5).map((personId) => ({ personId, schoolId: academic })),
    });
    await fixture.publish(TRAINING_RECORDED_V1, {
      ...course,
      trainingId: randomUUID(),
      startsOn: '2025-10-01',
      endsOn: '2025-10-03',
      schoolYear: 2025,
      attendees: teachers(3).map((personId) => ({ personId, schoolId: lyceum })),
    });

    await applied(4);
    const view = await table((answer) => answer.totals.teachersTrained > 0);
    expect(view.totals.teachersTrained).toBe(31);
    expect(bySchool(view)).toEqual({ [lyceum]: 20, [academic]: 11 });
  });

  it('does not count a re-sent event twice, keeps the latest version, and follows a change', async () => {
    await fixture.publish(TRAINING_RECORDED_V1, course, { aggregateId: course.trainingId });
    // The second course at version 3 without two lyceum teachers who attended it only, then version 2 arriving late.
    const dropped = new Set(lyceumTeachers.slice(18));
    const fewer = {
      ...secondCourse,
      attendees: secondCourse.attendees.filter(({ personId }) => !dropped.has(personId)),
    };
    await fixture.publish(
      TRAINING_RECORDED_V1,
      { ...fewer, version: 3 },
      { aggregateId: secondCourse.trainingId },
    );
    await fixture.publish(
      TRAINING_RECORDED_V1,
      { ...secondCourse, version: 2 },
      { aggregateId: secondCourse.trainingId },
    );
    await applied(7);

    const view = await fixture.call(REPORTING_RPC.getProgrammeTable, {
      programmeCode: PROGRAMME,
      schoolYear: 2024,
    });
    expect(view.totals.teachersTrained).toBe(29);
    expect(bySchool(view)).toEqual({ [lyceum]: 18, [academic]: 11 });
  });
});
