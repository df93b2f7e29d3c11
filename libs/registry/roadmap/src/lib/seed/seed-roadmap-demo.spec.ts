import { UnitOfWork } from '@orbita/messaging';
import { seedOrganisationsDemo } from '@orbita/registry/organisations';
import type { TestDatabase } from '@orbita/testing';
import type { DataSource } from 'typeorm';
import { migratedDatabase, registryDataSource } from '../../test/roadmap.fixture';
import { seedRoadmapDemo } from './seed-roadmap-demo';

const count = async (dataSource: DataSource, table: string): Promise<number> =>
  (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('seedRoadmapDemo', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await migratedDatabase();
    dataSource = await registryDataSource(database);
  });

  afterEach(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads the 2024/25 roadmap once: running it again changes nothing', async () => {
    const unitOfWork = new UnitOfWork(dataSource);
    await seedOrganisationsDemo(unitOfWork);

    expect(await seedRoadmapDemo(unitOfWork)).toBe('roadmap 2024/25: 5 stages, 29 activities (29 new)');
    const snapshot = await dataSource.query(
      'SELECT id, number, version FROM roadmap_activities ORDER BY position',
    );
    expect(await seedRoadmapDemo(unitOfWork)).toBe('roadmap 2024/25: 5 stages, 29 activities (0 new)');

    expect(
      await dataSource.query('SELECT id, number, version FROM roadmap_activities ORDER BY position'),
    ).toEqual(snapshot);
    expect(await count(dataSource, 'roadmaps')).toBe(1);
    expect(await count(dataSource, 'roadmap_stages')).toBe(5);
    expect(await count(dataSource, 'roadmap_activities')).toBe(29);
    // Activities 16 and 17 name no resulting document; the other 27 name 42 between them.
    expect(await count(dataSource, 'roadmap_deliverables')).toBe(42);

    const [roadmap] = await dataSource.query('SELECT programme_code, school_year, approved FROM roadmaps');
    expect(roadmap).toEqual({ programme_code: 'sirius_partner_schools', school_year: 2024, approved: true });
    const perStage = await dataSource.query(
      'SELECT s.number, count(a.id)::int AS activities FROM roadmap_stages s JOIN roadmap_activities a ON a.stage_id = s.id GROUP BY s.number ORDER BY s.number',
    );
    expect(perStage.map((row: { activities: number }) => row.activities)).toEqual([3, 6, 6, 8, 6]);
  });

  it('keeps the windows, deadlines and responsibles of the document', async () => {
    await seedOrganisationsDemo(new UnitOfWork(dataSource));
    await seedRoadmapDemo(new UnitOfWork(dataSource));
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT a.number, a.window_kind, a.window_from::text, a.window_to::text, a.window_end::text, a.deadlines::text[],
              (SELECT array_agg(p.email ORDER BY p.email) FROM roadmap_activity_responsibles r JOIN people p ON p.id = r.person_id
                WHERE r.activity_id = a.id) AS responsibles,
              (SELECT array_agg(o.full_name ORDER BY o.full_name) FROM roadmap_activity_participants ap
                 JOIN organisations o ON o.id = ap.organisation_id WHERE ap.activity_id = a.id) AS organisations
         FROM roadmap_activities a WHERE a.number IN ('2', '19', '22', '24') ORDER BY a.position`,
    );
    expect(rows).toEqual([
      // "До конца августа 2024 года": the document gives no start, so none is stored.
      expect.objectContaining({
        number: '2',
        window_kind: 'dates',
        window_from: null,
        window_to: '2024-08-31',
        deadlines: ['2024-08-31'],
      }),
      expect.objectContaining({
        number: '19',
        window_end: '2025-04-18',
        deadlines: ['2025-03-30', '2025-04-18'],
      }),
      expect.objectContaining({
        number: '22',
        window_from: '2024-12-02',
        window_to: '2024-12-05',
        responsibles: ['coordinator@demo.orbita.local'],
        organisations: ['ОГБОУ ТРЦРТ «Пульсар»', 'Образовательный Фонд «Талант и успех»'],
      }),
      expect.objectContaining({ number: '24', window_kind: 'monthly', window_end: '2025-08-31' }),
    ]);
    expect((rows[3]['deadlines'] as string[]).length).toBe(12);
  });

  it('adds the current school year, moved so that its December diagnostics fall on today: done, due soon, planned', async () => {
    const unitOfWork = new UnitOfWork(dataSource);
    await seedOrganisationsDemo(unitOfWork);
    const today = '2026-12-07';
    expect(await seedRoadmapDemo(unitOfWork, today)).toBe(
      'roadmap 2024/25: 5 stages, 29 activities (29 new); roadmap 2026/27: 5 stages, 29 activities (29 new)',
    );
    expect(await seedRoadmapDemo(unitOfWork, today)).toBe(
      'roadmap 2024/25: 5 stages, 29 activities (0 new); roadmap 2026/27: 5 stages, 29 activities (0 new)',
    );
    const [current] = await dataSource.query(
      `SELECT id, title, approved_by FROM roadmaps WHERE school_year = 2026`,
    );
    expect(current.title).toContain('на 2026/2027 учебный год');

    const statuses: { status: string; count: number }[] = await dataSource.query(
      'SELECT status, count(*)::int AS count FROM roadmap_activities WHERE roadmap_id = $1 GROUP BY status ORDER BY status',
      [current.id],
    );
    const byStatus = Object.fromEntries(statuses.map((row) => [row.status, row.count]));
    expect(byStatus).toEqual({
      done: expect.any(Number),
      in_progress: expect.any(Number),
      planned: expect.any(Number),
    });
    expect(Object.values(byStatus).every((count) => count > 0)).toBe(true);
    // Nothing of the current year is overdue; something is due within the default 7 days.
    const [{ overdue, dueSoon }] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status <> 'done' AND window_end < $2)::int AS overdue,
              count(*) FILTER (WHERE status <> 'done' AND EXISTS (
                SELECT 1 FROM unnest(deadlines) d WHERE d >= $2 AND d <= $2::date + 7))::int AS "dueSoon"
         FROM roadmap_activities WHERE roadmap_id = $1`,
      [current.id, today],
    );
    expect({ overdue, dueSoon }).toEqual({ overdue: 0, dueSoon: expect.any(Number) });
    expect(dueSoon).toBeGreaterThan(0);

    const [diagnostics] = await dataSource.query(
      `SELECT window_from::text, window_to::text, window_text, status FROM roadmap_activities
        WHERE roadmap_id = $1 AND number = '22'`,
      [current.id],
    );
    expect(diagnostics).toEqual({
      window_from: '2026-12-06',
      window_to: '2026-12-09',
      window_text: '06.12.2026 – 09.12.2026',
      status: 'in_progress',
    });
    // The history is as the document has it.
    expect(
      (
        await dataSource.query(`SELECT DISTINCT a.status FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id
         WHERE r.school_year = 2024`)
      ).map((row: { status: string }) => row.status),
    ).toEqual(['planned']);
  });

  it('adds no other year while today is still in 2024/25', async () => {
    expect(await seedRoadmapDemo(new UnitOfWork(dataSource), '2025-03-01')).toBe(
      'roadmap 2024/25: 5 stages, 29 activities (29 new)',
    );
  });

  it('leaves responsibles and named participants empty when the organisations seed has not run', async () => {
    expect(await seedRoadmapDemo(new UnitOfWork(dataSource))).toBe(
      'roadmap 2024/25: 5 stages, 29 activities (29 new)',
    );
    expect(await seedRoadmapDemo(new UnitOfWork(dataSource))).toBe(
      'roadmap 2024/25: 5 stages, 29 activities (0 new)',
    );
    expect(await count(dataSource, 'roadmap_activity_responsibles')).toBe(0);
    expect(await count(dataSource, 'roadmap_activity_participants')).toBe(0);
  });
});
