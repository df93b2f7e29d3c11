/**
 * The headline flow under load: 1,000-row protocols uploaded through the gateway's HTTP port, as schools
 * would, until their analytics are visible through the gateway — beside a raw PostgreSQL COPY of the same
 * rows, in the same run on the same servers.
 *
 * The gateway and the four services run as separate processes from their real entry points
 * (`apps/<app>/src/main.ts`), as a deployment runs them: in one process, the CPU-bound parsing and checking
 * of a file, the gateway's HTTP work and reporting's recompute would take turns on one event loop and the
 * latencies would add up instead of overlapping. The region: the demo data plus BENCH_PROTOCOLS new
 * schools, each with a coordinator (notifications mail them), and two works expecting every school with
 * 1,000 participant codes issued per school. Two phases, each on its own work (a school submits once):
 *
 *   1. capacity: BENCH_CONCURRENCY uploads at a time, as fast as they are taken → rows/s ingested;
 *   2. latency: uploads at a fixed BENCH_RATE per second → p50/p99 from the POST to the analytics of the
 *      school showing all its participants through the gateway (polled, and re-read at once when
 *      `reporting.analytics.updated.v1` for the school goes by).
 *
 * The floor: the same rows COPYed into a table shaped like assessments' protocol_rows, one COPY per
 * protocol, BENCH_CONCURRENCY at a time. Where the time goes: the CPU each process (the apps, this client,
 * PostgreSQL's backends, the NATS server; from /proc on Linux) used per protocol in each phase, and the
 * services' own latency histograms (/metrics).
 *
 *   npm run bench:protocols                                  (100 protocols per phase, 10/s, 4 at a time)
 *   BENCH_PROTOCOLS=50 BENCH_RATE=5 BENCH_CONCURRENCY=8 BENCH_ROWS=2000 npm run bench:protocols
 *   BENCH_CPU_PROFILE=/tmp/prof npm run bench:protocols      (a .cpuprofile per process; slows them down)
 */
import 'reflect-metadata';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { migrateGatewayDatabase } from '@orbita/gateway/auth';
import { ANALYTICS_UPDATED_V1, type AnalyticsUpdatedV1 } from '@orbita/contracts';
import type { SchoolAnalyticsView } from '@orbita/reporting/rpc';
import { ASSESSMENTS_SERVICE } from '@orbita/assessments/service';
import { NOTIFICATIONS_SERVICE } from '@orbita/notifications/service';
import { REGISTRY_SERVICE, seedRegistryDemoData } from '@orbita/registry/service';
import { REPORTING_SERVICE } from '@orbita/reporting/service';
import { migrateService } from '@orbita/service-host';
import { createTestDatabase, freePort, testActorKeys, TestSmtpServer, uniqueRunId, type TestDatabase } from '@orbita/testing';
import iconv from 'iconv-lite';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { cpuMsOf, percentile } from './stats';

const PROTOCOLS = Number(process.env['BENCH_PROTOCOLS'] ?? 100);
const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000);
const RATE = Number(process.env['BENCH_RATE'] ?? 10);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
const CPU_PROFILE_DIR = process.env['BENCH_CPU_PROFILE'];
const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
/** Fallback poll of the analytics (the event re-reads them at once). */
const POLL_MS = 100;
const VISIBLE_TIMEOUT_MS = 120_000;
const TASK_MAXIMA = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4];
const CLASSES = ['А', 'Б', 'В', 'Г'];
const ROOT = resolve(__dirname, '../..');

type AppName = 'gateway' | 'registry' | 'assessments' | 'reporting' | 'notifications';

interface Platform {
  gatewayUrl: string;
  /** The apps' logs (warnings and errors); removed after a run that succeeded. */
  logDir: string;
  ports: Record<AppName, number>;
  pids: Record<AppName, number>;
  stop(): Promise<void>;
}

interface School {
  id: string;
  token: string;
}

interface Work {
  id: string;
  /** Codes issued per school. */
  codes: Map<string, string[]>;
}

/** What one protocol upload measured (ms since the run's epoch). */
interface Upload {
  postedAt: number;
  storedAt: number;
  visibleAt: number;
}

