import { UnitOfWork } from '@orbita/messaging';
import type { TestDatabase } from '@orbita/testing';
import type { DataSource } from 'typeorm';
import {
  migratedDatabase,
  registryDataSource,
  seedDemo,
  TestRegistryConfig,
} from '../../test/roadmap.fixture';
import { ActivityViews } from '../activities/activity-views';
import { RoadmapClock, RoadmapSettings } from '../roadmap-settings';
import { DeadlineWatch } from './deadline-watch.service';

/** One registry replica's deadline check: its own connection pool, its clock fixed at `today` (in Tomsk). */
function replica(dataSource: DataSource, today: string): DeadlineWatch {
  const settings = new RoadmapSettings(new TestRegistryConfig());
  const clock = new RoadmapClock(settings);
  jest.spyOn(clock, 'now').mockReturnValue(new Date(`${today}T05:00:00Z`));
  return new DeadlineWatch(
    dataSource,
    new UnitOfWork(dataSource),
    new ActivityViews(dataSource, clock),
    settings,
    clock,
  );
}

interface OutboxEvent {
  subject: string;
  payload: Record<string, unknown>;
}

describe('DeadlineWatch', () => {
  let database: TestDatabase;
  let first: DataSource;
  let second: DataSource;

  const outbox = (): Promise<OutboxEvent[]> =>
    first.query('SELECT subject, payload FROM outbox ORDER BY seq');
  const activityId = async (number: string): Promise<string> =>
    (await first.query('SELECT id FROM roadmap_activities WHERE number = $1', [number]))[0].id;

  beforeAll(async () => {
    database = await migratedDatabase();
    first = await registryDataSource(database);
    second = await registryDataSource(database);
    await seedDemo(first);
  });

  beforeEach(async () => {
    await first.query('DELETE FROM outbox');
    await first.query('DELETE FROM roadmap_announcements');
    await first.query(`UPDATE roadmap_activities SET status = 'planned'`);
  });

  afterAll(async () => {
    await second?.destroy();
    await first?.destroy();
    await database?.drop();
  });

  it('announces each deadline once when two replicas check at the same moment', async () => {
    // 28 November 2024: the invitational work (activity 22, 02-05 December) and the intermediate
    // diagnostic work (activity 25's first milestone, 02-05 December) are 7 days away, November's
    // monthly analysis (activity 24) is due on the 30th.
    const results = await Promise.all([
      replica(first, '2024-11-28').check(),
      replica(second, '2024-11-28').check(),
    ]);

    const events = await outbox();
    const dueSoon = events.filter((event) => event.subject === 'registry.roadmap-activity.due-soon.v1');
    const expected = await Promise.all(['22', '24', '25'].map(activityId));
    expect(dueSoon.map((event) => event.payload['activityId']).sort()).toEqual(expected.sort());
    expect(results[0].dueSoon + results[1].dueSoon).toBe(3);
    // Everything whose window ended before 28 November (activities 1-8, 11 and 12) is overdue, once.
    const overdue = events.filter((event) => event.subject === 'registry.roadmap-activity.overdue.v1');
    expect(overdue).toHaveLength(10);
    expect(new Set(overdue.map((event) => event.payload['activityId'])).size).toBe(10);
    expect(results[0].overdue + results[1].overdue).toBe(10);

    const invitational = await activityId('22');
    expect(dueSoon.find((event) => event.payload['activityId'] === invitational)?.payload).toEqual({
      activityId: invitational,
      roadmapId: expect.any(String),
      windowEnd: '2024-12-05',
      daysLeft: 7,
      responsiblePersonIds: [expect.any(String)],
      responsibleRoles: ['school_coordinator'],
      missingDeliverableCount: 1,
    });
  });

  it('announces nothing again on later runs, and the next deadline when it comes near', async () => {
    await replica(first, '2024-11-28').check();
    const announced = (await outbox()).length;

    expect(await replica(second, '2024-11-30').check()).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await outbox()).toHaveLength(announced);

    // 24 March 2025: the school stage of the defences (activity 19) ends on 30 March.
    const march = await replica(first, '2025-03-24').check();
    expect(march.dueSoon).toBeGreaterThan(0);
    const defences = await activityId('19');
    const nineteen = (await outbox()).filter((event) => event.payload['activityId'] === defences);
    expect(
      nineteen.map((event) => [event.subject, event.payload['windowEnd'], event.payload['daysLeft']]),
    ).toEqual([['registry.roadmap-activity.due-soon.v1', '2025-03-30', 6]]);
  });

  it('never announces done work', async () => {
    await first.query(`UPDATE roadmap_activities SET status = 'done' WHERE number IN ('1', '22')`);
    await replica(first, '2024-11-28').check();
    const ids = (await outbox()).map((event) => event.payload['activityId']);
    expect(ids).not.toContain(await activityId('1'));
    expect(ids).not.toContain(await activityId('22'));
  });
});
