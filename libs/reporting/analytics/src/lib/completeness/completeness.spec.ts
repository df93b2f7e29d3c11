import {
  PROTOCOL_ACCEPTED_V1,
  PROTOCOL_DRAFTED_V1,
  PROTOCOL_RETURNED_V1,
  PROTOCOL_ROWS_RECORDED_V1,
  PROTOCOL_SUBMITTED_V1,
} from '@orbita/contracts';
import { REPORTING_RPC, type CompletenessView } from '@orbita/reporting/rpc';
import { randomUUID } from 'node:crypto';
import {
  PROTOCOL_SUBMITTED_AT,
  ReportingFixture,
  row,
  schoolCoordinator,
  testWork,
  type TestProtocol,
} from '../../test/reporting.fixture';

describe('completeness board (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
  });
  afterAll(() => fixture?.close());

  const review = (protocol: TestProtocol) => ({
    protocolId: protocol.protocolId,
    versionId: protocol.versionId,
    versionNumber: protocol.versionNumber,
    workId: protocol.work.workId,
    workVersion: protocol.work.version,
    schoolId: protocol.schoolId,
    actorId: randomUUID(),
    at: '2024-12-10T08:00:00.000Z',
  });
  const rows = [row('X-1', '7А', [1, 1, 1])];

  it('counts expected, submitted, accepted, returned and missing schools after the window, with the reporting rate', async () => {
    const [accepted, returned, silent, unlisted] = await Promise.all(
      ['Лицей № 1', 'Гимназия № 2', 'СОШ № 3', 'СОШ № 4'].map((name) => fixture.registerSchool(name)),
    );
    const work = testWork({ windowTo: '2024-12-05T23:59:59.000Z' });
    work.schoolIds = [accepted, returned, silent];
    await fixture.publishWork(work);

    const acceptedProtocol = fixture.protocol(work, accepted, rows);
    // The decision overtakes the submission: the board still says accepted.
    await fixture.publish(PROTOCOL_ACCEPTED_V1, review(acceptedProtocol), {
      aggregateId: acceptedProtocol.protocolId,
    });
    await fixture.submit(acceptedProtocol);
    const returnedProtocol = fixture.protocol(work, returned, rows);
    await fixture.submit(returnedProtocol);
    await fixture.publish(
      PROTOCOL_RETURNED_V1,
      { ...review(returnedProtocol), comment: 'Не заполнен столбец задания 3' },
      { aggregateId: returnedProtocol.protocolId },
    );
    const unlistedProtocol = fixture.protocol(work, unlisted, rows);
    await fixture.submit(unlistedProtocol);

    const board = await fixture.until(
      REPORTING_RPC.getCompleteness,
      { workId: work.workId },
      // Until the overtaken submission lands, the decision's time stands in for it; wait for every submission.
      (view) =>
        view.totals.reported === 2 &&
        view.totals.returned === 1 &&
        view.schools.length === 4 &&
        view.schools.every((line) => line.submittedAt === null || line.submittedAt === PROTOCOL_SUBMITTED_AT),
    );
    expect(board.windowClosed).toBe(true);
    expect(board.totals).toEqual({
      expected: 3,
      reported: 2,
      awaitingReview: 0,
      accepted: 1,
      returned: 1,
      pending: 0,
      drafts: 0,
      missing: 1,
      reportingRate: 66.7,
      onTimeRate: 66.7,
    });
    expect(
      board.schools.map((line) => [
        line.schoolName,
        line.expected,
        line.status,
        line.protocolId,
        line.versionNumber,
        line.onTime,
      ]),
    ).toEqual([
      ['Гимназия № 2', true, 'returned', returnedProtocol.protocolId, 1, true],
      ['Лицей № 1', true, 'accepted', acceptedProtocol.protocolId, 1, true],
      ['СОШ № 3', true, 'missing', null, null, null],
      ['СОШ № 4', false, 'submitted', unlistedProtocol.protocolId, 1, true],
    ]);

    const own = await fixture.call(
      REPORTING_RPC.getCompleteness,
      { workId: work.workId },
      schoolCoordinator(returned),
    );
    expect(own.schools.map((line) => line.schoolId)).toEqual([returned]);
    expect(own.totals).toEqual(board.totals);

    // The school resubmits: the board shows the new version awaiting review.
    await fixture.submit(fixture.protocol(work, returned, rows, returnedProtocol));
    const resubmitted = await fixture.until(
      REPORTING_RPC.getCompleteness,
      { workId: work.workId },
      (view) => view.totals.awaitingReview === 1,
    );
    expect(resubmitted.schools.find((line) => line.schoolId === returned)).toMatchObject({
      status: 'submitted',
      versionNumber: 2,
    });
  });

  it('dates a resubmitted school by its latest submission, and tells a school with a draft from one with nothing', async () => {
    const [resubmitting, drafting, silent] = await Promise.all(
      ['Лицей № 5', 'Гимназия № 6', 'СОШ № 7'].map((name) => fixture.registerSchool(name)),
    );
    const work = testWork({ windowTo: '2024-12-05T23:59:59.000Z' });
    work.schoolIds = [resubmitting, drafting, silent];
    await fixture.publishWork(work);

    const first = fixture.protocol(work, resubmitting, rows);
    await fixture.submit(first);
    await fixture.publish(
      PROTOCOL_RETURNED_V1,
      { ...review(first), comment: 'Исправьте класс' },
      { aggregateId: first.protocolId },
    );
    const second = fixture.protocol(work, resubmitting, rows, first);
    for (const chunk of fixture.chunks(second)) {
      await fixture.publish(PROTOCOL_ROWS_RECORDED_V1, chunk, { aggregateId: second.protocolId });
    }
    const resubmittedAt = '2024-12-12T09:00:00.000Z';
    await fixture.publish(
      PROTOCOL_SUBMITTED_V1,
      { ...fixture.submitted(second), at: resubmittedAt },
      { aggregateId: second.protocolId },
    );
    const draft = fixture.protocol(work, drafting, rows);
    await fixture.publish(PROTOCOL_DRAFTED_V1, review(draft), { aggregateId: draft.protocolId });

    const board = await fixture.until(
      REPORTING_RPC.getCompleteness,
      { workId: work.workId },
      (view) => view.totals.drafts === 1 && view.schools.some((line) => line.versionNumber === 2),
    );
    expect(
      board.schools.map((line) => [
        line.schoolName,
        line.status,
        line.versionNumber,
        line.submittedAt,
        line.onTime,
      ]),
    ).toEqual([
      ['Гимназия № 6', 'draft', null, null, null],
      // The latest submission's date; on time still, as its first submission was.
      ['Лицей № 5', 'submitted', 2, resubmittedAt, true],
      ['СОШ № 7', 'missing', null, null, null],
    ]);
    expect(board.totals).toMatchObject({ expected: 3, reported: 1, drafts: 1, missing: 1, pending: 0 });
  });

  it('calls schools without a protocol pending while the window is open', async () => {
    const school = await fixture.registerSchool('Школа «Эврика-развитие»');
    const work = testWork({ windowTo: '2099-05-25T00:00:00.000Z', schoolIds: [school] });
    await fixture.publishWork(work);
    const board = await fixture.until(REPORTING_RPC.getCompleteness, { workId: work.workId }, () => true);
    expect(board.windowClosed).toBe(false);
    expect(board.totals).toMatchObject({
      expected: 1,
      reported: 0,
      pending: 1,
      missing: 0,
      reportingRate: 0,
    });
    expect(board.schools[0]).toMatchObject({ schoolId: school, status: 'pending', submittedAt: null });
  });
});
