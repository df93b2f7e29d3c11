import {
  PROTOCOL_ACCEPTED_V1,
  PROTOCOL_RETURNED_V1,
  PROTOCOL_ROWS_RECORDED_V1,
  PROTOCOL_SUBMITTED_V1,
} from '@orbita/contracts';
import {
  REPORTING_RPC,
  type SchoolAnalyticsView,
  type TaskDifficultyView,
  type WorkAnalyticsView,
} from '@orbita/reporting/rpc';
import { randomUUID } from 'node:crypto';
import {
  regionalCoordinator,
  ReportingFixture,
  row,
  schoolCoordinator,
  testWork,
  waitFor,
  type TestProtocol,
} from '../../test/reporting.fixture';

describe('diagnostic analytics (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
  });
  afterAll(() => fixture?.close());

  const schoolView = (
    workId: string,
    schoolId: string,
    ready: (view: SchoolAnalyticsView) => boolean = () => true,
    actor = regionalCoordinator(),
  ) => fixture.until(REPORTING_RPC.getSchoolAnalytics, { workId, schoolId }, ready, actor);

  /** Totals 10, 4, 0 (class 7А) and 5, 6 (class 7Б): mean 5, median 5, σ = √10.4. */
  const schoolARows = [
    row('A-001', '7А', [2, 3, 5]),
    row('A-002', ' 7 а', [1, 0, 3]),
    row('A-003', '7А', [0, 0, 0]),
    row('A-004', '7Б', [2, 1, 2]),
    row('A-005', '7Б', [2, 3, 1]),
  ];
  /** Totals 3 and 6. */
  const schoolBRows = [row('B-001', '7В', [1, 1, 1]), row('B-002', '7В', [2, 2, 2])];

  describe('a small known protocol', () => {
    const work = testWork();
    let schoolA: string;
    let schoolB: string;

    beforeAll(async () => {
      schoolA = await fixture.registerSchool('Лицей № 1');
      schoolB = await fixture.registerSchool('Гимназия № 2');
      work.schoolIds = [schoolA, schoolB];
      await fixture.publishWork(work);
      // Two chunks for school A, to exercise the row count check.
      await fixture.submit(fixture.protocol(work, schoolA, schoolARows), 3);
      await fixture.submit(fixture.protocol(work, schoolB, schoolBRows));
      await fixture.until(
        REPORTING_RPC.getWorkAnalytics,
        { workId: work.workId },
        (view) => view.region.participants === 7,
      );
    });

    it('gives the school exact figures: mean, median, deviation, histogram, levels, task shares', async () => {
      const view = await schoolView(work.workId, schoolA);
      expect(view.school).toEqual({
        schoolId: schoolA,
        schoolName: 'Лицей № 1',
        municipalityId: expect.any(String),
      });
      expect(view.work).toMatchObject({ workId: work.workId, version: 1, maxTotal: 10, subject: 'math' });
      const { histogram, levels, tasks, ...stats } = view.figures;
      expect(stats).toEqual({
        participants: 5,
        mean: 5,
        median: 5,
        standardDeviation: 3.22,
        min: 0,
        max: 10,
        belowLevels: 0,
      });
      // Whole-number maxima: a bin per score of the 10-point work.
      expect(histogram.map((bin) => bin.count)).toEqual([1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1]);
      expect(histogram[0]).toEqual({ from: 0, to: 0, count: 1 });
      expect(histogram[10]).toEqual({ from: 10, to: 10, count: 1 });
      expect(levels).toEqual([
        { code: 'low', label: 'Низкий', minTotal: 0, count: 1, share: 0.2 },
        { code: 'middle', label: 'Средний', minTotal: 4, count: 3, share: 0.6 },
        { code: 'high', label: 'Высокий', minTotal: 8, count: 1, share: 0.2 },
      ]);
      expect(tasks).toEqual([
        {
          number: 1,
          label: '1',
          maxScore: 2,
          mean: 1.4,
          solvedShare: 0.7,
          fullShare: 0.6,
          partialShare: 0.2,
          zeroShare: 0.2,
        },
        {
          number: 2,
          label: '2',
          maxScore: 3,
          mean: 1.4,
          solvedShare: 0.4667,
          fullShare: 0.4,
          partialShare: 0.2,
          zeroShare: 0.4,
        },
        {
          number: 3,
          label: '3',
          maxScore: 5,
          mean: 2.2,
          solvedShare: 0.44,
          fullShare: 0.2,
          partialShare: 0.6,
          zeroShare: 0.2,
        },
      ]);
    });

    it('splits the school by class (labels trimmed and upper-cased) and compares it with the region', async () => {
      const view = await schoolView(work.workId, schoolA);
      expect(
        view.classes.map((entry) => [
          entry.classLabel,
          entry.figures.participants,
          entry.figures.mean,
          entry.figures.median,
        ]),
      ).toEqual([
        ['7А', 3, 4.67, 4],
        ['7Б', 2, 5.5, 5.5],
      ]);
      // Region: totals 0, 3, 4, 5, 6, 6, 10.
      expect(view.region).toMatchObject({ participants: 7, mean: 4.86, median: 5, min: 0, max: 10 });
      expect(view.comparison.meanDifference).toBe(0.14);
      expect(view.comparison.tasks[0]).toEqual({
        number: 1,
        label: '1',
        schoolMean: 1.4,
        regionMean: 1.43, // (7 + 3) / 7
        meanDifference: -0.03,
        schoolSolvedShare: 0.7,
        regionSolvedShare: 0.7143,
        solvedShareDifference: -0.0143,
      });
    });

    it('lists every school against the region for region-wide roles', async () => {
      const view = await fixture.call(REPORTING_RPC.getWorkAnalytics, {
        workId: work.workId,
      });
      expect(view.region.participants).toBe(7);
      expect(
        view.schools.map((school) => [
          school.schoolName,
          school.participants,
          school.mean,
          school.meanDifference,
        ]),
      ).toEqual([
        ['Гимназия № 2', 2, 4.5, -0.36],
        ['Лицей № 1', 5, 5, 0.14],
      ]);
    });

    it('ranks tasks from the hardest by solved share in the region', async () => {
      const view = await fixture.call(REPORTING_RPC.getTaskDifficulty, {
        workId: work.workId,
        schoolId: schoolA,
      });
      expect(
        view.tasks.map((task) => [task.rank, task.number, task.solvedShare, task.schoolSolvedShare]),
      ).toEqual([
        [1, 3, 0.4, 0.44], // (11 + 3) / 7 / 5
        [2, 2, 0.4762, 0.4667], // (7 + 3) / 7 / 3
        [3, 1, 0.7143, 0.7], // (7 + 3) / 7 / 2
      ]);
    });

    it('shows a school coordinator the region and their own school only; another school is 404', async () => {
      const coordinator = schoolCoordinator(schoolA);
      const work_ = await fixture.call(
        REPORTING_RPC.getWorkAnalytics,
        { workId: work.workId },
        coordinator,
      );
      expect(work_.region.participants).toBe(7);
      expect(work_.schools.map((school) => school.schoolId)).toEqual([schoolA]);

      const other = await fixture.failure(
        REPORTING_RPC.getSchoolAnalytics,
        { workId: work.workId, schoolId: schoolB },
        coordinator,
      );
      expect(other).toMatchObject({ status: 404, code: 'REPORTING.SCHOOL_NOT_FOUND' });
      const own = await fixture.call(
        REPORTING_RPC.getSchoolAnalytics,
        { workId: work.workId, schoolId: schoolA },
        coordinator,
      );
      expect(own.figures.participants).toBe(5);

      // Another school named in the ranking is out of scope: 404, as everywhere.
      expect(
        await fixture.failure(
          REPORTING_RPC.getTaskDifficulty,
          { workId: work.workId, schoolId: schoolB },
          coordinator,
        ),
      ).toMatchObject({ status: 404, code: 'REPORTING.SCHOOL_NOT_FOUND' });
      const tasks = await fixture.call(
        REPORTING_RPC.getTaskDifficulty,
        { workId: work.workId },
        coordinator,
      );
      expect(tasks.schoolId).toBe(schoolA);
      expect(tasks.tasks.find((task) => task.number === 1)?.schoolSolvedShare).toBe(0.7);
    });

    it('answers 404 to a school that does not take the work: its region figures would be other schools’ alone', async () => {
      const outsider = schoolCoordinator(randomUUID());
      for (const operation of [
        REPORTING_RPC.getWorkAnalytics,
        REPORTING_RPC.getTaskDifficulty,
        REPORTING_RPC.getCompleteness,
      ])
        expect(await fixture.failure(operation, { workId: work.workId }, outsider)).toMatchObject({
          status: 404,
          code: 'REPORTING.WORK_NOT_FOUND',
        });
    });

    it('answers 404 for a work it has not heard of, and for a school that neither takes the work nor submitted', async () => {
      expect(
        await fixture.failure(REPORTING_RPC.getWorkAnalytics, { workId: randomUUID() }),
      ).toMatchObject({
        status: 404,
        code: 'REPORTING.WORK_NOT_FOUND',
      });
      expect(
        await fixture.failure(REPORTING_RPC.getSchoolAnalytics, {
          workId: work.workId,
          schoolId: randomUUID(),
        }),
      ).toMatchObject({
        status: 404,
        code: 'REPORTING.SCHOOL_NOT_FOUND',
      });
    });

    it('announces each school’s figures once, through the outbox', async () => {
      await waitFor(() => fixture.updates.filter((update) => update.workId === work.workId).length >= 2);
      const updates = fixture.updates.filter((update) => update.workId === work.workId);
      expect(updates).toEqual(
        expect.arrayContaining([
          {
            workId: work.workId,
            schoolId: schoolA,
            versionId: expect.any(String),
            participants: 5,
            provisional: true,
            workTitle: work.title,
          },
          {
            workId: work.workId,
            schoolId: schoolB,
            versionId: expect.any(String),
            participants: 2,
            provisional: true,
            workTitle: work.title,
          },
        ]),
      );
      expect(updates).toHaveLength(2);
    });
  });

  it('counts a resubmitted version instead of the one it replaces, never both', async () => {
    const work = testWork();
    const school = await fixture.registerSchool('СОШ № 4');
    await fixture.publishWork(work);
    const first = fixture.protocol(work, school, schoolARows);
    await fixture.submit(first);
    await schoolView(work.workId, school, (view) => view.figures.participants === 5);

    const second = fixture.protocol(
      work,
      school,
      [row('A-001', '7А', [2, 3, 5]), row('A-002', '7А', [2, 3, 4])],
      first,
    );
    await fixture.submit(second);
    const view = await schoolView(work.workId, school, (answer) => answer.versionIds[0] === second.versionId);
    expect(view.versionIds).toEqual([second.versionId]);
    expect(view.figures).toMatchObject({ participants: 2, mean: 9.5, median: 9.5, min: 9, max: 10 });
    expect(view.region.participants).toBe(2);
    expect(view.classes.map((entry) => entry.classLabel)).toEqual(['7А']);
    await waitFor(() => fixture.updates.some((update) => update.versionId === second.versionId));
    expect(
      fixture.updates
        .filter((update) => update.workId === work.workId)
        .map((update) => [update.versionId, update.participants]),
    ).toEqual([
      [first.versionId, 5],
      [second.versionId, 2],
    ]);
  });

  describe('the regional centre’s review', () => {
    const review = (protocol: TestProtocol, at: string) => ({
      ...fixture.submitted(protocol),
      actorId: randomUUID(),
      at,
    });
    const accept = (protocol: TestProtocol) =>
      fixture.publish(PROTOCOL_ACCEPTED_V1, review(protocol, '2024-12-09T09:00:00.000Z'), {
        aggregateId: protocol.protocolId,
      });
    const giveBack = (protocol: TestProtocol) =>
      fixture.publish(
        PROTOCOL_RETURNED_V1,
        { ...review(protocol, '2024-12-09T09:00:00.000Z'), comment: 'В строке 3 балл больше максимума' },
        { aggregateId: protocol.protocolId },
      );
    const workView = (workId: string, ready: (view: WorkAnalyticsView) => boolean) =>
      fixture.until(REPORTING_RPC.getWorkAnalytics, { workId }, ready);

    it('marks figures awaiting review provisional, and final once accepted', async () => {
      const work = testWork();
      const [lyceum, gymnasium] = await Promise.all([
        fixture.registerSchool('Лицей № 8'),
        fixture.registerSchool('Гимназия № 6'),
      ]);
      await fixture.publishWork(work);
      const accepted = fixture.protocol(work, lyceum, schoolARows);
      await fixture.submit(accepted);
      await fixture.submit(fixture.protocol(work, gymnasium, schoolBRows));
      const before = await workView(work.workId, (view) => view.region.participants === 7);
      expect(before.provisionalSchools).toBe(2);
      expect(before.schools.map((school) => school.provisional)).toEqual([true, true]);

      await accept(accepted);
      const after = await workView(work.workId, (view) => view.provisionalSchools === 1);
      expect(after.schools.map((school) => [school.schoolName, school.provisional])).toEqual([
        ['Гимназия № 6', true],
        ['Лицей № 8', false],
      ]);
      const own = await schoolView(work.workId, lyceum, () => true, schoolCoordinator(lyceum));
      expect(own).toMatchObject({ provisional: false, regionProvisionalSchools: 1 });
      // The acceptance is announced as final figures: what tells the school "analytics updated".
      await waitFor(() =>
        fixture.updates.some((update) => update.schoolId === lyceum && update.provisional === false),
      );
    });

    it('takes a returned version out of the school’s and the region’s figures at once', async () => {
      const work = testWork();
      const [returnedSchool, other] = await Promise.all([
        fixture.registerSchool('СОШ № 40'),
        fixture.registerSchool('СОШ № 41'),
      ]);
      work.schoolIds = [returnedSchool, other];
      await fixture.publishWork(work);
      const returned = fixture.protocol(work, returnedSchool, schoolARows);
      await fixture.submit(returned);
      await fixture.submit(fixture.protocol(work, other, schoolBRows));
      await workView(work.workId, (view) => view.region.participants === 7);

      await giveBack(returned);
      const view = await workView(work.workId, (answer) => answer.region.participants === 2);
      expect(view.schools.map((school) => school.schoolId)).toEqual([other]);
      expect(view.provisionalSchools).toBe(1);
      const school = await schoolView(work.workId, returnedSchool);
      expect(school).toMatchObject({ versionIds: [], provisional: false, figures: { participants: 0 } });
      expect(
        await fixture.query('SELECT * FROM task_results WHERE school_id = $1', [returnedSchool]),
      ).toEqual([]);

      // The school resubmits: the new version counts, provisionally.
      const resubmitted = fixture.protocol(work, returnedSchool, schoolBRows, returned);
      await fixture.submit(resubmitted);
      const again = await schoolView(
        work.workId,
        returnedSchool,
        (answer) => answer.figures.participants === 2,
      );
      expect(again).toMatchObject({ versionIds: [resubmitted.versionId], provisional: true });
    });

    it('leaves a returned version out whatever the order: the return before its submission and chunks', async () => {
      const work = testWork();
      const school = await fixture.registerSchool('СОШ № 42');
      work.schoolIds = [school];
      await fixture.publishWork(work);
      const returned = fixture.protocol(work, school, schoolARows);
      const counted = fixture.protocol(work, school, schoolBRows); // another protocol of the same school
      await giveBack(returned);
      await fixture.submit(returned);
      await fixture.submit(counted);
      await giveBack(returned); // the same decision again
      const view = await schoolView(work.workId, school, (answer) => answer.figures.participants === 2);
      await new Promise((resolve) => setTimeout(resolve, 300)); // anything still in flight would change it
      const settled = await schoolView(work.workId, school);
      expect(settled.versionIds).toEqual([counted.versionId]);
      expect(settled.figures).toEqual(view.figures);
      expect(settled.figures.participants).toBe(2);
    });
  });

  // How fast analytics follow a submission is measured by `npm run bench:protocols`, not asserted here.
  it('counts a 10,000-row protocol of 20 tasks', async () => {
    const tasks = Array.from({ length: 20 }, (_, index) => ({
      number: index + 1,
      label: String(index + 1),
      maxScore: 3,
    }));
    const work = testWork({ tasks });
    const school = await fixture.registerSchool('Академический лицей');
    await fixture.publishWork(work);
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      row(
        `L-${index}`,
        `${7 + (index % 3)}А`,
        tasks.map((_, task) => (index + task) % 4),
      ),
    );
    await fixture.submit(fixture.protocol(work, school, rows));
    const view = await schoolView(work.workId, school, (answer) => answer.figures.participants === 10_000);
    // Scores 0..3 evenly: task means 1.5, a quarter of each task full and a quarter zero.
    expect(view.figures.tasks[0]).toMatchObject({
      mean: 1.5,
      fullShare: 0.25,
      partialShare: 0.5,
      zeroShare: 0.25,
    });
    expect(view.classes).toHaveLength(3);
  });

  it('arrives at the same figures whatever the order: blueprint last, submission before its chunks, chunks again', async () => {
    const school = await fixture.registerSchool('Школа «Открытие»');
    const inOrder = testWork();
    const shuffled = testWork();
    const rows = Array.from({ length: 23 }, (_, index) =>
      row(`C-${index}`, index % 2 ? '7А' : '7Б', [index % 3, index % 4, index % 6]),
    );

    await fixture.publishWork(inOrder);
    await fixture.submit(fixture.protocol(inOrder, school, rows), 10);

    // The other work gets a first version, then its replacement, all out of order.
    const first = fixture.protocol(shuffled, school, schoolBRows);
    const second = fixture.protocol(shuffled, school, rows, first);
    const [chunk0, chunk1, chunk2] = fixture.chunks(second, 10);
    const publishChunk = (chunk: typeof chunk0, options = {}) =>
      fixture.publish(PROTOCOL_ROWS_RECORDED_V1, chunk, { aggregateId: second.protocolId, ...options });
    await fixture.publish(PROTOCOL_SUBMITTED_V1, fixture.submitted(second, 10), {
      aggregateId: second.protocolId,
    });
    const chunk2Event = await publishChunk(chunk2);
    await publishChunk(chunk0);
    await publishChunk(chunk2, { eventId: chunk2Event, redelivery: true }); // the same event delivered again
    await publishChunk(chunk0); // the same chunk republished under a new event id
    await fixture.submit(first); // the replaced version arrives last
    await publishChunk(chunk1);
    await fixture.publishWork(shuffled);

    const expected = await schoolView(inOrder.workId, school, (view) => view.figures.participants === 23);
    const actual = await schoolView(shuffled.workId, school, (view) => view.figures.participants === 23);
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything still in flight would change it
    const settled = await schoolView(shuffled.workId, school);
    expect(settled.versionIds).toEqual([second.versionId]);
    for (const view of [actual, settled]) {
      expect({ figures: view.figures, classes: view.classes, region: view.region }).toEqual({
        figures: expected.figures,
        classes: expected.classes,
        region: expected.region,
      });
    }
    const [{ rows: stored }] = await fixture.query<{ rows: number }>(
      'SELECT count(*)::integer AS rows FROM protocol_rows WHERE version_id = $1',
      [second.versionId],
    );
    expect(stored).toBe(23);
  });
});
