import { SiriusSimulator, SIMULATOR_TOKEN_PATH } from '@orbita/integration/simulator';
import { BrokenCircuitError } from 'cockatiel';
import type { SourceKind, SourcePage, SourceRecords } from '../source-connector';
import { SourceRequestError } from './http-errors';
import { OneRosterConnector, type OneRosterConnectorOptions } from './oneroster-connector';

const credentials = { clientId: 'orbita-test', clientSecret: 'test-secret-not-for-production' };

describe('OneRosterConnector against the Sirius.Schools simulator', () => {
  let simulator: SiriusSimulator;
  let url: string;

  beforeEach(async () => {
    simulator = new SiriusSimulator({ ...credentials, seed: 0 });
    url = await simulator.listen(0);
  });

  afterEach(() => simulator.close());

  const connect = (options: Partial<OneRosterConnectorOptions> = {}) =>
    new OneRosterConnector({
      baseUrl: url,
      tokenUrl: `${url}${SIMULATOR_TOKEN_PATH}`,
      ...credentials,
      pageSize: 50,
      initialBackoffMs: 5,
      maxBackoffMs: 50,
      ...options,
    });

  async function readAll<K extends SourceKind>(
    connector: OneRosterConnector,
    kind: K,
    since: Date | null = null,
  ): Promise<{ pages: Array<SourcePage<K>>; records: Array<SourceRecords[K]> }> {
    const pages: Array<SourcePage<K>> = [];
    for await (const page of connector.pages(kind, { since })) pages.push(page);
    return { pages, records: pages.flatMap((page) => page.records) };
  }

  it('reads the demo region: 8 schools, 11 classes, 214 registrations (177 students, 37 teachers), one token', async () => {
    const connector = connect();
    const users = await readAll(connector, 'users');
    expect(users.records).toHaveLength(214);
    expect(users.records.filter((user) => user.role === 'student')).toHaveLength(177);
    expect(new Set(users.records.map((user) => user.sourcedId)).size).toBe(214);
    expect(users.records[0]).toMatchObject({
      status: 'active',
      orgSourcedIds: [expect.stringMatching(/^org-/)],
      birthDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect((await readAll(connector, 'orgs')).records.map((org) => org.identifier)).toContain(
      'lyceum-1-tomsk',
    );
    expect((await readAll(connector, 'classes')).records).toHaveLength(11);
    expect((await readAll(connector, 'enrollments')).records).toHaveLength(213);
    expect(simulator.counters.tokens).toBe(1);
  });

  it('stops on the short page: 214 users in pages of 50 are five requests, whatever X-Total-Count says', async () => {
    const { pages } = await readAll(connect(), 'users');
    expect(pages.map((page) => page.records.length)).toEqual([50, 50, 50, 50, 14]);
    expect(pages.map((page) => page.offset)).toEqual([0, 50, 100, 150, 200]);
    expect(simulator.counters.pages).toBe(5);

    // The listing grows while we page: the count of the first page is stale, the short page still ends it.
    simulator.faults = { changeWhilePaging: { afterPages: 1, count: 3 } };
    const grown = await readAll(connect(), 'users');
    expect(grown.pages[0]?.claimedTotal).toBe(214);
    expect(grown.records.length).toBeGreaterThanOrEqual(217);
  });

  it('waits out 429 for Retry-After and survives bursts of 5xx', async () => {
    simulator.faults = { rateLimit: { every: 3, retryAfterSeconds: 1 } };
    const started = Date.now();
    const limited = await readAll(connect(), 'users');
    expect(limited.records).toHaveLength(214);
    expect(simulator.counters.rateLimited).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(simulator.counters.rateLimited * 1000);

    simulator.faults = { serverErrors: { every: 2, length: 3 } };
    const failing = await readAll(connect(), 'users');
    expect(new Set(failing.records.map((user) => user.sourcedId)).size).toBe(214);
    expect(simulator.counters.serverErrors).toBeGreaterThanOrEqual(3);
  });

  it('opens the circuit on a platform that keeps failing, then fails fast without calling it', async () => {
    simulator.faults = { serverErrors: { every: 1, length: 1_000 } };
    const connector = connect({ maxAttempts: 3, breakerThreshold: 3, halfOpenAfterMs: 60_000 });
    await expect(readAll(connector, 'users')).rejects.toThrow();
    const served = simulator.counters.serverErrors;
    expect(served).toBe(3);
    await expect(readAll(connector, 'users')).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(simulator.counters.serverErrors).toBe(served);
  });

  it('reads deltas since a cursor: changed people, deletions as tobedeleted, duplicates, a renamed school', async () => {
    const connector = connect();
    const cursor = new Date();
    expect((await readAll(connector, 'users', cursor)).records).toEqual([]);
    const changed = simulator.changeSurnames(2);
    const deleted = simulator.markDeleted(2);
    const duplicates = simulator.duplicatePeople(1);
    simulator.renameSchool('org-school-16-tomsk', 'МАОУ СОШ № 16 имени героя г. Томска');
    const delta = await readAll(connector, 'users', cursor);
    expect(delta.records.map((user) => user.sourcedId).sort()).toEqual(
      [...changed, ...deleted, ...duplicates].sort(),
    );
    expect(
      delta.records
        .filter((user) => user.status === 'tobedeleted')
        .map((user) => user.sourcedId)
        .sort(),
    ).toEqual(deleted.sort());
    const enrollments = await readAll(connector, 'enrollments', cursor);
    expect(enrollments.records.every((enrollment) => enrollment.status === 'tobedeleted')).toBe(true);
    expect(enrollments.records.map((enrollment) => enrollment.userSourcedId).sort()).toEqual(deleted.sort());
    expect((await readAll(connector, 'orgs', cursor)).records).toEqual([
      expect.objectContaining({
        sourcedId: 'org-school-16-tomsk',
        name: 'МАОУ СОШ № 16 имени героя г. Томска',
      }),
    ]);
  });

  it('refreshes a short-lived token before it expires: no request is refused', async () => {
    await simulator.close();
    simulator = new SiriusSimulator({ ...credentials, tokenTtlSeconds: 1, faults: { pageDelayMs: 300 } });
    url = await simulator.listen(0);
    const { records } = await readAll(connect(), 'users');
    expect(records).toHaveLength(214);
    expect(simulator.counters.tokens).toBeGreaterThan(1);
    expect(simulator.counters.unauthorized).toBe(0);
  });

  it('fails the read with a clear error when the platform refuses the credentials', async () => {
    const error = await readAll(connect({ clientSecret: 'wrong' }), 'users').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SourceRequestError);
    expect(error).toMatchObject({ status: 401, message: expect.stringContaining('token request refused') });
  });
});
