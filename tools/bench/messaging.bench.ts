/**
 * Outbox → relay → JetStream → consumer with inbox, against raw JetStream publish-and-consume of the same
 * messages, in the same run on the same servers. Prints events/s and p50/p99 latency side by side.
 *
 *   npm run bench:messaging            (10,000 events)
 *   BENCH_EVENTS=2000 npm run bench:messaging
 */
import 'reflect-metadata';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { NatsConnection } from '@nats-io/transport-node';
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
import { randomUUID } from 'node:crypto';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 10_000);
const WRITERS = 4;
const EVENTS_PER_TRANSACTION = 50;
const logger = pino({ level: 'warn' });

class BenchEffects1763800000003 implements MigrationInterface {
  name = 'BenchEffects1763800000003';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE bench_effect (event_id uuid PRIMARY KEY, school_id uuid NOT NULL)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE bench_effect');
  }
}

interface Result {
  seconds: number;
  latenciesMs: number[];
}

function payload(index: number): SchoolRegisteredV1 {
  return {
    schoolId: randomUUID(),
    municipalityId: randomUUID(),
    fullName: `Муниципальное автономное общеобразовательное учреждение «Лицей № ${index}»`,
    shortName: `Лицей № ${index}`,
    active: true,
  };
}

async function dataSource(service: string, url: string, migrations: (new () => MigrationInterface)[]): Promise<DataSource> {
  const ds = createServiceDataSource({ service, url, migrations, poolSize: 20 });
  await runMigrations(ds);
  return ds.initialize();
}

async function outboxPath(url: string, nats: NatsConnection, names: MessagingNames): Promise<Result> {
  const producer = await dataSource('registry', url, [MessagingTables1763800000000]);
  const consumerDb = await dataSource('reporting', url, [MessagingTables1763800000000, BenchEffects1763800000003]);
  const latenciesMs: number[] = [];
  let applied = 0;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));

  const relay = new OutboxRelay({ service: 'registry', dataSource: producer, nats, names, logger, pollIntervalMs: 100 });
  const consumer = new EventConsumer({
    service: 'reporting',
    purpose: 'bench',
    dataSource: consumerDb,
    nats,
    names,
    logger,
    concurrency: 64,
    handlers: [
      onEvent(SCHOOL_REGISTERED_V1, async (school, context) => {
        await context.manager.query('INSERT INTO reporting.bench_effect (event_id, school_id) VALUES ($1, $2)', [
          context.metadata.eventId,
          school.schoolId,
        ]);
        latenciesMs.push(Date.now() - Date.parse(context.metadata.occurredAt));
        if (++applied === EVENTS) finished();
      }),
    ],
  });
  await relay.start();
  await consumer.start();

  const uow = new UnitOfWork(producer);
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < EVENTS) {
        const count = Math.min(EVENTS_PER_TRANSACTION, EVENTS - next);
        const first = next;
        next += count;
        await uow.run(async (tx) => {
          for (let index = first; index < first + count; index++) {
            const school = payload(index);
            tx.publish(SCHOOL_REGISTERED_V1, school, { aggregateId: school.schoolId });
          }
        });
      }
    }),
  );
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await consumer.stop();
  await relay.stop();
  await producer.destroy();
  await consumerDb.destroy();
  return { seconds, latenciesMs };
}

async function rawPath(nats: NatsConnection, names: MessagingNames): Promise<Result> {
  const js = jetstream(nats);
  const jsm = await jetstreamManager(nats);
  const stream = { name: `${names.prefix}_RAW`, subjects: [`${names.prefix}.raw.>`] };
  await ensureStream(jsm, stream);
  await jsm.consumers.add(stream.name, { durable_name: 'raw', ack_policy: AckPolicy.Explicit, max_ack_pending: 10_000 });
  const latenciesMs: number[] = [];
  const consumer = await js.consumers.get(stream.name, 'raw');
  const started = process.hrtime.bigint();

  const consumed = (async () => {
    while (latenciesMs.length < EVENTS) {
      const batch = await consumer.fetch({ max_messages: 500, expires: 1_000 });
      for await (const message of batch) {
        latenciesMs.push(Date.now() - Number(message.headers?.get('Sent-At')));
        message.ack();
      }
    }
  })();
  const { headers } = await import('@nats-io/transport-node');
  for (let offset = 0; offset < EVENTS; offset += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, EVENTS - offset) }, (_, index) => {
        const id = randomUUID();
        const h = headers();
        h.set('Sent-At', String(Date.now()));
        return js.publish(`${names.prefix}.raw.school`, JSON.stringify(payload(offset + index)), { msgID: id, headers: h });
      }),
    );
  }
  await consumed;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const names = new MessagingNames(uniqueRunId('bench'));
  const database = await createTestDatabase();
  const nats = await connectNats({ url: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222', name: 'bench' });
  try {
    const raw = await rawPath(nats, names);
    const outbox = await outboxPath(database.url, nats, names);
    const row = (label: string, a: string, b: string, ratio: string) =>
      console.log(`${label.padEnd(28)}${a.padStart(18)}${b.padStart(18)}${ratio.padStart(10)}`);
    const rate = (r: Result) => EVENTS / r.seconds;
    console.log(`\nmessaging benchmark: ${EVENTS} events, node ${process.version}\n`);
    row('', 'outbox + inbox', 'raw JetStream', 'ratio');
    row('events/s', rate(outbox).toFixed(0), rate(raw).toFixed(0), `${((rate(outbox) / rate(raw)) * 100).toFixed(0)} %`);
    for (const p of [50, 99]) {
      const a = percentile(outbox.latenciesMs, p);
      const b = percentile(raw.latenciesMs, p);
      row(`p${p} latency (ms)`, String(a), String(b), `${(a / Math.max(b, 1)).toFixed(1)}×`);
    }
    row('total (s)', outbox.seconds.toFixed(2), raw.seconds.toFixed(2), '');
    const ok = rate(outbox) >= 5_000 && rate(outbox) / rate(raw) >= 0.2;
    console.log(`\naim: ≥ 5,000 events/s and ≥ 20 % of raw — ${ok ? 'met' : 'NOT met'}`);
  } finally {
    const jsm = await jetstreamManager(nats);
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${names.prefix}_`)) await jsm.streams.delete(stream.config.name);
    }
    await nats.drain();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
