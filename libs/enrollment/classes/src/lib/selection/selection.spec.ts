import {
  PARTICIPANT_CODES_ISSUED_V1,
  PROTOCOL_ROWS_RECORDED_V1,
  SELECTION_RANKED_V1,
  WORK_PUBLISHED_V1,
  type WorkPublishedV1,
} from '@orbita/contracts';
import {
  ENROLLMENT_RPC,
  EnrollmentErrorCode,
  type CampaignView,
  type EnrollmentOrderView,
  type ProgrammeClassView,
  type TrajectoryView,
} from '@orbita/enrollment/rpc';
import { randomUUID } from 'node:crypto';
import { EnrollmentFixture, schoolCoordinator, waitFor } from '../../test/enrollment.fixture';
import { DiagnosticWork } from '../scores/scores.entity';

const SCHOOL = randomUUID();

const work = (kind: WorkPublishedV1['kind'], windowFrom: string, grade: number): WorkPublishedV1 => ({
  workId: randomUUID(),
  version: 1,
  kind,
  title: `Работа ${kind}`,
  subject: 'math',
  grades: [grade],
  schoolYear: Number(windowFrom.slice(0, 4)) - (Number(windowFrom.slice(5, 7)) < 9 ? 1 : 0),
  windowFrom,
  windowTo: windowFrom,
  tasks: [{ number: 1, label: '1', maxScore: 20 }],
  levels: [],
  schoolIds: [SCHOOL],
});

