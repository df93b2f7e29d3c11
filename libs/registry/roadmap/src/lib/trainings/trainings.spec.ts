import { ROADMAP_RPC, TrainingErrorCode, type RecordTrainingCommand } from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { RoadmapFixture, regionalCoordinator, schoolCoordinator } from '../../test/roadmap.fixture';

interface PersonRow {
  id: string;
  school_id: string;
}

describe('trainings of teachers (real PostgreSQL and JetStream)', () => {
  let fixture: RoadmapFixture;
  const coordinator = regionalCoordinator();
  let teachers: PersonRow[];
  /** A school coordinator who does not teach. */
  let notTeacher: PersonRow;

  beforeAll(async () => {
    fixture = await RoadmapFixture.start();
    teachers = await fixture.dataSource.query(
      `SELECT p.id, p.organisation_id AS school_id FROM people p JOIN organisations o ON o.id = p.organisation_id
        WHERE 'teacher' = ANY (p.roles) AND o.kind = 'school' ORDER BY p.surname`,
    );
    [notTeacher] = await fixture.dataSource.query(
      `SELECT id, organisation_id AS school_id FROM people WHERE NOT 'teacher' = ANY (roles) AND roles @> '{school_coordinator}' LIMIT 1`,
    );
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const course = (
    personIds: string[],
    extra: Partial<RecordTrainingCommand> = {},
  ): RecordTrainingCommand => ({
    kind: 'course',
    title: 'Методика преподавания профильных предметов',
    provider: 'Образовательный центр «Сириус»',
    startsOn: '2024-10-14',
    endsOn: '2024-10-25',
    hours: 36,
    personIds,
    ...extra,
  });

  it('records a course with its attendees at their schools, and announces ids and dates only', async () => {
    const [first, second] = teachers.filter(
      (teacher, index, all) => all.findIndex((other) => other.school_id === teacher.school_id) === index,
    );
    const activity = await fixture.activity('1');
    const training = await fixture.call(
      ROADMAP_RPC.recordTraining,
      course([first.id, second.id], { activityId: activity.id }),
      coordinator,
    );
    expect(training).toMatchObject({
      kind: 'course',
      provider: 'Образовательный центр «Сириус»',
      startsOn: '2024-10-14',
      endsOn: '2024-10-25',
      hours: 36,
      schoolYear: 2024,
      activityId: activity.id,
      version: 1,
    });
    expect(
      new Set(training.attendees.map((attendee) => [attendee.personId, attendee.schoolId].join())),
    ).toEqual(new Set([first, second].map((teacher) => [teacher.id, teacher.school_id].join())));
    expect(training.attendees.every((attendee) => attendee.fullName.length > 0)).toBe(true);

    const [event] = await fixture.published('registry.training.recorded.v1', { trainingId: training.id });
    expect(event.payload).toEqual({
      trainingId: training.id,
      kind: 'course',
      startsOn: '2024-10-14',
      endsOn: '2024-10-25',
      schoolYear: 2024,
      activityId: activity.id,
      attendees: expect.arrayContaining([
        { personId: first.id, schoolId: first.school_id },
        { personId: second.id, schoolId: second.school_id },
      ]),
      version: 1,
    });
    expect(event.payload['attendees']).toHaveLength(2);
  });

  it('names the rows that are not active teachers of a school (422), the end before the start (400) and an unknown activity (404)', async () => {
    const notTeachers = await fixture.failure(
      ROADMAP_RPC.recordTraining,
      course([teachers[0].id, notTeacher.id, randomUUID()]),
    );
    expect(notTeachers).toMatchObject({ code: TrainingErrorCode.ATTENDEE_NOT_A_TEACHER, status: 422 });
    expect(notTeachers.errors?.map((error) => error.field)).toEqual(['personIds[1]', 'personIds[2]']);

    const dates = await fixture.failure(ROADMAP_RPC.recordTraining, course([], { endsOn: '2024-10-01' }));
    expect(dates).toMatchObject({ code: TrainingErrorCode.INVALID_DATES, status: 400 });
    expect(dates.errors?.map((error) => error.field)).toEqual(['endsOn']);

    const activity = await fixture.failure(
      ROADMAP_RPC.recordTraining,
      course([], { activityId: randomUUID() }),
    );
    expect(activity).toMatchObject({ status: 404 });
    expect(activity.errors?.map((error) => error.field)).toEqual(['activityId']);

    const unknownKind = await fixture.failure(ROADMAP_RPC.recordTraining, { ...course([]), kind: 'seminar' });
    expect(unknownKind.status).toBe(400);
    const [{ trainings }] = await fixture.dataSource.query(
      'SELECT count(*)::int AS trainings FROM trainings',
    );
    expect(trainings).toBe(1);
  });

  it('changes a training as a whole, re-announcing it at the next version; a stale version is 409', async () => {
    const recorded = await fixture.call(ROADMAP_RPC.recordTraining, {
      ...course([teachers[0].id, teachers[1].id]),
      kind: 'webinar',
      title: 'Работа на платформе «Сириус.Школы»',
      startsOn: '2024-11-20',
      endsOn: '2024-11-20',
    });
    const fields = {
      kind: recorded.kind,
      title: recorded.title,
      startsOn: recorded.startsOn,
      endsOn: recorded.endsOn,
    };
    const changed = await fixture.call(ROADMAP_RPC.updateTraining, {
      ...fields,
      personIds: [teachers[1].id, teachers[2].id],
      id: recorded.id,
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ version: 2, provider: null, hours: null, kind: 'webinar' });
    expect(changed.attendees.map((attendee) => attendee.personId).sort()).toEqual(
      [teachers[1].id, teachers[2].id].sort(),
    );
    const events = await fixture.published('registry.training.recorded.v1', { trainingId: recorded.id }, 2);
    expect(events.map((event) => event.payload['version'])).toEqual([1, 2]);
    expect(events[1].payload['attendees']).toHaveLength(2);

    const stale = await fixture.failure(ROADMAP_RPC.updateTraining, {
      ...fields,
      personIds: [],
      id: recorded.id,
      expectedVersion: 1,
    });
    expect(stale).toMatchObject({ status: 409 });
    expect(stale.errors?.map((error) => error.field)).toEqual(['expectedVersion']);
  });

  it('lists a school year’s trainings; a school account sees its own teachers’ only', async () => {
    const all = await fixture.call(ROADMAP_RPC.listTrainings, { schoolYear: 2024 });
    expect(all.map((training) => training.startsOn)).toEqual(['2024-10-14', '2024-11-20']);
    expect(await fixture.call(ROADMAP_RPC.listTrainings, { schoolYear: 2025 })).toEqual([]);

    const school = teachers[2].school_id;
    const own = await fixture.call(
      ROADMAP_RPC.listTrainings,
      { schoolYear: 2024 },
      schoolCoordinator(school),
    );
    expect(
      own.flatMap((training) => training.attendees).every((attendee) => attendee.schoolId === school),
    ).toBe(true);
    const attendedBySchool = all.filter((training) =>
      training.attendees.some((attendee) => attendee.schoolId === school),
    );
    expect(own.map((training) => training.id)).toEqual(attendedBySchool.map((training) => training.id));

    const denied = await fixture.failure(ROADMAP_RPC.recordTraining, course([]), schoolCoordinator(school));
    expect(denied.status).toBe(403);
  });
});