// ---- the platform: one process per app ---------------------------------------------------------------

async function startPlatform(env: Record<string, string>): Promise<Platform> {
  const apps: AppName[] = ['registry', 'assessments', 'reporting', 'notifications', 'gateway'];
  const ports = Object.fromEntries(await Promise.all(apps.map(async (app) => [app, await freePort()] as const))) as Record<AppName, number>;
  const logDir = mkdtempSync(join(tmpdir(), 'orbita-bench-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            // A graceful stop waits for requests in flight; a stuck service is not waited for.
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    for (const app of apps) {
      const log = openSync(join(logDir, `${app}.log`), 'a');
      const nodeOptions = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`, `--cpu-prof-name=${app}.cpuprofile`] : [];
      const child = spawn(process.execPath, [...nodeOptions, resolve(ROOT, 'tools/scripts/run-ts.cjs'), `apps/${app}/src/main.ts`], {
        cwd: ROOT,
        env: { ...process.env, ...env, PORT: String(ports[app]) },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      children.push(child);
      child.once('exit', (code) => code && console.error(`${app} exited with ${code}`));
    }
    await Promise.all(apps.map((app) => waitReady(`http://127.0.0.1:${ports[app]}`, children[apps.indexOf(app)])));
  } catch (error) {
    await stop();
    console.error(`The apps' logs: ${logDir}`);
    throw error;
  }
  const pids = Object.fromEntries(apps.map((app, index) => [app, children[index].pid!])) as Record<AppName, number>;
  return { gatewayUrl: `http://127.0.0.1:${ports.gateway}`, logDir, ports, pids, stop };
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited`);
    const ready = await fetch(`${url}/health/ready`).then((response) => response.ok, () => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready in time`);
    await sleep(200);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- the region ------------------------------------------------------------------------------------

class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async send<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
}

/** Runs `task` over `items`, `width` at a time. */
async function inParallel<T, R>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}

/** An access token through the login, as a client gets one: the gateway accepts only live sessions. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, refreshTokenDelivery: 'body' }),
  });
  if (!response.ok) throw new Error(`login as ${email} → ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function createRegion(api: Api, baseUrl: string): Promise<School[]> {
  const municipality = await api.send<{ id: string }>('POST', '/municipalities', { name: `Бенчмарк-район ${Date.now()}`, kind: 'municipal_district' });
  return inParallel(Array.from({ length: PROTOCOLS }, (_, index) => index + 1), 8, async (number) => {
    const school = await api.send<{ id: string }>('POST', '/schools', {
      municipalityId: municipality.id,
      fullName: `Муниципальное автономное общеобразовательное учреждение «Средняя школа № ${number}»`,
      shortName: `СОШ № ${number} (бенчмарк)`,
    });
    const person = await api.send<{ id: string }>('POST', '/people', {
      organisationId: school.id,
      surname: 'Бенчмаркова',
      name: 'Анна',
      email: `coordinator.${number}@bench.orbita.local`,
      roles: ['school_coordinator'],
    });
    const email = `coordinator.${number}@bench.orbita.local`;
    const password = randomBytes(12).toString('base64url');
    await api.send('POST', '/accounts', {
      email,
      displayName: `Координатор ${number}`,
      role: 'school_coordinator',
      schoolId: school.id,
      personId: person.id,
      password,
    });
    return { id: school.id, token: await signIn(baseUrl, email, password) };
  });
}

async function createWork(api: Api, schools: School[], title: string): Promise<Work> {
  const today = new Date().toISOString().slice(0, 10);
  const work = await api.send<{ id: string }>('POST', '/works', {
    kind: 'selection',
    title,
    subject: 'math',
    grades: [7],
    schoolYear: 2025,
    windowFrom: today,
    windowTo: today,
    tasks: TASK_MAXIMA.map((maxScore, index) => ({ number: index + 1, label: String(index + 1), maxScore })),
    levels: [
      { code: 'low', label: 'Низкий', minTotal: 0 },
      { code: 'base', label: 'Базовый', minTotal: 8 },
      { code: 'high', label: 'Повышенный', minTotal: 15 },
    ],
    schoolIds: schools.map((school) => school.id),
  });
  const issued = await inParallel(schools, 8, (school) =>
    api.send<{ codes: string[] }>('POST', `/works/${work.id}/participant-codes`, { schoolId: school.id, count: ROWS }),
  );
  return { id: work.id, codes: new Map(schools.map((school, index) => [school.id, issued[index].codes])) };
}

// ---- the protocols ---------------------------------------------------------------------------------

interface Row {
  code: string;
  classLabel: string;
  scores: number[];
  total: number;
}

/** Deterministic scores (a school's rows differ from another's), some with halves. */
function rowsOf(codes: string[], seed: number): Row[] {
  let state = seed * 2_654_435_761;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  return codes.map((code, index) => {
    const scores = TASK_MAXIMA.map((max) => Math.round(random() * max * 2) / 2);
    return { code, classLabel: `7${CLASSES[index % CLASSES.length]}`, scores, total: scores.reduce((sum, score) => sum + score, 0) };
  });
}

