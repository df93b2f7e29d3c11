import { PROTOCOL_ACCEPTED_V1 } from '@orbita/contracts';
import {
  REPORTING_RPC,
  type CompletenessView,
  type SchoolAnalyticsView,
  type WorkAnalyticsView,
} from '@orbita/reporting/rpc';
import { dataSourceFor } from '@orbita/service-host';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import {
  REPORTING_TEST_SERVICE,
  ReportingFixture,
  row,
  testWork,
  waitFor,
} from '../../test/reporting.fixture';
import { rebuildReadModels } from './rebuild-read-models';

describe('rebuild of the read models (real PostgreSQL and JetStream)', () => {
  const logger = pino({ level: 'silent' });
  let fixture: ReportingFixture;

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
  });
  afterAll(() => fixture?.close());

  it('replays the streams into emptied read models and arrives at the same figures, announcing nothing again', async () => {
    const schools = await Promise.all(
      ['Лицей № 1', 'Гимназия № 2', 'СОШ № 3'].map((name) => fixture.registerSchool(name)),
    );
    const work = testWork({ schoolIds: schools });
    await fixture.publishWork(work);
    const rowsOf = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) =>
        row(`${prefix}-${index}`, `7${'АБВ'[index % 3]}`, [index % 3, index % 4, index % 6]),
      );
    const first = fixture.protocol(work, schools[0], rowsOf('L', 40));
    await fixture.submit(first, 15);
    await fixture.submit(fixture.protocol(work, schools[0], rowsOf('L', 35), first), 15); // replaces the first
    const gymnasium = fixture.protocol(work, schools[1], rowsOf('G', 12));
    await fixture.submit(gymnasium);
    await fixture.publish(
      PROTOCOL_ACCEPTED_V1,
      { ...fixture.submitted(gymnasium), actorId: randomUUID(), at: '2024-12-09T09:00:00.000Z' },
      { aggregateId: gymnasium.protocolId },
    );

    const figures = async () => ({
      work: await fixture.call(REPORTING_RPC.getWorkAnalytics, {
        workId: work.workId,
      }),
      schools: await Promise.all(
        schools.slice(0, 2).map((schoolId) =>
          fixture.call(REPORTING_RPC.getSchoolAnalytics, {
            workId: work.workId,
            schoolId,
          }),
        ),
      ),
      completeness: await fixture.call(REPORTING_RPC.getCompleteness, {
        workId: work.workId,
      }),
    });
    await fixture.until(
      REPORTING_RPC.getCompleteness,
      { workId: work.workId },
      (view) => view.totals.accepted === 1,
    );
    await fixture.until(
      REPORTING_RPC.getWorkAnalytics,
      { workId: work.workId },
      (view) => view.region.participants === 47,
    );
    // Three submissions, and the acceptance that makes the gymnasium's figures final.
    await waitFor(() => fixture.updates.length === 4);
    const before = await figures();
    expect(before.work.schools.map((school) => school.participants)).toEqual([12, 35]);
    expect(before.work.provisionalSchools).toBe(1); // the replay must keep which figures await review

    // A stray figure the replay must not keep: the read models are emptied first.
    await fixture.query(`INSERT INTO score_counts VALUES ($1, $2, '7Я', 1, 100)`, [work.workId, schools[2]]);

    const dataSource = await dataSourceFor(REPORTING_TEST_SERVICE, fixture.config).initialize();
    try {
      await expect(
        rebuildReadModels({ dataSource, nats: fixture.nats, names: fixture.names, logger }),
      ).rejects.toThrow(/stop the reporting service first/);
      await fixture.app.close();
      const summary = await rebuildReadModels({
        dataSource,
        nats: fixture.nats,
        names: fixture.names,
        logger,
      });
      // 3 schools, the blueprint, 3 + 3 + 1 chunks, 3 submissions and the acceptance.
      expect(summary).toMatchObject({ applied: 15, schoolsWithFigures: 2 });
      const [{ outbox }] = await dataSource.query('SELECT count(*)::integer AS outbox FROM outbox');
      expect(outbox).toBe(0);
    } finally {
      await dataSource.destroy();
    }

    await fixture.restart();
    expect(await figures()).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fixture.updates).toHaveLength(4);

    // The service carries on from where the replay stopped.
    await fixture.submit(fixture.protocol(work, schools[2], rowsOf('S', 5)));
    const after = await fixture.until(
      REPORTING_RPC.getWorkAnalytics,
      { workId: work.workId },
      (view) => view.region.participants === 52,
    );
    expect(after.schools.map((school) => school.participants)).toEqual([12, 35, 5]);
  });
});
