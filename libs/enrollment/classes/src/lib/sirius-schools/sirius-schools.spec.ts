import { jetstreamManager } from '@nats-io/jetstream';
import { STUDENT_LINKED_V1, STUDENT_UNLINKED_V1, demoSeedDay, schoolYearOf } from '@orbita/contracts';
import { ENROLLMENT_RPC, EnrollmentErrorCode, type StudentView } from '@orbita/enrollment/rpc';
import { SERVICE_CALLER_ACTOR, ServiceCallClient } from '@orbita/messaging';
import { randomUUID } from 'node:crypto';
import { EnrollmentFixture, schoolCoordinator, waitFor } from '../../test/enrollment.fixture';
import { Student } from '../students/student.entity';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const CURRENT_YEAR = schoolYearOf(demoSeedDay());

describe('enrollment: the students’ side of the Sirius.Schools links', () => {
  let service: EnrollmentFixture;
  /** The integration service's calls, as it makes them: as itself, no actor. */
  let integration: ServiceCallClient;

  beforeAll(async () => {
    service = await EnrollmentFixture.start({ schools: [SCHOOL_A, SCHOOL_B] });
    integration = new ServiceCallClient(() => service.nats, { service: 'integration', names: service.names });
  }, 60_000);

  afterAll(() => service?.close());

  /** A student of `schoolId` enrolled in a new class of `schoolYear`. */
  const enrolled = async (
    schoolId: string,
    surname: string,
    { schoolYear = CURRENT_YEAR, grade = 10 } = {},
  ) => {
    const label = `${grade} ${surname.slice(0, 3)}`;
    const formed = await service.call(ENROLLMENT_RPC.createClass, {
      schoolId,
      programmeCode: 'sirius_partner_schools',
      schoolYear,
      grade,
      label,
      profileSubjects: ['math'],
      delivery: 'lessons',
      teachers: [],
    });
    const student = await service.call(ENROLLMENT_RPC.createStudent, {
      schoolId,
      surname,
      name: 'Анна',
      patronymic: 'Петровна',
      birthDate: '2009-04-13',
    });
    const order = await service.call(ENROLLMENT_RPC.createOrder, {
      schoolId,
      number: `п-${randomUUID().slice(0, 6)}`,
      date: `${schoolYear}-08-30`,
    });
    await service.call(ENROLLMENT_RPC.enrollStudent, {
      studentId: student.id,
      classId: formed.id,
      orderId: order.id,
      enrolledOn: `${schoolYear}-09-01`,
      basis: { kind: 'oge' },
    });
    return { student, classId: formed.id, label };
  };

  const externalIdOf = async (studentId: string) =>
    (await service.dataSource.manager.findOneByOrFail(Student, { id: studentId })).externalId;

  it('gives the integration service, calling as itself, a school’s current programme students — and logs the read without names', async () => {
    const current = await enrolled(SCHOOL_A, 'Ветлугина', { grade: 9 });
    const left = await enrolled(SCHOOL_A, 'Ушедшая');
    await service.call(ENROLLMENT_RPC.withdrawStudent, {
      studentId: left.student.id,
      schoolYear: CURRENT_YEAR,
      withdrawnOn: `${CURRENT_YEAR}-10-01`,
      reasonCode: 'moved_away',
    });
    await enrolled(SCHOOL_A, 'Прошлогодняя', { schoolYear: CURRENT_YEAR - 1 });
    await enrolled(SCHOOL_B, 'Чужая');

    const roster = await integration.request(ENROLLMENT_RPC.listSyncRoster, { schoolId: SCHOOL_A });

    expect(roster).toEqual({
      schoolId: SCHOOL_A,
      schoolYear: CURRENT_YEAR,
      students: [
        {
          studentId: current.student.id,
          surname: 'Ветлугина',
          name: 'Анна',
          patronymic: 'Петровна',
          birthDate: '2009-04-13',
          classId: current.classId,
          classLabel: current.label,
          grade: 9,
          externalId: null,
        },
      ],
    });
    const reads = service.logs.filter((line) => line['personalDataRead'] === 'sync-roster');
    expect(reads).toEqual([
      expect.objectContaining({
        caller: 'integration',
        schoolId: SCHOOL_A,
        schoolYear: CURRENT_YEAR,
        students: 1,
      }),
    ]);
    expect(JSON.stringify(reads)).not.toMatch(/Ветлугина|Анна|Петровна|2009-04-13/);
  });

  it('answers a school account for its own school only, and a school the registry does not have with 404 naming schoolId', async () => {
    const otherSchool = await service.failure(
      ENROLLMENT_RPC.listSyncRoster,
      { schoolId: SCHOOL_B },
      schoolCoordinator(SCHOOL_A),
    );
    expect([otherSchool.status, otherSchool.code]).toEqual([404, EnrollmentErrorCode.SCHOOL_NOT_FOUND]);
    const unknown = await service.failure(ENROLLMENT_RPC.listSyncRoster, { schoolId: randomUUID() });
    expect(unknown).toMatchObject({ status: 404, errors: [expect.objectContaining({ field: 'schoolId' })] });
    const own = await service.call(
      ENROLLMENT_RPC.listSyncRoster,
      { schoolId: SCHOOL_B },
      schoolCoordinator(SCHOOL_B),
    );
    expect(own.students.map((student) => student.surname)).toEqual(['Чужая']);
    expect(SERVICE_CALLER_ACTOR.schoolId).toBeNull();
  });

  it('keeps the platform’s id a link gives a student, forgets it when unlinked, and applies a second delivery once', async () => {
    const { student } = await enrolled(SCHOOL_A, 'Связанная');
    const link = { linkId: randomUUID(), schoolId: SCHOOL_A, studentId: student.id, externalId: 'u-0f3a9c' };
    const linked = await service.publish(STUDENT_LINKED_V1, { ...link, method: 'rules' }, student.id);
    await waitFor(async () => (await externalIdOf(student.id)) === 'u-0f3a9c');

    const inRoster = (
      await integration.request(ENROLLMENT_RPC.listSyncRoster, { schoolId: SCHOOL_A })
    ).students.find((each) => each.studentId === student.id);
    expect(inRoster?.externalId).toBe('u-0f3a9c');
    const view: StudentView = await service.call(ENROLLMENT_RPC.getStudent, { id: student.id });
    expect(view.externalId).toBe('u-0f3a9c');

    await service.publish(STUDENT_UNLINKED_V1, link, student.id);
    await waitFor(async () => (await externalIdOf(student.id)) === null);
    expect((await service.call(ENROLLMENT_RPC.getStudent, { id: student.id })).externalId).toBeNull();

    // The link once more (same event): the consumer has applied it already, so the student stays unlinked.
    await service.publish(STUDENT_LINKED_V1, { ...link, method: 'rules' }, student.id, { eventId: linked });
    await consumed();
    expect(await externalIdOf(student.id)).toBeNull();
  });

  it('moves the platform’s id to the student the latest link names, and ignores a link to another school’s student', async () => {
    const first = (await enrolled(SCHOOL_A, 'Первая')).student;
    const second = (await enrolled(SCHOOL_A, 'Вторая')).student;
    const foreign = (await enrolled(SCHOOL_B, 'Иногородняя')).student;
    const linkTo = (studentId: string, schoolId = SCHOOL_A) =>
      service.publish(
        STUDENT_LINKED_V1,
        { linkId: randomUUID(), schoolId, studentId, externalId: 'u-7d21', method: 'external_id' },
        studentId,
      );

    await linkTo(first.id);
    await waitFor(async () => (await externalIdOf(first.id)) === 'u-7d21');
    await linkTo(second.id);
    await waitFor(async () => (await externalIdOf(second.id)) === 'u-7d21');
    expect(await externalIdOf(first.id)).toBeNull();

    await linkTo(foreign.id, SCHOOL_A);
    await consumed();
    expect(await externalIdOf(foreign.id)).toBeNull();
    expect(await externalIdOf(second.id)).toBe('u-7d21');
  });

  /** Resolves once the `links` consumer has acknowledged every event published so far. */
  async function consumed(): Promise<void> {
    const jsm = await jetstreamManager(service.nats);
    const stream = service.names.eventStream('integration').name;
    const durable = service.names.durable('enrollment', 'links');
    await waitFor(async () => {
      const info = await jsm.consumers.info(stream, durable);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    });
  }
});
