import { REGISTRATIONS_COUNTED_V1, type RegistrationsCountedV1 } from '@orbita/contracts';
import { INTEGRATION_RPC, IntegrationErrorCode, type SyncRunView } from '@orbita/integration/rpc';
import { IntegrationConfig } from './integration-config';
import { INTEGRATION_SERVICE } from './integration.service-definition';
import { SiriusSimulator } from '@orbita/integration/simulator';
import {
  regionalCoordinator,
  schoolCoordinator,
  startTestService,
  waitFor,
  type TestService,
} from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { IntegrationSyncModule, SyncRunner } from '@orbita/integration/sync';

const credentials = { clientId: 'orbita-sync-test', clientSecret: 'sync-test-secret' };

/** `count` of a school's active students marked tobedeleted on the platform, with their enrollments. */
function deleteStudentsOf(simulator: SiriusSimulator, school: string, count: number): string[] {
  const modified = new Date().toISOString();
  const students = simulator.roster.users
    .filter(
      (user) =>
        user.status === 'active' &&
        (user['roles'] as Array<{ role: string; org: { sourcedId: string } }>).some(
          (role) => role.role === 'student' && role.org.sourcedId === school,
        ),
    )
    .slice(0, count);
  const ids = students.map((user) => user.sourcedId);
  for (const record of [...students, ...simulator.roster.enrollments])
    if (
      ids.includes(record.sourcedId) ||
      ids.includes((record['user'] as { sourcedId?: string })?.sourcedId ?? '')
    )
      Object.assign(record, { status: 'tobedeleted', dateLastModified: modified });
  return ids;
}

