/**
 * The Sirius.Schools sync at the size of the figure: a generated region of BENCH_SCHOOLS (100) schools
 * and BENCH_PEOPLE (20,000) students and teachers, with their classes and enrollments, served by the simulator
 * in this process over HTTP; the integration service started as its tests start it (its own database, the
 * real PostgreSQL and NATS), reading pages of BENCH_PAGE_SIZE (100, the service's default).
 *
 *   1. full sync: a run from nothing, every roster read and stored (wall time, records/s, CPU);
 *   2. delta: 1 % of the people change on the platform (a later dateLastModified), then a run of the delta;
 *      then 1 % more once the table the full sync filled has been ANALYZEd (as autovacuum does within a minute).
 *
 * The floor, in the same run on the same servers: the same pages read from the simulator with plain `fetch`
 * and parsed without storing, then the same rows INSERTed plainly (one INSERT per page into a table shaped
 * like external_records, no conflict handling, no run bookkeeping). CPU: this process (service, simulator and
 * client together; from process.cpuUsage) and the PostgreSQL backends of the run's database (from /proc).
 *
 *   npm run bench:sync
 *   BENCH_SCHOOLS=10 BENCH_PEOPLE=2000 npm run bench:sync
 */
import 'reflect-metadata';
import { INTEGRATION_RPC, type SyncRunView } from '@orbita/integration/rpc';
import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import {
  generatedRegionRoster,
  SIMULATOR_BASE_PATH,
  SIMULATOR_TOKEN_PATH,
  SiriusSimulator,
  type OneRosterRecord,
  type RosterCollection,
} from '@orbita/integration/simulator';
import { SyncRunner } from '@orbita/integration/sync';
import { startTestService, type TestService } from '@orbita/service-host/testing';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { cpuMsOf } from './stats';

const SCHOOLS = Number(process.env['BENCH_SCHOOLS'] ?? 100);
const PEOPLE = Number(process.env['BENCH_PEOPLE'] ?? 20_000);
const PAGE_SIZE = Number(process.env['BENCH_PAGE_SIZE'] ?? 100);
const CHANGED_SHARE = 0.01;
const COLLECTIONS: readonly RosterCollection[] = ['orgs', 'users', 'classes', 'enrollments'];
const credentials = { clientId: 'orbita-bench', clientSecret: 'bench-secret' };

interface Figure {
  phase: string;
  records: number;
  wallMs: number;
  nodeCpuMs: number;
  postgresCpuMs: number;
}

/** CPU (ms) of the PostgreSQL backends connected to the run's database now, by pid. */
async function backendCpu(pool: Pool): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  return new Map(rows.map(({ pid }) => [pid, cpuMsOf(pid)]));
}

/** Times `work`, with this process's CPU and that of the database's backends (a backend gone meanwhile is lost). */
async function measure(pool: Pool, phase: string, work: () => Promise<number>): Promise<Figure> {
  const backendsBefore = await backendCpu(pool);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const records = await work();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const backendsAfter = await backendCpu(pool);
  let postgresCpuMs = 0;
  for (const [pid, ms] of backendsAfter) postgresCpuMs += ms - (backendsBefore.get(pid) ?? 0);
  return { phase, records, wallMs, nodeCpuMs: (cpu.user + cpu.system) / 1000, postgresCpuMs };
}

/** Starts a run and waits for it to end; the records it read. */
async function syncRun(service: TestService<IntegrationConfig>): Promise<SyncRunView> {
  const started = await service.call(INTEGRATION_RPC.startRun, {});
  await service.app.get(SyncRunner).idle();
  const { items } = await service.call(INTEGRATION_RPC.listRuns, {});
  const run = items.find((item) => item.id === started.id);
  if (run?.status !== 'succeeded')
    throw new Error(`run ${started.id} ended ${run?.status ?? 'unlisted'}: ${JSON.stringify(run?.errors)}`);
  return run;
}

const recordsRead = (run: SyncRunView) =>
  Object.values(run.counts).reduce((sum, counts) => sum + counts.read, 0);

/** Every page of every roster read with plain fetch (since `since`, if given), parsed and kept. */
async function rawRead(
  url: string,
  since?: string,
): Promise<Array<{ kind: string; records: OneRosterRecord[] }>> {
  const token = await fetch(`${url}${SIMULATOR_TOKEN_PATH}`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    }),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const pages: Array<{ kind: string; records: OneRosterRecord[] }> = [];
  for (const kind of COLLECTIONS) {
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
      if (since) query.set('filter', `dateLastModified>'${since}'`);
      const response = await fetch(`${url}${SIMULATOR_BASE_PATH}/${kind}?${query}`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      if (!response.ok) throw new Error(`${kind} at ${offset}: HTTP ${response.status}`);
      const records = ((await response.json()) as Record<string, OneRosterRecord[]>)[kind] ?? [];
      pages.push({ kind, records });
      if (records.length < PAGE_SIZE) break;
    }
  }
  return pages;
}