/** As a school exports it from Excel: Windows-1251, `;`, decimal commas, Russian headers. */
function csvOf(rows: Row[]): Buffer {
  const number = (value: number) => String(value).replace('.', ',');
  const header = ['Код участника', 'Класс', ...TASK_MAXIMA.map((_, index) => `Задание ${index + 1}`), 'Итого'].join(';');
  const lines = rows.map((row) => [row.code, row.classLabel, ...row.scores.map(number), number(row.total)].join(';'));
  return iconv.encode(`${[header, ...lines].join('\r\n')}\r\n`, 'win1251');
}

/** Watches analytics through the gateway; `reporting.analytics.updated.v1` tells when to look again. */
class AnalyticsWatch {
  private readonly wakers = new Map<string, () => void>();
  private readonly announced = new Set<string>();

  constructor(
    private readonly gatewayUrl: string,
    nats: NatsConnection,
    prefix: string,
  ) {
    const subscription = nats.subscribe(`${prefix}.${ANALYTICS_UPDATED_V1.subject}`);
    void (async () => {
      for await (const message of subscription) {
        const { workId, schoolId } = message.json<AnalyticsUpdatedV1>();
        const key = `${workId}/${schoolId}`;
        this.announced.add(key);
        this.wakers.get(key)?.();
      }
    })();
  }

  /** Resolves when the school's analytics show `participants`, with the time (performance.now()) it saw them. */
  async visible(workId: string, school: School, participants: number): Promise<number> {
    const key = `${workId}/${school.id}`;
    const deadline = performance.now() + VISIBLE_TIMEOUT_MS;
    for (;;) {
      if (performance.now() > deadline) throw new Error(`analytics of school ${school.id} not visible in ${VISIBLE_TIMEOUT_MS} ms`);
      const response = await fetch(`${this.gatewayUrl}/api/v1/analytics/works/${workId}/schools/${school.id}`, {
        headers: { authorization: `Bearer ${school.token}` },
      });
      const seenAt = performance.now();
      if (response.ok && (await response.json() as SchoolAnalyticsView).figures.participants === participants) return seenAt;
      if (!response.ok) await response.arrayBuffer();
      if (this.announced.delete(key)) continue;
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, POLL_MS);
        this.wakers.set(key, () => {
          clearTimeout(timer);
          wake();
        });
      });
      this.wakers.delete(key);
    }
  }
}