// The runs of one platform follow each other: the tests below run in order against one simulator.
describe('sync runs against the Sirius.Schools simulator', () => {
  let simulator: SiriusSimulator;
  let service: TestService<IntegrationConfig>;

  beforeAll(async () => {
    simulator = new SiriusSimulator({ ...credentials, seed: 0 });
    const url = await simulator.listen(0);
    service = await startTestService(INTEGRATION_SERVICE, IntegrationConfig, {
      SIRIUS_URL: url,
      SIRIUS_CLIENT_ID: credentials.clientId,
      SIRIUS_CLIENT_SECRET: credentials.clientSecret,
      SIRIUS_PAGE_SIZE: 50,
      SIRIUS_INITIAL_BACKOFF_MS: 5,
      SIRIUS_CURSOR_OVERLAP_SECONDS: 0,
    });
    await service.answering(INTEGRATION_RPC.listRuns);
  });

  afterAll(async () => {
    await service?.close();
    await simulator?.close();
  });

  /** Starts (or resumes) a run and waits for it to stop; returns the run as listed. */
  async function run(full = false): Promise<SyncRunView> {
    const started = await service.call(INTEGRATION_RPC.startRun, { full });
    expect(started.status).toBe('running');
    await service.app.get(SyncRunner).idle();
    const { items } = await service.call(INTEGRATION_RPC.listRuns, {});
    const listed = items.find((item) => item.id === started.id);
    if (!listed) throw new Error(`run ${started.id} is not listed`);
    return listed;
  }

  const stored = async (kind: string) =>
    (
      await service.dataSource.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM external_records WHERE kind = $1',
        [kind],
      )
    )[0]?.count;

  async function counted(runId: string): Promise<RegistrationsCountedV1> {
    const [event] = await service.published(REGISTRATIONS_COUNTED_V1.subject, { runId });
    return event?.payload as unknown as RegistrationsCountedV1;
  }

  /** The school's people active here (as the guard counts them). */
  const activeAt = async (school: string) =>
    (
      await service.dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM external_records
          WHERE kind = 'users' AND status = 'active' AND data->'orgSourcedIds' ? $1`,
        [school],
      )
    )[0]?.count ?? 0;

  const statuses = async (ids: string[]) =>
    (
      await service.dataSource.query<Array<{ status: string; pending: boolean }>>(
        `SELECT status, pending_run_id IS NOT NULL AS pending FROM external_records
          WHERE kind = 'users' AND source_id = ANY($1)`,
        [ids],
      )
    ).map((row) => `${row.status}${row.pending ? ' (staged)' : ''}`);

  const cursorRun = async () =>
    (await service.dataSource.query<Array<{ run_id: string }>>('SELECT run_id FROM sync_cursors'))[0]?.run_id;

  it('a full run stores the 214 registrations and reports them per school and class (ids and counts only)', async () => {
    const first = await run();
    expect(first).toMatchObject({ status: 'succeeded', attempts: 1, changesSince: null, errors: [] });
    expect(first.counts.users).toEqual({
      read: 214,
      created: 214,
      updated: 0,
      unchanged: 0,
      markedDeleted: 0,
    });
    expect(first.counts.orgs.created).toBe(8);
    expect(first.counts.classes.created).toBe(11);
    expect(first.counts.enrollments.created).toBe(213);
    expect(first.durationMs).toBeGreaterThanOrEqual(0);

    const event = await counted(first.id);
    expect(event.registered).toBe(214);
    expect(event.schools).toHaveLength(8);
    expect(event.schools.reduce((sum, school) => sum + school.students, 0)).toBe(177);
    expect(event.schools.find((school) => school.schoolIdentifier === 'lyceum-1-tomsk')).toEqual({
      schoolExternalId: 'org-lyceum-1-tomsk',
      schoolIdentifier: 'lyceum-1-tomsk',
      students: 50,
      teachers: 9,
      classes: [
        { classExternalId: 'class-01', students: 26, teachers: 4 },
        { classExternalId: 'class-02', students: 24, teachers: 4 },
      ],
    });
    expect(JSON.stringify(event)).not.toMatch(/[А-Яа-яЁё]/);
    const metrics = (await service.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^orbita_integration_runs_total\{result="succeeded"\} [1-9]/m);
    expect(metrics).toMatch(/^orbita_integration_records_total\{kind="users",outcome="created"\} 214$/m);
  });

  it('running twice changes nothing: the delta is empty, and a full reread finds every record unchanged', async () => {
    const before = await stored('users');
    const delta = await run();
    expect(delta.status).toBe('succeeded');
    expect(delta.changesSince).not.toBeNull();
    expect(delta.counts.users).toEqual({ read: 0, created: 0, updated: 0, unchanged: 0, markedDeleted: 0 });

    const full = await run(true);
    expect(full.changesSince).toBeNull();
    expect(full.counts.users).toEqual({
      read: 214,
      created: 0,
      updated: 0,
      unchanged: 214,
      markedDeleted: 0,
    });
    expect(full.counts.enrollments).toMatchObject({ read: 213, created: 0, updated: 0, unchanged: 213 });
    expect(await stored('users')).toBe(before);
  });

  it('survives 429 with Retry-After and bursts of 5xx in a run', async () => {
    simulator.faults = {
      rateLimit: { every: 4, retryAfterSeconds: 1 },
      serverErrors: { every: 5, length: 2 },
    };
    const served = { ...simulator.counters };
    const survived = await run(true);
    simulator.faults = {};
    expect(survived.status).toBe('succeeded');
    expect(simulator.counters.rateLimited).toBeGreaterThan(served.rateLimited);
    expect(simulator.counters.serverErrors).toBeGreaterThan(served.serverErrors);
    expect(survived.counts.users).toMatchObject({ read: 214, unchanged: 214 });
  });

  it('misses no record that changes while a run pages: the next delta brings what moved', async () => {
    simulator.faults = { changeWhilePaging: { afterPages: 1, count: 3 } };
    const during = await run(true);
    simulator.faults = {};
    expect(during.status).toBe('succeeded');
    const after = await run();
    expect(after.status).toBe('succeeded');

    const rows = await service.dataSource.query<Array<{ source_id: string; family_name: string }>>(
      `SELECT source_id, data->>'familyName' AS family_name FROM external_records WHERE kind = 'users'`,
    );
    const ours = new Map(rows.map((row) => [row.source_id, row.family_name]));
    expect(ours.size).toBe(simulator.roster.users.length);
    for (const user of simulator.roster.users) expect(ours.get(user.sourcedId)).toBe(user['familyName']);
    expect((await counted(after.id)).registered).toBe(217);
  });

  it('a run stopped mid-way resumes where it stopped: same run, same window, no duplicates', async () => {
    simulator.changeSurnames(120);
    // Orgs' page and the first users' page pass, then the platform fails until the run gives up.
    simulator.faults = { serverErrors: { every: 3, length: 100_000 } };
    const stopped = await run();
    expect(stopped).toMatchObject({ status: 'failed', attempts: 1, progress: { kind: 'users', offset: 50 } });
    expect(stopped.errors).toEqual([
      { at: expect.any(String), message: expect.stringContaining('HTTP 503') },
    ]);

    simulator.faults = {};
    const pagesBefore = simulator.counters.pages;
    const resumed = await run();
    expect(resumed).toMatchObject({
      id: stopped.id,
      status: 'succeeded',
      attempts: 2,
      changesSince: stopped.changesSince,
      cursor: stopped.cursor,
    });
    // users from offset 50 (two pages: 120 changed records in pages of 50, the last short), then the rest.
    expect(resumed.counts.users).toMatchObject({ read: 120, updated: 120, created: 0 });
    expect(simulator.counters.pages - pagesBefore).toBeLessThan(4 + 2);
    expect(await stored('users')).toBe(simulator.roster.users.length);
    const [{ duplicates }] = await service.dataSource.query<Array<{ duplicates: number }>>(
      `SELECT count(*)::int AS duplicates FROM (SELECT kind, source_id FROM external_records GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  });

  it('resumes a run whose process died (stale heartbeat) and refuses a second run beside a live one', async () => {
    const last = await run();
    await service.dataSource.query(
      `UPDATE sync_runs SET status = 'running', finished_at = NULL, heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
      [last.id],
    );
    const resumed = await run();
    expect(resumed).toMatchObject({ id: last.id, status: 'succeeded', attempts: last.attempts + 1 });

    await service.dataSource.query(
      `UPDATE sync_runs SET status = 'running', heartbeat_at = now() WHERE id = $1`,
      [last.id],
    );
    const refused = await service.failure(INTEGRATION_RPC.startRun, {});
    expect(refused).toMatchObject({ code: IntegrationErrorCode.RUN_IN_PROGRESS, status: 409 });
    await service.dataSource.query(
      `UPDATE sync_runs SET status = 'succeeded', finished_at = now() WHERE id = $1`,
      [last.id],
    );
  });

  it('keeps people marked tobedeleted upstream (counted as marked, no longer registered)', async () => {
    const deleted = simulator.markDeleted(2);
    const marked = await run();
    expect(marked.counts.users).toMatchObject({ read: 2, updated: 2, markedDeleted: 2 });
    expect(marked.counts.enrollments).toMatchObject({ markedDeleted: 2 });
    const rows = await service.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM external_records WHERE kind = 'users' AND source_id = ANY($1)`,
      [deleted],
    );
    expect(rows.map((row) => row.status)).toEqual(['tobedeleted', 'tobedeleted']);
    expect((await counted(marked.id)).registered).toBe(215);
  });

  it('applies deletions of no more than the guard’s share of a school’s people at once', async () => {
    const school = 'org-school-4-strezhevoy';
    const active = await activeAt(school);
    const registered = (await counted((await run()).id)).registered;
    const deleted = deleteStudentsOf(simulator, school, Math.floor(active * 0.1));
    expect(deleted.length).toBeGreaterThan(0);

    const applied = await run();
    expect(applied).toMatchObject({ status: 'succeeded', parkedSchools: [] });
    expect(applied.counts.users).toMatchObject({ markedDeleted: deleted.length });
    expect(await statuses(deleted)).toEqual(deleted.map(() => 'tobedeleted'));
    expect(await cursorRun()).toBe(applied.id);
    expect((await counted(applied.id)).registered).toBe(registered - deleted.length);
  });

  it('parks a run deleting more than 10 % of a school’s people: nothing of it deleted, no cursor, no event, no other run; approved, it applies them and publishes', async () => {
    const school = 'org-school-4-strezhevoy';
    const active = await activeAt(school);
    const cursorBefore = await cursorRun();
    const registeredBefore = (await counted(cursorBefore ?? '')).registered;
    const deleted = deleteStudentsOf(simulator, school, Math.floor(active * 0.1) + 1);
    const [renamed] = simulator.changeSurnames(1);

    const parked = await run();
    expect(parked).toMatchObject({
      status: 'parked',
      progress: { kind: null, offset: 0 },
      parkedSchools: [
        {
          schoolExternalId: school,
          schoolId: null,
          schoolName: 'МОУ СОШ № 4 г.о. Стрежевой',
          active,
          removed: deleted.length,
          share: Math.round((deleted.length / active) * 10_000) / 10_000,
        },
      ],
    });
    expect(parked.parkedSchools[0]?.share).toBeGreaterThan(0.1);
    expect(parked.counts.users).toMatchObject({ markedDeleted: deleted.length });
    expect(await statuses(deleted)).toEqual(deleted.map(() => 'active (staged)'));
    expect(await cursorRun()).toBe(cursorBefore);
    // What is not a deletion is stored as read.
    const [{ family_name }] = await service.dataSource.query<Array<{ family_name: string }>>(
      `SELECT data->>'familyName' AS family_name FROM external_records WHERE kind = 'users' AND source_id = $1`,
      [renamed],
    );
    expect(family_name).toMatch(/-Новикова$/);

    const metrics = (await service.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^orbita_integration_runs_total\{result="parked"\} 1$/m);
    const refused = await service.failure(INTEGRATION_RPC.startRun, {});
    expect(refused).toMatchObject({ code: IntegrationErrorCode.RUN_PARKED, status: 409 });
    expect(refused.message).toContain(parked.id);
    const status = await service.call(INTEGRATION_RPC.getSyncStatus, {});
    expect(status).toMatchObject({
      configured: true,
      sourceUrl: service.config.SIRIUS_URL,
      scheduleMinutes: null,
      nextScheduledAt: null,
      deletionGuardShare: 0.1,
      lastRun: { id: parked.id, status: 'parked' },
      lastSucceeded: { id: cursorBefore, status: 'succeeded' },
      parked: { id: parked.id, parkedSchools: parked.parkedSchools },
    });

    const approved = await service.call(INTEGRATION_RPC.decideRun, { id: parked.id, decision: 'approve' });
    expect(approved).toMatchObject({ id: parked.id, status: 'succeeded' });
    expect(await statuses(deleted)).toEqual(deleted.map(() => 'tobedeleted'));
    expect(await cursorRun()).toBe(parked.id);
    expect((await counted(parked.id)).registered).toBe(registeredBefore - deleted.length);
    // Published once, on approval: the relay keeps the outbox's order, so a parking event would be here too.
    expect(service.events.filter((event) => event.payload['runId'] === parked.id)).toHaveLength(1);
    expect(
      await service.failure(INTEGRATION_RPC.decideRun, { id: parked.id, decision: 'reject' }),
    ).toMatchObject({ code: IntegrationErrorCode.RUN_NOT_PARKED, status: 409 });
    expect(
      await service.failure(INTEGRATION_RPC.decideRun, { id: randomUUID(), decision: 'approve' }),
    ).toMatchObject({ code: IntegrationErrorCode.RUN_NOT_FOUND, status: 404 });
    expect(await service.call(INTEGRATION_RPC.getSyncStatus, {})).toMatchObject({
      lastSucceeded: { id: parked.id },
      parked: null,
    });
  });

  it('rejecting a parked run keeps the records active, applies the rest and moves the cursor', async () => {
    const school = 'org-gymnasium-2-asino';
    const registeredBefore = (await counted((await cursorRun()) ?? '')).registered;
    const deleted = deleteStudentsOf(simulator, school, 3);
    const added = simulator.addStudents(1);
    const parked = await run();
    expect(parked).toMatchObject({ status: 'parked', parkedSchools: [{ schoolExternalId: school }] });

    const rejected = await service.call(INTEGRATION_RPC.decideRun, { id: parked.id, decision: 'reject' });
    expect(rejected).toMatchObject({ id: parked.id, status: 'rejected' });
    expect(await statuses(deleted)).toEqual(deleted.map(() => 'active'));
    expect(await statuses(added)).toEqual(['active']);
    expect(await cursorRun()).toBe(parked.id);
    expect((await counted(parked.id)).registered).toBe(registeredBefore + added.length);

    // The deletions were read before the cursor: the next delta does not bring them back.
    const next = await run();
    expect(next).toMatchObject({ status: 'succeeded', changesSince: parked.cursor });
    expect(next.counts.users.read).toBe(0);
  });

  it('rejecting a failed run abandons it: its staged deletions dropped, the next start fresh', async () => {
    const cursorBefore = await cursorRun();
    const [deleted] = deleteStudentsOf(simulator, 'org-lyceum-1-tomsk', 1);
    // Orgs' and users' pages pass (the deletion staged), then the platform fails until the run gives up.
    simulator.faults = { serverErrors: { every: 3, length: 100_000 } };
    const failed = await run();
    simulator.faults = {};
    expect(failed).toMatchObject({ status: 'failed', progress: { kind: 'classes' } });
    expect(await statuses([deleted ?? ''])).toEqual(['active (staged)']);
    expect(
      await service.failure(INTEGRATION_RPC.decideRun, { id: failed.id, decision: 'approve' }),
    ).toMatchObject({ code: IntegrationErrorCode.RUN_NOT_PARKED, status: 409 });

    const abandoned = await service.call(INTEGRATION_RPC.decideRun, { id: failed.id, decision: 'reject' });
    expect(abandoned).toMatchObject({ id: failed.id, status: 'rejected' });
    expect(await statuses([deleted ?? ''])).toEqual(['active']);
    expect(await cursorRun()).toBe(cursorBefore);

    const fresh = await run();
    expect(fresh).not.toMatchObject({ id: failed.id });
    expect(fresh).toMatchObject({ status: 'succeeded', attempts: 1, changesSince: failed.changesSince });
    expect(await statuses([deleted ?? ''])).toEqual(['tobedeleted']);
    expect(
      (await service.call(INTEGRATION_RPC.listRuns, {})).items.find((item) => item.id === failed.id),
    ).toMatchObject({ status: 'rejected' });
  });

  it('is the regional level’s: a school coordinator may neither start nor list runs', async () => {
    const actor = schoolCoordinator(randomUUID());
    expect(await service.failure(INTEGRATION_RPC.startRun, {}, actor)).toMatchObject({ status: 403 });
    expect(await service.failure(INTEGRATION_RPC.listRuns, {}, actor)).toMatchObject({ status: 403 });
    expect(
      (await service.call(INTEGRATION_RPC.listRuns, { pageSize: 2 }, regionalCoordinator())).items,
    ).toHaveLength(2);
  });
});