/** The pages' rows INSERTed plainly, one statement per page, into a table shaped like external_records. */
async function rawInsert(
  pool: Pool,
  pages: Array<{ kind: string; records: OneRosterRecord[] }>,
): Promise<number> {
  await pool.query(
    `CREATE TABLE bench_raw_records (kind text NOT NULL, source_id text NOT NULL, status text NOT NULL,
       data jsonb NOT NULL, modified_at timestamptz NOT NULL, PRIMARY KEY (kind, source_id))`,
  );
  let rows = 0;
  for (const { kind, records } of pages) {
    const page = records.map(({ sourcedId, status, dateLastModified, ...data }) => ({
      sourcedId,
      status,
      modifiedAt: dateLastModified,
      data,
    }));
    const result = await pool.query(
      `INSERT INTO bench_raw_records (kind, source_id, status, data, modified_at)
       SELECT $1, r->>'sourcedId', r->>'status', r->'data', (r->>'modifiedAt')::timestamptz
         FROM jsonb_array_elements($2::jsonb) AS r`,
      [kind, JSON.stringify(page)],
    );
    rows += result.rowCount ?? 0;
  }
  return rows;
}

const count = (pages: Array<{ records: unknown[] }>) =>
  pages.reduce((sum, page) => sum + page.records.length, 0);

async function main(): Promise<void> {
  const generating = performance.now();
  const roster = generatedRegionRoster({ schools: SCHOOLS, people: PEOPLE, seed: 14 });
  const generatedMs = performance.now() - generating;
  const simulator = new SiriusSimulator({ ...credentials, roster, maxPageSize: PAGE_SIZE });
  const url = await simulator.listen(0);
  const service = await startTestService(INTEGRATION_SERVICE, IntegrationConfig, {
    SIRIUS_URL: url,
    SIRIUS_CLIENT_ID: credentials.clientId,
    SIRIUS_CLIENT_SECRET: credentials.clientSecret,
    SIRIUS_PAGE_SIZE: PAGE_SIZE,
    SIRIUS_CURSOR_OVERLAP_SECONDS: 0,
  });
  const pool = new Pool({ connectionString: service.database.url, max: 1 });
  try {
    await service.answering(INTEGRATION_RPC.listRuns);
    console.log(
      `region: ${roster.orgs.length} schools, ${roster.users.length} people, ${roster.classes.length} classes, ` +
        `${roster.enrollments.length} enrollments (generated in ${generatedMs.toFixed(0)} ms); pages of ${PAGE_SIZE}`,
    );
    const figures: Figure[] = [];
    let fullRun: SyncRunView | undefined;
    figures.push(
      await measure(pool, 'full sync', async () => recordsRead((fullRun = await syncRun(service)))),
    );
    let pages: Awaited<ReturnType<typeof rawRead>> = [];
    figures.push(
      await measure(pool, 'floor: fetch + parse the same pages', async () =>
        count((pages = await rawRead(url))),
      ),
    );
    figures.push(await measure(pool, 'floor: plain INSERT of those rows', () => rawInsert(pool, pages)));

    const changeFrom = new Date().toISOString();
    const changed = simulator.changeSurnames(Math.round(PEOPLE * CHANGED_SHARE)).length;
    let deltaRun: SyncRunView | undefined;
    figures.push(
      await measure(pool, `delta: ${changed} people changed`, async () =>
        recordsRead((deltaRun = await syncRun(service))),
      ),
    );
    figures.push(
      await measure(pool, 'floor: fetch + parse the delta', async () =>
        count(await rawRead(url, changeFrom)),
      ),
    );
    // The delta above follows the full sync by seconds, before autovacuum has analysed the table it filled;
    // a later delta finds statistics. The same change again, on an analysed table:
    await pool.query('ANALYZE integration.external_records');
    simulator.changeSurnames(changed);
    figures.push(
      await measure(pool, `delta: ${changed} more, the table analysed`, async () =>
        recordsRead(await syncRun(service)),
      ),
    );

    console.log(
      `full run: users ${JSON.stringify(fullRun?.counts.users)}, enrollments created ${fullRun?.counts.enrollments.created}; ` +
        `delta run: users ${JSON.stringify(deltaRun?.counts.users)}`,
    );
    console.log('| phase | records | wall s | records/s | node CPU s | PostgreSQL CPU s |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const figure of figures)
      console.log(
        `| ${figure.phase} | ${figure.records.toLocaleString('en')} | ${(figure.wallMs / 1000).toFixed(2)} | ` +
          `${Math.round(figure.records / (figure.wallMs / 1000)).toLocaleString('en')} | ` +
          `${(figure.nodeCpuMs / 1000).toFixed(2)} | ${(figure.postgresCpuMs / 1000).toFixed(2)} |`,
      );
  } finally {
    await pool.end();
    await service.close();
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
