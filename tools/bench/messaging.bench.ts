/**
 * Outbox → relay → JetStream → consumer with inbox, beside raw JetStream publish-and-consume of the same
 * messages, in the same run on the same servers. As in production, the consumer runs in a process of its
 * own (another service); the producer and its relay share one. Prints events/s and p50/p99 latency
 * (from the producer's write to the consumer's effect) side by side.
 *
 *   npm run bench:messaging                 (10,000 events)
 *   BENCH_EVENTS=2000 npm run bench:messaging
 */
import 'reflect-metadata';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders, NatsConnection } from '@nats-io/transport-node';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { SCHOOL_REGISTERED_V1, SchoolRegisteredV1 } from '@orbita/contracts';
import {
  connectNats,
  ensureStream,
  EventConsumer,
  MessagingNames,
  MessagingTables1763800000000,
  onEvent,
  OutboxRelay,
  UnitOfWork,
} from '@orbita/messaging';
import { createServiceDataSource, runMigrations } from '@orbita/persistence';
import { createTestDatabase, uniqueRunId } from '@orbita/testing';
import { percentile } from './stats';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 10_000);
const WRITERS = 4;
const EVENTS_PER_TRANSACTION = 50;
const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const logger = pino({ level: 'warn' });

type Role = 'outbox-consumer' | 'raw-consumer';
interface ConsumerJob {
  role: Role;
  prefix: string;
  databaseUrl: string;
}
type ConsumerReport = { ready: true } | { finishedAt: number; latenciesMs: number[] };

interface Result {
  seconds: number;
  latenciesMs: number[];
}

class BenchEffects1763800000003 implements MigrationInterface {
  name = 'BenchEffects1763800000003';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE bench_effect (event_id uuid PRIMARY KEY, school_id uuid NOT NULL)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE bench_effect');
  }
}

function school(index: number): SchoolRegisteredV1 {
  return {
    schoolId: randomUUID(),
    municipalityId: randomUUID(),
    fullName: `Муниципальное автономное общеобразовательное учреждение «Лицей № ${index}»`,
    shortName: `Лицей № ${index}`,
    active: true,
  };
}

async function dataSource(service: string, url: string, migrations: (new () => MigrationInterface)[]): Promise<DataSource> {
  const ds = createServiceDataSource({ service, url, migrations, poolSize: 10 });
  await runMigrations(ds);
  return ds.initialize();
}

const rawStream = (names: MessagingNames) => ({ name: `${names.prefix}_RAW`, subjects: [`${names.prefix}.raw.>`] });

// ---- the consumer process -------------------------------------------------------------------------

async function runConsumer(job: ConsumerJob): Promise<void> {
  const names = new MessagingNames(job.prefix);
  const nats = await connectNats({ url: NATS_URL, name: `bench-${job.role}` });
  const latenciesMs: number[] = [];
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const record = (sentAt: number) => {
    latenciesMs.push(Date.now() - sentAt);
    if (latenciesMs.length === EVENTS) finished();
  };

  if (job.role === 'outbox-consumer') {
    const database = await dataSource('reporting', job.databaseUrl, [MessagingTables1763800000000, BenchEffects1763800000003]);
    const consumer = new EventConsumer({
      service: 'reporting',
      purpose: 'bench',
      dataSource: database,
      nats,
      names,
      logger,
      handlers: [
        onEvent(SCHOOL_REGISTERED_V1, async (payload, context) => {
          await context.manager.query('INSERT INTO reporting.bench_effect (event_id, school_id) VALUES ($1, $2)', [
            context.metadata.eventId,
            payload.schoolId,
          ]);
          // Counted after commit would be exact; the commit follows within the same batch.
          record(Date.parse(context.metadata.occurredAt));
        }),
      ],
    });
    await consumer.start();
    process.send!({ ready: true } satisfies ConsumerReport);
    await done;
    await consumer.stop();
    await database.destroy();
  } else {
    const stream = rawStream(names);
    await ensureStream(await jetstreamManager(nats), stream);
    await (await jetstreamManager(nats)).consumers.add(stream.name, {
      durable_name: 'raw',
      ack_policy: AckPolicy.Explicit,
      max_ack_pending: 10_000,
    });
    const consumer = await jetstream(nats).consumers.get(stream.name, 'raw');
    process.send!({ ready: true } satisfies ConsumerReport);
    while (latenciesMs.length < EVENTS) {
      for await (const message of await consumer.fetch({ max_messages: 500, expires: 1_000 })) {
        message.ack();
        record(Number(message.headers?.get('Sent-At')));
      }
    }
  }
  process.send!({ finishedAt: Date.now(), latenciesMs } satisfies ConsumerReport);
  await nats.drain();
}