async function uploadProtocol(gatewayUrl: string, work: Work, school: School, file: Buffer, watch: AnalyticsWatch): Promise<Upload> {
  const form = new FormData();
  form.append('workId', work.id);
  form.append('submit', 'true');
  form.append('file', new Blob([file]), 'protocol.csv');
  const postedAt = performance.now();
  const response = await fetch(`${gatewayUrl}/api/v1/protocols`, { method: 'POST', headers: { authorization: `Bearer ${school.token}` }, body: form });
  const storedAt = performance.now();
  if (response.status !== 201) throw new Error(`upload → ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
  const visibleAt = await watch.visible(work.id, school, ROWS);
  return { postedAt, storedAt, visibleAt };
}

// ---- the floor -------------------------------------------------------------------------------------

/** One COPY per protocol into a table shaped like assessments' protocol_rows, CONCURRENCY at a time. */
async function copyFloor(database: TestDatabase, protocols: Row[][]): Promise<number> {
  const pool = new Pool({ connectionString: database.url, max: CONCURRENCY });
  try {
    await pool.query(`CREATE SCHEMA bench_floor; CREATE TABLE bench_floor.protocol_rows (
      version_id uuid NOT NULL, row_number integer NOT NULL, participant_code text NOT NULL, class_label text NOT NULL,
      scores numeric(7, 2)[] NOT NULL, total numeric(9, 2) NOT NULL,
      PRIMARY KEY (version_id, row_number), UNIQUE (version_id, participant_code))`);
    const started = performance.now();
    await inParallel(protocols, CONCURRENCY, async (rows) => {
      const versionId = randomUUID();
      const text = rows.map((row, index) => `${versionId}\t${index + 2}\t${row.code}\t${row.classLabel}\t{${row.scores.join(',')}}\t${row.total}\n`).join('');
      const client = await pool.connect();
      try {
        await pipeline(Readable.from([text]), client.query(copyFrom('COPY bench_floor.protocol_rows FROM STDIN')));
      } finally {
        client.release();
      }
    });
    return performance.now() - started;
  } finally {
    await pool.end();
  }
}

// ---- where the time goes: the services' own metrics and the CPU each process used -----------------

/** Histogram sums and counts by `<app> <series>`, and CPU milliseconds by `cpu <process>`. */
type Metrics = Map<string, number>;

/**
 * CPU of each process named `command` (every PostgreSQL backend, the NATS server), as `cpu <label> <pid>`:
 * shared servers, so other users' load counts too; a backend that ends between two scrapes is not counted.
 */
function cpuOfCommand(metrics: Metrics, command: string, label: string): void {
  if (process.platform !== 'linux') return;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command) metrics.set(`cpu ${label} ${pid}`, cpuMsOf(pid));
    } catch {
      // Gone meanwhile.
    }
  }
}

async function scrape(platform: Platform): Promise<Metrics> {
  const metrics: Metrics = new Map();
  for (const [app, pid] of Object.entries(platform.pids)) metrics.set(`cpu ${app}`, cpuMsOf(pid));
  const own = process.cpuUsage();
  metrics.set('cpu bench client', (own.user + own.system) / 1000);
  cpuOfCommand(metrics, 'postgres', 'PostgreSQL');
  cpuOfCommand(metrics, 'nats-server', 'NATS');
  for (const [app, port] of Object.entries(platform.ports)) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const line of text.split('\n')) {
      const match = /^(\w+?)_(sum|count)(\{[^}]*\})? (\S+)$/.exec(line);
      if (match) metrics.set(`${app} ${match[1]}_${match[2]}${match[3] ?? ''}`, Number(match[4]));
    }
  }
  return metrics;
}

/** Mean time per observation of each histogram between two scrapes, where something was observed. */
function stageMeans(before: Metrics, after: Metrics): { stage: string; count: number; meanMs: number }[] {
  const stages: { stage: string; count: number; meanMs: number }[] = [];
  for (const [key, sum] of after) {
    if (!key.includes('_sum')) continue;
    const countKey = key.replace('_sum', '_count');
    const count = (after.get(countKey) ?? 0) - (before.get(countKey) ?? 0);
    if (count <= 0 || key.startsWith('cpu ')) continue;
    const stage = key.replace('_sum', '').replace(/orbita_(http_request_duration_seconds)?|_seconds/g, '');
    stages.push({ stage, count, meanMs: ((sum - (before.get(key) ?? 0)) / count) * 1000 });
  }
  return stages.filter(({ stage }) => !/\/health|\/metrics|nodejs_/.test(stage));
}

// ---- the run -----------------------------------------------------------------------------------------

/** Every durable consumer of the run has taken and acknowledged everything (three polls in a row). */
async function settled(jsm: JetStreamManager, prefix: string): Promise<void> {
  for (let quiet = 0; quiet < 3; ) {
    let busy = false;
    for await (const stream of jsm.streams.list()) {
      if (!stream.config.name.startsWith(`${prefix}_`)) continue;
      for await (const consumer of jsm.consumers.list(stream.config.name)) busy ||= consumer.num_pending + consumer.num_ack_pending > 0;
    }
    quiet = busy ? 0 : quiet + 1;
    await sleep(200);
  }
}

interface Phase {
  uploads: Upload[];
  ms: number;
  before: Metrics;
  after: Metrics;
}

interface Run {
  platform: Platform;
  watch: AnalyticsWatch;
  schools: School[];
  jsm: JetStreamManager;
  prefix: string;
}

/** Every school uploads its file: `rate` per second, or CONCURRENCY at a time as fast as they are taken. */
async function runPhase({ platform, watch, schools, jsm, prefix }: Run, work: Work, files: Buffer[], rate: number | null): Promise<Phase> {
  const before = await scrape(platform);
  const started = performance.now();
  const upload = (school: School, index: number) => uploadProtocol(platform.gatewayUrl, work, school, files[index], watch);
  const uploads =
    rate === null
      ? await inParallel(schools, CONCURRENCY, upload)
      : await Promise.all(
          schools.map(async (school, index) => {
            await sleep(Math.max(0, started + (index * 1000) / rate - performance.now()));
            return upload(school, index);
          }),
        );
  const ms = Math.max(...uploads.map((each) => each.visibleAt)) - started;
  // The CPU of the phase includes what follows the analytics (notifications, mails).
  await settled(jsm, prefix);
  return { uploads, ms, before, after: await scrape(platform) };
}

function report(capacity: Phase, latency: Phase, floorMs: number): void {
  const rows = PROTOCOLS * ROWS;
  const stored = (phase: Phase) => Math.max(...phase.uploads.map((upload) => upload.storedAt)) - Math.min(...phase.uploads.map((upload) => upload.postedAt));
  const ingested = rows / (stored(capacity) / 1000);
  const floor = rows / (floorMs / 1000);
  const row = (label: string, a: string, b = '', c = '') => console.log(`${label.padEnd(58)}${a.padStart(12)}${b.padStart(12)}${c.padStart(10)}`);
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(0);

  console.log(`\nprotocols benchmark: ${PROTOCOLS} protocols × ${ROWS} rows per phase, node ${process.version}\n`);
  row('', 'platform', 'raw COPY', 'ratio');
  row(`rows/s ingested (${CONCURRENCY} uploads at a time)`, ingested.toFixed(0), floor.toFixed(0), `${((ingested / floor) * 100).toFixed(0)} %`);
  row('rows/s to analytics visible', (rows / (capacity.ms / 1000)).toFixed(0));
  for (const [label, phase] of [[`at ${CONCURRENCY} at a time`, capacity], [`at ${RATE} protocols/s`, latency]] as const) {
    const toStored = phase.uploads.map((upload) => upload.storedAt - upload.postedAt);
    const toVisible = phase.uploads.map((upload) => upload.visibleAt - upload.postedAt);
    row(`POST → 201, p50 / p99 (ms) ${label}`, `${ms(toStored, 50)} / ${ms(toStored, 99)}`);
    row(`POST → analytics visible, p50 / p99 (ms) ${label}`, `${ms(toVisible, 50)} / ${ms(toVisible, 99)}`);
  }
  const toVisible = latency.uploads.map((upload) => upload.visibleAt - upload.postedAt);
  const met = (name: string, ok: boolean) => `${name} ${ok ? 'met' : 'NOT met'}`;
  console.log(
    `\naims: ${[
      met('≥ 20,000 rows/s', ingested >= 20_000),
      met('≥ 30 % of raw', ingested / floor >= 0.3),
      met(`p50 ≤ 300 ms at ${RATE}/s`, percentile(toVisible, 50) <= 300),
      met(`p99 ≤ 1 s at ${RATE}/s`, percentile(toVisible, 99) <= 1_000),
    ].join(', ')}`,
  );

  console.log(`\nCPU per protocol (ms)${' '.repeat(37)}${'as taken'.padStart(12)}${`at ${RATE}/s`.padStart(12)}`);
  // Per process label (`cpu PostgreSQL 123` → `PostgreSQL`): what it used during the phase, per protocol.
  const cpu = (phase: Phase, label: string) => {
    let ms = 0;
    for (const [key, after] of phase.after) if (key === `cpu ${label}` || key.startsWith(`cpu ${label} `)) ms += after - (phase.before.get(key) ?? 0);
    return ms / PROTOCOLS;
  };
  const labels = [...new Set([...capacity.after.keys()].filter((key) => key.startsWith('cpu ')).map((key) => key.slice(4).replace(/ \d+$/, '')))];
  for (const label of labels) row(`  ${label}`, cpu(capacity, label).toFixed(1), cpu(latency, label).toFixed(1));
  const total = (phase: Phase) => labels.reduce((sum, label) => sum + cpu(phase, label), 0);
  row('  total', total(capacity).toFixed(1), total(latency).toFixed(1));
  console.log(`  (${cpus().length} CPUs: at most ${((cpus().length * 1000) / total(capacity)).toFixed(1)} protocols/s if nothing else ran)`);

  console.log(`\nstages at ${RATE} protocols/s (the services' histograms: observations, mean ms):`);
  for (const { stage, count, meanMs } of stageMeans(latency.before, latency.after)) console.log(`  ${stage.padEnd(104)}${String(count).padStart(6)}${meanMs.toFixed(1).padStart(10)}`);
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const prefix = uniqueRunId('bench');
  const smtp = await TestSmtpServer.start();
  const env = {
    DATABASE_URL: database.url,
    NATS_URL,
    NATS_SUBJECT_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
    // The bench is one client: the per-client limit on uploads would be the bottleneck.
    EXPENSIVE_RATE_LIMIT: '1000000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ORBITA_ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    // The gateway signs the actors of its requests; the services verify them.
    ACTOR_SIGNING_KEY: testActorKeys().signingKey,
    ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
  };
  const nats = await connect({ servers: NATS_URL, name: 'bench-protocols' });
  let platform: Platform | undefined;
  const interrupted = () => void platform?.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    for (const service of [REGISTRY_SERVICE, ASSESSMENTS_SERVICE, REPORTING_SERVICE, NOTIFICATIONS_SERVICE]) await migrateService(service, env);
    await migrateGatewayDatabase(database.url);
    platform = await startPlatform(env);
    await seedRegistryDemoData(env);

    const admin = await signIn(platform.gatewayUrl, 'admin@orbita.local', env.ORBITA_ADMIN_PASSWORD);
    const api = new Api(platform.gatewayUrl, admin);
    const schools = await createRegion(api, platform.gatewayUrl);
    const [capacityWork, latencyWork] = [await createWork(api, schools, 'Бенчмарк: пропускная способность'), await createWork(api, schools, 'Бенчмарк: задержка')];
    const rowsOfWork = (work: Work) => schools.map((school, index) => rowsOf(work.codes.get(school.id)!, index + 1));
    const [capacityRows, latencyRows] = [rowsOfWork(capacityWork), rowsOfWork(latencyWork)];
    const jsm = await jetstreamManager(nats);
    await settled(jsm, prefix);

    const floorMs = await copyFloor(database, capacityRows);
    const run: Run = { platform, watch: new AnalyticsWatch(platform.gatewayUrl, nats, prefix), schools, jsm, prefix };
    const capacity = await runPhase(run, capacityWork, capacityRows.map(csvOf), null);
    const latency = await runPhase(run, latencyWork, latencyRows.map(csvOf), RATE);
    report(capacity, latency, floorMs);
    rmSync(platform.logDir, { recursive: true, force: true });
  } catch (error) {
    if (platform) console.error(`The apps' logs: ${platform.logDir}`);
    throw error;
  } finally {
    await platform?.stop();
    const jsm = await jetstreamManager(nats);
    for await (const stream of jsm.streams.list()) {
      const name = stream.config.name;
      if (name.startsWith(`${prefix}_`) || name.startsWith(`OBJ_${prefix}_`)) await jsm.streams.delete(name);
    }
    await nats.drain();
    await smtp.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
