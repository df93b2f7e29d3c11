import { REPORTING_RPC, type ProgressView } from '@orbita/reporting/rpc';
import { ReportingFixture, row, schoolCoordinator, testWork } from '../../test/reporting.fixture';

describe('intermediate → final progress (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
  });
  afterAll(() => fixture?.close());

  it('matches participants by code where it can, and compares means where it cannot', async () => {
    const [lyceum, gymnasium] = await Promise.all(
      ['Лицей № 1', 'Гимназия № 2'].map((name) => fixture.registerSchool(name)),
    );
    const subject = `physics-${Date.now()}`;
    const intermediate = testWork({ subject, kind: 'intermediate' }); // max total 10
    const final = testWork({
      subject,
      kind: 'final',
      windowFrom: '2025-04-23T00:00:00.000Z',
      windowTo: '2025-04-25T23:59:59.000Z',
      tasks: [
        { number: 1, label: '1', maxScore: 10 },
        { number: 2, label: '2', maxScore: 10 },
      ],
    });
    for (const work of [intermediate, final]) await fixture.publishWork(work);
    // Lyceum: P1 50 % → 75 %, P2 100 % (intermediate only), P3 50 % (final only).
    await fixture.submit(
      fixture.protocol(intermediate, lyceum, [row('P1', '7А', [1, 1, 3]), row('P2', '7А', [2, 3, 5])]),
    );
    await fixture.submit(fixture.protocol(final, lyceum, [row('P1', '7А', [8, 7]), row('P3', '7А', [5, 5])]));
    // Gymnasium: codes differ between the works: 40 % → 80 % by means only.
    await fixture.submit(fixture.protocol(intermediate, gymnasium, [row('G1', '7Б', [1, 1, 2])]));
    await fixture.submit(fixture.protocol(final, gymnasium, [row('G9', '7Б', [8, 8])]));

    const query = { subject, grade: 7, schoolYear: 2024 };
    const progress = await fixture.until(
      REPORTING_RPC.getProgress,
      query,
      // Projected in parallel: wait for both works' protocols, not only the final's.
      (view) => view.region.intermediateParticipants === 3 && view.region.finalParticipants === 3,
    );
    expect(progress.intermediate).toEqual({
      workId: intermediate.workId,
      title: intermediate.title,
      maxTotal: 10,
    });
    expect(progress.final.maxTotal).toBe(20);
    expect(progress.region).toEqual({
      intermediateParticipants: 3,
      finalParticipants: 3,
      intermediatePercent: 63.33,
      finalPercent: 68.33,
      changePercentPoints: 5,
      matchedParticipants: 1,
      matchedChangePercentPoints: 25,
      method: 'matched',
    });
    expect(
      progress.schools.map(
        ({
          schoolName,
          intermediatePercent,
          finalPercent,
          changePercentPoints,
          matchedParticipants,
          matchedChangePercentPoints,
          method,
        }) => ({
          schoolName,
          intermediatePercent,
          finalPercent,
          changePercentPoints,
          matchedParticipants,
          matchedChangePercentPoints,
          method,
        }),
      ),
    ).toEqual([
      {
        schoolName: 'Гимназия № 2',
        intermediatePercent: 40,
        finalPercent: 80,
        changePercentPoints: 40,
        matchedParticipants: 0,
        matchedChangePercentPoints: null,
        method: 'means',
      },
      {
        schoolName: 'Лицей № 1',
        intermediatePercent: 75,
        finalPercent: 62.5,
        changePercentPoints: -12.5,
        matchedParticipants: 1,
        matchedChangePercentPoints: 25,
        method: 'matched',
      },
    ]);

    const own = await fixture.call(REPORTING_RPC.getProgress, query, schoolCoordinator(gymnasium));
    expect(own.schools.map((school) => school.schoolId)).toEqual([gymnasium]);
    expect(own.region).toEqual(progress.region);

    expect(await fixture.failure(REPORTING_RPC.getProgress, { ...query, grade: 8 })).toMatchObject({
      status: 404,
      code: 'REPORTING.PROGRESS_NOT_AVAILABLE',
    });
  });
});