describe('selection campaigns and trajectories', () => {
  let service: EnrollmentFixture;
  let order: EnrollmentOrderView;
  let grade7: ProgrammeClassView;

  beforeAll(async () => {
    service = await EnrollmentFixture.start({ schools: [SCHOOL] });
    order = await service.call(ENROLLMENT_RPC.createOrder, {
      schoolId: SCHOOL,
      number: '7-з',
      date: '2024-08-28',
    });
    grade7 = await service.call(ENROLLMENT_RPC.createClass, {
      schoolId: SCHOOL,
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 7,
      label: '7 А',
      profileSubjects: ['math'],
      delivery: 'lessons_and_extracurricular',
      teachers: [],
    });
  }, 60_000);

  afterAll(() => service?.close());

  const register = (surname: string) =>
    service.call(ENROLLMENT_RPC.createStudent, {
      schoolId: SCHOOL,
      surname,
      name: 'Тест',
      birthDate: '2012-02-02',
    });

  /** Links once enrollment has consumed the events that tell it the work and the code's school. */
  const linkOnceKnown = (link: { studentId: string; workId: string; participantCode: string }) =>
    waitFor(() =>
      service.call(ENROLLMENT_RPC.linkParticipantCode, link, schoolCoordinator(SCHOOL)).then(
        () => true,
        () => false,
      ),
    );

  it('ranks OGE candidates with ties and a quota, and enrollment from the list keeps the basis on the record', async () => {
    const grade10 = await service.call(ENROLLMENT_RPC.createClass, {
      schoolId: SCHOOL,
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 10,
      label: '10 А',
      profileSubjects: ['math'],
      delivery: 'lessons',
      teachers: [],
    });
    const [a, b, c, d, e] = await Promise.all(['Аова', 'Бова', 'Вова', 'Гова', 'Дова'].map(register));
    const campaign = await service.call(ENROLLMENT_RPC.createCampaign, {
      schoolId: SCHOOL,
      grade: 10,
      schoolYear: 2024,
      basis: 'oge',
      threshold: 20,
      quota: 2,
    });
    const noScore = await service.failure(ENROLLMENT_RPC.recordCandidates, {
      campaignId: campaign.id,
      candidates: [{ studentId: a.id }],
    });
    expect(noScore.code).toBe(EnrollmentErrorCode.NO_SCORE);
    await service.call(ENROLLMENT_RPC.recordCandidates, {
      campaignId: campaign.id,
      candidates: [
        { studentId: a.id, score: 28 },
        { studentId: b.id, score: 25, extraScore: 4 },
        { studentId: c.id, score: 25, extraScore: 4 },
        { studentId: d.id, score: 25, extraScore: 2 },
        { studentId: e.id, score: 19 },
      ],
    });
    const ranked = await service.call(ENROLLMENT_RPC.rankCampaign, { id: campaign.id });
    expect(ranked.candidates.map((x) => [x.studentId, x.rank, x.eligible, x.recommended])).toEqual([
      [a.id, 1, true, true],
      [expect.any(String), 2, true, true],
      [expect.any(String), 2, true, true],
      [d.id, 4, true, false],
      [e.id, 5, false, false],
    ]);
    const [event] = await service.published(SELECTION_RANKED_V1.subject, { campaignId: campaign.id });
    expect(event.payload).toMatchObject({ basis: 'oge', quota: 2, candidates: 5, recommended: 3 });

    const refused = await service.failure(ENROLLMENT_RPC.enrollFromCampaign, {
      campaignId: campaign.id,
      classId: grade10.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
      studentIds: [d.id],
    });
    expect(refused.code).toBe(EnrollmentErrorCode.NOT_RECOMMENDED);
    const wrongClass = await service.failure(ENROLLMENT_RPC.enrollFromCampaign, {
      campaignId: campaign.id,
      classId: grade7.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
    });
    expect(wrongClass.code).toBe(EnrollmentErrorCode.CAMPAIGN_MISMATCH);
    // Another school's order answers 404 before any rule of the campaign is weighed.
    const elsewhere = randomUUID();
    await service.register({ schools: [elsewhere] });
    const theirOrder = await service.call(ENROLLMENT_RPC.createOrder, {
      schoolId: elsewhere,
      number: '1-ч',
      date: '2024-08-28',
    });
    const foreign = await service.failure(
      ENROLLMENT_RPC.enrollFromCampaign,
      { campaignId: campaign.id, classId: grade7.id, orderId: theirOrder.id, enrolledOn: '2024-09-01' },
      schoolCoordinator(SCHOOL),
    );
    expect([foreign.status, foreign.code]).toEqual([404, EnrollmentErrorCode.ORDER_NOT_FOUND]);
    const noOrder = await service.failure(ENROLLMENT_RPC.enrollFromCampaign, {
      campaignId: campaign.id,
      classId: grade10.id,
      enrolledOn: '2024-09-01',
    });
    expect(noOrder.status).toBe(400);

    const enrolled = await service.call(ENROLLMENT_RPC.enrollFromCampaign, {
      campaignId: campaign.id,
      classId: grade10.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
    });
    expect(enrolled.enrolled.sort()).toEqual([a.id, b.id, c.id].sort());
    const record = await service.call(ENROLLMENT_RPC.getStudent, { id: b.id });
    expect(record.memberships).toEqual([
      expect.objectContaining({
        classId: grade10.id,
        orderId: order.id,
        basis: { kind: 'oge', score: 25, threshold: 20, rank: 2 },
      }),
    ]);
    expect(
      (
        await service.failure(
          ENROLLMENT_RPC.getCampaign,
          { id: campaign.id },
          schoolCoordinator(randomUUID()),
        )
      ).status,
    ).toBe(404);
  });

  it('ranks a selection work’s participants from assessments’ protocol rows, and lists a student’s works in order', async () => {
    const selection = work('selection', '2024-05-15', 6);
    const intermediate = work('intermediate', '2024-12-02', 7);
    for (const published of [selection, intermediate])
      await service.publish(WORK_PUBLISHED_V1, published, published.workId);
    const rows = (scores: [string, number][]) =>
      scores.map(([participantCode, total]) => ({
        participantCode,
        classLabel: '6',
        scores: [total],
        total,
      }));
    const chunk = (workId: string, versionId: string, scores: [string, number][]) => ({
      protocolId: randomUUID(),
      versionId,
      workId,
      schoolId: SCHOOL,
      chunkIndex: 0,
      chunkCount: 1,
      rows: rows(scores),
    });
    // A first version, then a corrected one that replaces it.
    await service.publish(
      PROTOCOL_ROWS_RECORDED_V1,
      chunk(selection.workId, randomUUID(), [
        ['S-1', 5],
        ['S-2', 6],
      ]),
      selection.workId,
    );
    await service.publish(
      PROTOCOL_ROWS_RECORDED_V1,
      chunk(selection.workId, randomUUID(), [
        ['S-1', 17],
        ['S-2', 12],
        ['S-3', 15],
      ]),
      selection.workId,
    );
    await service.publish(
      PROTOCOL_ROWS_RECORDED_V1,
      chunk(intermediate.workId, randomUUID(), [['I-9', 14.5]]),
      intermediate.workId,
    );

    const pupil = await register('Еова');
    // Open codes: a code is the school's once its rows arrive.
    await linkOnceKnown({ studentId: pupil.id, workId: intermediate.workId, participantCode: 'I-9' });
    await linkOnceKnown({ studentId: pupil.id, workId: selection.workId, participantCode: 'S-3' });
    const campaign = await service.call(ENROLLMENT_RPC.createCampaign, {
      schoolId: SCHOOL,
      grade: 7,
      schoolYear: 2024,
      basis: 'work',
      workId: selection.workId,
      threshold: 13,
      quota: 5,
    });

    let ranked: CampaignView | undefined;
    await waitFor(async () => {
      ranked = await service.call(ENROLLMENT_RPC.rankCampaign, { id: campaign.id });
      return ranked.candidates.length === 3 && ranked.candidates[0].score === 17;
    });
    expect(
      ranked?.candidates.map((x) => [x.participantCode, x.studentId, x.score, x.rank, x.recommended]),
    ).toEqual([
      ['S-1', null, 17, 1, true],
      ['S-3', pupil.id, 15, 2, true],
      ['S-2', null, 12, 3, false],
    ]);
    const enrolled = await service.call(ENROLLMENT_RPC.enrollFromCampaign, {
      campaignId: campaign.id,
      classId: grade7.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
    });
    expect(enrolled.enrolled).toEqual([pupil.id]);
    const record = await service.call(ENROLLMENT_RPC.getStudent, { id: pupil.id });
    expect(record.memberships[0].basis).toEqual({ kind: 'work', score: 15, threshold: 13, rank: 2 });

    let trajectory: TrajectoryView | undefined;
    await waitFor(async () => {
      trajectory = await service.call(ENROLLMENT_RPC.getTrajectory, { id: pupil.id });
      return trajectory.works.every((entry) => entry.total !== null);
    });
    expect(
      trajectory?.works.map((entry) => [entry.kind, entry.windowFrom, entry.participantCode, entry.total]),
    ).toEqual([
      ['selection', '2024-05-15', 'S-3', 15],
      ['intermediate', '2024-12-02', 'I-9', 14.5],
    ]);
  });

  it('links a student only to a code issued to their school for a work of their grade, never taking another’s link', async () => {
    const OTHER = randomUUID();
    const math7 = work('intermediate', '2024-12-03', 7);
    const math10 = work('intermediate', '2024-12-04', 10);
    for (const published of [math7, math10])
      await service.publish(WORK_PUBLISHED_V1, published, published.workId);
    const issue = (workId: string, schoolId: string, codes: string[]) =>
      service.publish(PARTICIPANT_CODES_ISSUED_V1, { workId, schoolId, codes }, workId);
    await issue(math7.workId, SCHOOL, ['L-S01-0001', 'L-S01-0002']);
    await issue(math7.workId, OTHER, ['L-S02-0001']);
    await issue(math10.workId, SCHOOL, ['L10-S01-0001']);
    // The other school's participant has a result: a link to their code would show it.
    await service.publish(
      PROTOCOL_ROWS_RECORDED_V1,
      {
        protocolId: randomUUID(),
        versionId: randomUUID(),
        workId: math7.workId,
        schoolId: OTHER,
        chunkIndex: 0,
        chunkCount: 1,
        rows: [{ participantCode: 'L-S02-0001', classLabel: '7', scores: [19], total: 19 }],
      },
      math7.workId,
    );
    const [first, second] = await Promise.all(['Жова', 'Зова'].map(register));
    for (const student of [first, second])
      await service.call(ENROLLMENT_RPC.enrollStudent, {
        studentId: student.id,
        classId: grade7.id,
        orderId: order.id,
        enrolledOn: '2024-09-01',
        basis: { kind: 'transfer' },
      });
    const coordinator = schoolCoordinator(SCHOOL);
    const link = (studentId: string, workId: string, participantCode: string) =>
      service.call(ENROLLMENT_RPC.linkParticipantCode, { studentId, workId, participantCode }, coordinator);
    const refusal = async (studentId: string, workId: string, participantCode: string) => {
      const error = await service.failure(
        ENROLLMENT_RPC.linkParticipantCode,
        { studentId, workId, participantCode },
        coordinator,
      );
      return [error.status, error.code, error.errors?.[0]?.field];
    };

    await linkOnceKnown({ studentId: first.id, workId: math7.workId, participantCode: 'L-S01-0001' });
    expect(await refusal(second.id, math7.workId, 'L-S02-0001')).toEqual([
      422,
      EnrollmentErrorCode.PARTICIPANT_CODE_NOT_ISSUED,
      'participantCode',
    ]);
    expect(await refusal(second.id, math7.workId, 'L-S01-9999')).toEqual([
      422,
      EnrollmentErrorCode.PARTICIPANT_CODE_NOT_ISSUED,
      'participantCode',
    ]);
    expect(await refusal(second.id, math10.workId, 'L10-S01-0001')).toEqual([
      422,
      EnrollmentErrorCode.WORK_NOT_FOR_GRADE,
      'workId',
    ]);
    expect(await refusal(second.id, randomUUID(), 'L-S01-0002')).toEqual([
      422,
      EnrollmentErrorCode.UNKNOWN_WORK,
      'workId',
    ]);
    // A work only another school takes answers as an unknown one, to links and campaigns alike.
    const theirs = { ...work('intermediate', '2024-12-05', 7), schoolIds: [OTHER] };
    await service.publish(WORK_PUBLISHED_V1, theirs, theirs.workId);
    await issue(theirs.workId, SCHOOL, ['T-S01-0001']);
    await waitFor(() => service.dataSource.manager.existsBy(DiagnosticWork, { workId: theirs.workId }));
    expect(await refusal(second.id, theirs.workId, 'T-S01-0001')).toEqual([
      422,
      EnrollmentErrorCode.UNKNOWN_WORK,
      'workId',
    ]);
    const campaign = await service.failure(
      ENROLLMENT_RPC.createCampaign,
      { grade: 7, schoolYear: 2024, basis: 'work', workId: theirs.workId, threshold: 1, quota: 1 },
      coordinator,
    );
    expect([campaign.status, campaign.code]).toEqual([422, EnrollmentErrorCode.UNKNOWN_WORK]);
    expect(await refusal(second.id, math7.workId, 'L-S01-0001')).toEqual([
      409,
      EnrollmentErrorCode.PARTICIPANT_CODE_TAKEN,
      'participantCode',
    ]);
    expect(await refusal(first.id, math7.workId, 'L-S01-0002')).toEqual([
      409,
      EnrollmentErrorCode.ALREADY_LINKED,
      'workId',
    ]);
    // Linking again the same is no change.
    await link(first.id, math7.workId, 'L-S01-0001');
    const trajectory = await service.call(ENROLLMENT_RPC.getTrajectory, { id: first.id });
    expect(trajectory.works.map((entry) => entry.participantCode)).toEqual(['L-S01-0001']);

    const stranger = schoolCoordinator(OTHER);
    const unlink = { studentId: first.id, workId: math7.workId };
    expect((await service.failure(ENROLLMENT_RPC.unlinkParticipantCode, unlink, stranger)).status).toBe(404);
    await service.call(ENROLLMENT_RPC.unlinkParticipantCode, unlink, coordinator);
    const again = await service.failure(ENROLLMENT_RPC.unlinkParticipantCode, unlink, coordinator);
    expect([again.status, again.code]).toEqual([404, EnrollmentErrorCode.LINK_NOT_FOUND]);
    expect((await service.call(ENROLLMENT_RPC.getTrajectory, { id: first.id })).works).toEqual([]);
    await link(second.id, math7.workId, 'L-S01-0001');
    expect(
      (await service.call(ENROLLMENT_RPC.getTrajectory, { id: second.id })).works.map(
        (entry) => entry.participantCode,
      ),
    ).toEqual(['L-S01-0001']);
  });
});