// ---- the producer process -------------------------------------------------------------------------

type FinalReport = { finishedAt: number; latenciesMs: number[] };

/** Starts a consumer process and waits until it is ready; `report` settles when it has seen every event. */
async function startConsumer(job: ConsumerJob): Promise<{ report: Promise<FinalReport> }> {
  const child = fork(require.resolve('../scripts/run-ts.cjs'), [__filename], {
    env: { ...process.env, BENCH_JOB: JSON.stringify(job) },
  });
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const report = new Promise<FinalReport>((resolve, reject) => {
    child.on('message', (message: ConsumerReport) => ('ready' in message ? ready() : resolve(message)));
    child.on('exit', (code) => reject(new Error(`${job.role} exited with ${code}`)));
  });
  await Promise.race([isReady, report]);
  // Wrapped: an async function returning the promise itself would wait for it.
  return { report };
}

async function outboxPath(databaseUrl: string, nats: NatsConnection, names: MessagingNames): Promise<Result> {
  const producer = await dataSource('registry', databaseUrl, [MessagingTables1763800000000]);
  const { report } = await startConsumer({ role: 'outbox-consumer', prefix: names.prefix, databaseUrl });
  const relay = new OutboxRelay({ service: 'registry', dataSource: producer, nats, names, logger });
  await relay.start();

  const uow = new UnitOfWork(producer);
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < EVENTS) {
        const first = next;
        next = Math.min(EVENTS, next + EVENTS_PER_TRANSACTION);
        const last = next;
        await uow.run(async (tx) => {
          for (let index = first; index < last; index++) {
            const payload = school(index);
            tx.publish(SCHOOL_REGISTERED_V1, payload, { aggregateId: payload.schoolId });
          }
        });
      }
    }),
  );
  const { finishedAt, latenciesMs } = await report;
  await relay.stop();
  await producer.destroy();
  return { seconds: (finishedAt - started) / 1000, latenciesMs };
}

async function rawPath(nats: NatsConnection, names: MessagingNames, databaseUrl: string): Promise<Result> {
  const { report } = await startConsumer({ role: 'raw-consumer', prefix: names.prefix, databaseUrl });
  const js = jetstream(nats);
  const started = Date.now();
  for (let offset = 0; offset < EVENTS; offset += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, EVENTS - offset) }, (_, index) => {
        const headers = natsHeaders();
        headers.set('Sent-At', String(Date.now()));
        const data = JSON.stringify(school(offset + index));
        return js.publish(`${names.prefix}.raw.school`, data, { msgID: randomUUID(), headers });
      }),
    );
  }
  const { finishedAt, latenciesMs } = await report;
  return { seconds: (finishedAt - started) / 1000, latenciesMs };
}

async function main(): Promise<void> {
  const names = new MessagingNames(uniqueRunId('bench'));
  const database = await createTestDatabase();
  const nats = await connectNats({ url: NATS_URL, name: 'bench' });
  try {
    const raw = await rawPath(nats, names, database.url);
    const outbox = await outboxPath(database.url, nats, names);
    const rate = (result: Result) => EVENTS / result.seconds;
    const row = (label: string, a: string, b: string, ratio: string) =>
      console.log(`${label.padEnd(22)}${a.padStart(16)}${b.padStart(16)}${ratio.padStart(10)}`);
    console.log(`\nmessaging benchmark: ${EVENTS} events, node ${process.version}\n`);
    row('', 'outbox + inbox', 'raw JetStream', 'ratio');
    row('events/s', rate(outbox).toFixed(0), rate(raw).toFixed(0), `${((rate(outbox) / rate(raw)) * 100).toFixed(0)} %`);
    for (const p of [50, 99]) {
      const a = percentile(outbox.latenciesMs, p);
      const b = percentile(raw.latenciesMs, p);
      row(`p${p} latency (ms)`, String(a), String(b), `${(a / Math.max(b, 1)).toFixed(1)}×`);
    }
    row('total (s)', outbox.seconds.toFixed(2), raw.seconds.toFixed(2), '');
    const met = rate(outbox) >= 5_000 && rate(outbox) / rate(raw) >= 0.2;
    console.log(`\naim: ≥ 5,000 events/s and ≥ 20 % of raw — ${met ? 'met' : 'not met'}`);
  } finally {
    const jsm = await jetstreamManager(nats);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${names.prefix}_`)) await jsm.streams.delete(stream.config.name);
    }
    await nats.drain();
    await database.drop();
  }
}

const job = process.env['BENCH_JOB'];
(job ? runConsumer(JSON.parse(job) as ConsumerJob) : main()).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
