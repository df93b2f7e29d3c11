import {
  CLASS_CHANGED_V1,
  CLASS_FORMED_V1,
  STUDENT_ENROLLED_V1,
  STUDENT_TRANSFERRED_V1,
  STUDENT_WITHDRAWN_V1,
} from '@orbita/contracts';
import { ENROLLMENT_RPC, EnrollmentErrorCode } from '@orbita/enrollment/rpc';
import type { Actor } from '@orbita/auth';
import { CommonErrorCode } from '@orbita/observability';
import { EnrollmentFixture, schoolCoordinator } from '../test/enrollment.fixture';
import { randomUUID } from 'node:crypto';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const TEACHER = randomUUID();

describe('enrollment: classes and students', () => {
  let service: EnrollmentFixture;

  beforeAll(async () => {
    service = await EnrollmentFixture.start({
      schools: [SCHOOL_A, SCHOOL_B],
      people: [{ personId: TEACHER, schoolId: null }],
    });
  }, 60_000);

  afterAll(() => service?.close());

  const formClass = (schoolId: string, label: string, grade = 10) =>
    service.call(ENROLLMENT_RPC.createClass, {
      schoolId,
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade,
      label,
      profileSubjects: ['math', 'physics'],
      delivery: 'lessons',
      teachers: [{ personId: TEACHER, subject: 'physics' }],
    });
  const register = (schoolId: string, surname = 'Воронцова') =>
    service.call(ENROLLMENT_RPC.createStudent, {
      schoolId,
      surname,
      name: 'Алиса',
      birthDate: '2009-03-14',
    });
  const order = (schoolId: string) =>
    service.call(ENROLLMENT_RPC.createOrder, {
      schoolId,
      number: `п-${randomUUID().slice(0, 6)}`,
      date: '2024-08-30',
    });

  it('forms a class, publishes it with ids and codes, and a change with the next revision', async () => {
    const formed = await formClass(SCHOOL_A, '10 А');
    expect(formed).toMatchObject({ schoolId: SCHOOL_A, revision: 1, studentCount: 0 });
    const [event] = await service.published(CLASS_FORMED_V1.subject, { classId: formed.id });
    expect(event.payload).toMatchObject({
      profileSubjects: ['math', 'physics'],
      delivery: 'lessons',
      teachers: [{ personId: TEACHER, subject: 'physics' }],
    });

    const changed = await service.call(ENROLLMENT_RPC.updateClass, {
      ...formed,
      profileSubjects: ['math', 'physics', 'informatics'],
      expectedRevision: 1,
    });
    expect(changed.revision).toBe(2);
    const [change] = await service.published(CLASS_CHANGED_V1.subject, { classId: formed.id, revision: 2 });
    expect(change.payload['profileSubjects']).toEqual(['math', 'physics', 'informatics']);
    const stale = await service.failure(ENROLLMENT_RPC.updateClass, { ...formed, expectedRevision: 1 });
    expect(stale.code).toBe(EnrollmentErrorCode.STALE_REVISION);
  });

  it('refuses a subject that is not in the table until the regional centre adds it', async () => {
    const body = {
      schoolId: SCHOOL_A,
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 7,
      label: '7 Астр',
      profileSubjects: ['astronomy'],
      delivery: 'lessons' as const,
      teachers: [],
    };
    expect((await service.failure(ENROLLMENT_RPC.createClass, body)).code).toBe(
      EnrollmentErrorCode.UNKNOWN_SUBJECT,
    );
    const forbidden = await service.failure(
      ENROLLMENT_RPC.createSubject,
      { code: 'astronomy', title: 'Астрономия' },
      schoolCoordinator(SCHOOL_A),
    );
    expect(forbidden).toMatchObject({ status: 403, code: CommonErrorCode.REGION_LEVEL_ONLY });
    await service.call(ENROLLMENT_RPC.createSubject, { code: 'astronomy', title: 'Астрономия' });
    expect((await service.call(ENROLLMENT_RPC.createClass, body)).profileSubjects).toEqual(['astronomy']);

    const listed = (query: object) => service.call(ENROLLMENT_RPC.listClasses, query);
    const withAstronomy = await listed({
      schoolId: SCHOOL_A,
      subject: 'astronomy',
      programmeCode: body.programmeCode,
    });
    expect(withAstronomy.items.map((item) => item.label)).toEqual(['7 Астр']);
    expect((await listed({ subject: 'astronomy', programmeCode: 'another_programme' })).total).toBe(0);
    const badFilter = await service.failure(ENROLLMENT_RPC.listClasses, { subject: 'Астрономия' });
    expect(badFilter.status).toBe(400);
    expect(badFilter.errors).toEqual([expect.objectContaining({ field: 'subject' })]);
  });

  it('keeps a student in one programme class per school year (409), and events carry no names', async () => {
    const [first, second] = [await formClass(SCHOOL_A, '10 Б'), await formClass(SCHOOL_A, '10 В')];
    const student = await register(SCHOOL_A, 'Неповторимова');
    const { id: orderId } = await order(SCHOOL_A);
    const basis = { kind: 'oge' as const, score: 31, threshold: 25, rank: 2 };
    const enrolled = await service.call(ENROLLMENT_RPC.enrollStudent, {
      studentId: student.id,
      classId: first.id,
      orderId,
      enrolledOn: '2024-09-01',
      basis,
    });
    expect(enrolled.memberships).toEqual([
      expect.objectContaining({ classId: first.id, orderId, basis, endedOn: null }),
    ]);

    const twice = await service.failure(ENROLLMENT_RPC.enrollStudent, {
      studentId: student.id,
      classId: second.id,
      orderId,
      enrolledOn: '2024-09-02',
      basis,
    });
    expect([twice.code, twice.status]).toEqual([EnrollmentErrorCode.ALREADY_ENROLLED, 409]);
    const noOrder = await service.failure(ENROLLMENT_RPC.enrollStudent, {
      studentId: student.id,
      classId: second.id,
      enrolledOn: '2024-09-02',
      basis,
    });
    expect(noOrder.status).toBe(400);

    const [event] = await service.published(STUDENT_ENROLLED_V1.subject, { studentId: student.id });
    expect(event.payload).toMatchObject({ classId: first.id, schoolId: SCHOOL_A, orderId, basis });
    expect(JSON.stringify(event.payload)).not.toMatch(/Неповторимова|Алиса|2009-03-14/);
    expect((await service.call(ENROLLMENT_RPC.getClass, { id: first.id })).studentCount).toBe(1);

    await service.call(ENROLLMENT_RPC.transferStudent, {
      studentId: student.id,
      toClassId: second.id,
      orderId,
      transferredOn: '2024-10-01',
    });
    await service.published(STUDENT_TRANSFERRED_V1.subject, {
      studentId: student.id,
      fromClassId: first.id,
      toClassId: second.id,
    });
    const withdrawn = await service.call(ENROLLMENT_RPC.withdrawStudent, {
      studentId: student.id,
      schoolYear: 2024,
      withdrawnOn: '2024-12-20',
      reasonCode: 'moved_away',
      reasonText: 'Семья переехала',
    });
    expect(withdrawn.memberships.map((m) => [m.classId, m.endReason])).toEqual([
      [first.id, 'transferred'],
      [second.id, 'withdrawn'],
    ]);
    const [left] = await service.published(STUDENT_WITHDRAWN_V1.subject, { studentId: student.id });
    expect(left.payload).toEqual({
      studentId: student.id,
      classId: second.id,
      schoolId: SCHOOL_A,
      withdrawnOn: '2024-12-20',
      reasonCode: 'moved_away',
    });
  });

  it('refuses an enrollment basis with a negative score or a score below its threshold (422 naming the field)', async () => {
    const target = await formClass(SCHOOL_A, '10 Основание');
    const student = await register(SCHOOL_A, 'Обоснованная');
    const { id: orderId } = await order(SCHOOL_A);
    const enroll = (basis: object) =>
      service.failure(ENROLLMENT_RPC.enrollStudent, {
        studentId: student.id,
        classId: target.id,
        orderId,
        enrolledOn: '2024-09-01',
        basis,
      });
    for (const [basis, field] of [
      [{ kind: 'oge', score: -5 }, 'basis.score'],
      [{ kind: 'oge', score: 20, threshold: 25 }, 'basis.score'],
      [{ kind: 'work', score: 3, threshold: -1 }, 'basis.threshold'],
    ] as const) {
      const refused = await enroll(basis);
      expect([refused.code, refused.status, refused.errors]).toEqual([
        EnrollmentErrorCode.BASIS_INVALID,
        422,
        [expect.objectContaining({ field })],
      ]);
    }
    expect((await service.call(ENROLLMENT_RPC.getStudent, { id: student.id })).memberships).toEqual([]);
  });

  it('shows a school coordinator only their own school: another school’s student or class answers 404', async () => {
    const theirs = await register(SCHOOL_B, 'Чужакова');
    const theirClass = await formClass(SCHOOL_B, '10 Ч');
    const coordinator = schoolCoordinator(SCHOOL_A);
    expect((await service.failure(ENROLLMENT_RPC.getStudent, { id: theirs.id }, coordinator)).status).toBe(
      404,
    );
    expect((await service.failure(ENROLLMENT_RPC.getClass, { id: theirClass.id }, coordinator)).status).toBe(
      404,
    );
    const page = await service.call(ENROLLMENT_RPC.listStudents, { pageSize: 200 }, coordinator);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((student) => student.schoolId === SCHOOL_A)).toBe(true);
    const elsewhere = await service.failure(
      ENROLLMENT_RPC.createStudent,
      { schoolId: SCHOOL_B, surname: 'Х', name: 'Y', birthDate: '2010-01-01' },
      coordinator,
    );
    // Another school answers as an unknown one: out of scope is 404 everywhere.
    expect([elsewhere.status, elsewhere.code, elsewhere.errors?.[0]?.field]).toEqual([
      404,
      EnrollmentErrorCode.SCHOOL_NOT_FOUND,
      'schoolId',
    ]);
    const observer = { userId: randomUUID(), role: 'observer' as const, schoolId: null };
    expect((await service.failure(ENROLLMENT_RPC.listStudents, {}, observer)).status).toBe(403);
    expect((await service.call(ENROLLMENT_RPC.listClasses, {}, observer)).total).toBeGreaterThan(0);
  });

  it('lists one school’s enrollment orders on request, and never another school’s to a school account', async () => {
    const [ours, theirs] = [await order(SCHOOL_A), await order(SCHOOL_B)];
    const orders = (query: object, actor?: Actor) =>
      service.call(ENROLLMENT_RPC.listOrders, { pageSize: 200, ...query }, actor);
    const ofB = await orders({ schoolId: SCHOOL_B });
    expect(ofB.items.map((item) => item.id)).toContain(theirs.id);
    expect(ofB.items.every((item) => item.schoolId === SCHOOL_B)).toBe(true);
    const coordinator = schoolCoordinator(SCHOOL_A);
    expect((await orders({}, coordinator)).items.map((item) => item.id)).toContain(ours.id);
    expect((await orders({ schoolId: SCHOOL_B }, coordinator)).total).toBe(0);
  });

  it('refuses a school the registry does not have (404 naming schoolId) and a teacher of another school (422)', async () => {
    const nowhere = randomUUID();
    const classFields = (label: string) => ({
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 10,
      label,
      profileSubjects: ['math'],
      delivery: 'lessons' as const,
      teachers: [],
    });
    for (const [subject, body] of [
      [ENROLLMENT_RPC.createStudent, { surname: 'Сиротина', name: 'Я', birthDate: '2010-01-01' }],
      [ENROLLMENT_RPC.createOrder, { number: '1-о', date: '2024-08-30' }],
      [ENROLLMENT_RPC.createCampaign, { grade: 10, schoolYear: 2024, basis: 'oge', threshold: 1, quota: 1 }],
    ] as const) {
      const orphan = await service.failure(subject, { ...body, schoolId: nowhere });
      expect([orphan.status, orphan.code, orphan.errors?.[0]?.field]).toEqual([
        404,
        EnrollmentErrorCode.SCHOOL_NOT_FOUND,
        'schoolId',
      ]);
    }
    const orphanClass = await service.failure(ENROLLMENT_RPC.createClass, {
      ...classFields('10 Сирота'),
      schoolId: nowhere,
    });
    expect([orphanClass.status, orphanClass.code]).toEqual([404, EnrollmentErrorCode.SCHOOL_NOT_FOUND]);
    expect((await service.call(ENROLLMENT_RPC.listStudents, { schoolId: nowhere })).total).toBe(0);

    const theirTeacher = randomUUID();
    const ownTeacher = randomUUID();
    await service.register({
      people: [
        { personId: theirTeacher, schoolId: SCHOOL_B },
        { personId: ownTeacher, schoolId: SCHOOL_A },
      ],
    });
    const teachers = (...personIds: string[]) => personIds.map((personId) => ({ personId, subject: 'math' }));
    const borrowed = await service.failure(ENROLLMENT_RPC.createClass, {
      ...classFields('10 Чужой'),
      schoolId: SCHOOL_A,
      teachers: teachers(ownTeacher, theirTeacher),
    });
    expect([borrowed.status, borrowed.code, borrowed.errors?.[0]?.field]).toEqual([
      422,
      EnrollmentErrorCode.UNKNOWN_TEACHER,
      'teachers[1].personId',
    ]);
    const formed = await service.call(ENROLLMENT_RPC.createClass, {
      ...classFields('10 Свой'),
      schoolId: SCHOOL_A,
      teachers: teachers(ownTeacher, TEACHER),
    });
    const unknown = await service.failure(ENROLLMENT_RPC.updateClass, {
      ...classFields('10 Свой'),
      id: formed.id,
      teachers: teachers(ownTeacher, TEACHER, randomUUID()),
    });
    expect([unknown.status, unknown.errors?.[0]?.field]).toEqual([422, 'teachers[2].personId']);
    const noWork = await service.failure(ENROLLMENT_RPC.createCampaign, {
      schoolId: SCHOOL_A,
      grade: 7,
      schoolYear: 2024,
      basis: 'work',
      workId: randomUUID(),
      threshold: 1,
      quota: 1,
    });
    expect([noWork.status, noWork.code, noWork.errors?.[0]?.field]).toEqual([
      422,
      EnrollmentErrorCode.UNKNOWN_WORK,
      'workId',
    ]);
  });
});