describe('sync runs without a platform configured', () => {
  it('refuses to start one, saying what to configure; the status says so', async () => {
    const service = await startTestService(INTEGRATION_SERVICE, IntegrationConfig, {
      INTEGRATION_SCHEDULE_MINUTES: 60,
    });
    try {
      await service.answering(INTEGRATION_RPC.getSyncStatus);
      expect(await service.call(INTEGRATION_RPC.getSyncStatus, {})).toEqual({
        configured: false,
        sourceUrl: null,
        scheduleMinutes: 60,
        nextScheduledAt: null,
        deletionGuardShare: 0.1,
        lastRun: null,
        lastSucceeded: null,
        parked: null,
      });
      expect(await service.failure(INTEGRATION_RPC.startRun, {})).toMatchObject({
        code: IntegrationErrorCode.SOURCE_NOT_CONFIGURED,
        status: 409,
        message: expect.stringContaining('SIRIUS_URL'),
      });
    } finally {
      await service.close();
    }
  });
});

describe('scheduled sync runs', () => {
  it('start by themselves at the interval, the status showing the schedule; a parked one holds them', async () => {
    const simulator = new SiriusSimulator({ ...credentials, seed: 0 });
    const url = await simulator.listen(0);
    // The setting counts minutes; the module takes a test's interval in milliseconds.
    const definition = {
      ...INTEGRATION_SERVICE,
      modules: INTEGRATION_SERVICE.modules.map((module) =>
        module === IntegrationSyncModule ? IntegrationSyncModule.withScheduleInterval(300) : module,
      ),
    };
    const service = await startTestService(definition, IntegrationConfig, {
      SIRIUS_URL: url,
      SIRIUS_CLIENT_ID: credentials.clientId,
      SIRIUS_CLIENT_SECRET: credentials.clientSecret,
      INTEGRATION_SCHEDULE_MINUTES: 5,
    });
    try {
      await service.answering(INTEGRATION_RPC.listRuns);
      const scheduled = async () =>
        (await service.call(INTEGRATION_RPC.listRuns, {})).items.filter(
          (item) => item.trigger === 'scheduled' && item.status === 'succeeded',
        );
      await waitFor(async () => (await scheduled()).length >= 2, 20_000);
      const [first, second] = (await scheduled()).reverse();
      expect(first?.changesSince).toBeNull();
      expect(second?.changesSince).toBe(first?.cursor);
      expect(Date.parse(second?.startedAt ?? '') - Date.parse(first?.startedAt ?? '')).toBeGreaterThanOrEqual(
        300,
      );

      const status = await service.call(INTEGRATION_RPC.getSyncStatus, {});
      expect(status).toMatchObject({ configured: true, scheduleMinutes: 5, parked: null });
      expect(Date.parse(status.nextScheduledAt ?? '')).toBeGreaterThanOrEqual(
        Date.parse(status.lastRun?.startedAt ?? '') + 300,
      );

      // A scheduled run the guard parks holds the schedule until someone decides it.
      deleteStudentsOf(simulator, 'org-gymnasium-2-asino', 3);
      const parked = async () => (await service.call(INTEGRATION_RPC.getSyncStatus, {})).parked;
      await waitFor(async () => (await parked()) !== null, 20_000);
      const runs = (await service.call(INTEGRATION_RPC.listRuns, {})).total;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await service.call(INTEGRATION_RPC.listRuns, {})).total).toBe(runs);
      expect(await parked()).toMatchObject({ trigger: 'scheduled', status: 'parked' });
    } finally {
      await service.close();
      await simulator.close();
    }
  });
});
