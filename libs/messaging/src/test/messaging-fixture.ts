import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { NatsConnection } from '@nats-io/transport-node';
import pino from 'pino';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { SCHOOL_REGISTERED_V1, SchoolRegisteredV1 } from '@orbita/contracts';
import { createServiceDataSource, runMigrations } from '@orbita/persistence';
import { createTestDatabase, TestDatabase, uniqueRunId } from '@orbita/testing';
import { EventConsumer, EventConsumerOptions, onEvent } from '../lib/consumer/event-consumer';
import { MessagingNames } from '../lib/naming';
import { connectNats } from '../lib/nats/nats-connection';
import { ensureStream } from '../lib/nats/streams';
import { MessagingTables1763800000000 } from '../lib/outbox/messaging-tables.migration';
import { OutboxRelay, OutboxRelayOptions } from '../lib/outbox/outbox.relay';
import { UnitOfWork } from '../lib/outbox/unit-of-work';

/** The producer's own state: a school row written together with its event. */
class TestSchools1763800000001 implements MigrationInterface {
  name = 'TestSchools1763800000001';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE school (id uuid PRIMARY KEY, short_name text NOT NULL)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE school');
  }
}

/** The consumer's effect, with no uniqueness on purpose: applying an event twice would show as two rows. */
class TestEffects1763800000002 implements MigrationInterface {
  name = 'TestEffects1763800000002';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE school_seen (event_id uuid NOT NULL, school_id uuid NOT NULL)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE school_seen');
  }
}

export const quietLogger = pino({ level: process.env['LOG_LEVEL'] ?? 'silent' });

export function school(index: number): SchoolRegisteredV1 {
  return {
    schoolId: randomUUID(),
    municipalityId: '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0001',
    fullName: `Муниципальное бюджетное общеобразовательное учреждение № ${index}`,
    shortName: `МБОУ № ${index}`,
    active: true,
  };
}

export async function producerDataSource(url: string): Promise<DataSource> {
  const dataSource = createServiceDataSource({
    service: 'registry',
    url,
    migrations: [MessagingTables1763800000000, TestSchools1763800000001],
  });
  await runMigrations(dataSource);
  return dataSource.initialize();
}

export async function consumerDataSource(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = createServiceDataSource({
    service: 'reporting',
    url,
    poolSize,
    migrations: [MessagingTables1763800000000, TestEffects1763800000002],
  });
  await runMigrations(dataSource);
  return dataSource.initialize();
}

export const natsUrl = () => process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

/**
 * A registry-like producer and a reporting-like consumer on the real PostgreSQL and NATS, isolated by a
 * database, a subject prefix and stream names of this run's own.
 */
export class MessagingFixture {
  readonly closers: (() => Promise<unknown>)[] = [];

  private constructor(
    readonly names: MessagingNames,
    readonly database: TestDatabase,
    readonly producer: DataSource,
    readonly consumerDb: DataSource,
    readonly nats: NatsConnection,
  ) {}

  static async create(options: { natsUrl?: string } = {}): Promise<MessagingFixture> {
    const names = new MessagingNames(uniqueRunId());
    const database = await createTestDatabase();
    const producer = await producerDataSource(database.url);
    const consumerDb = await consumerDataSource(database.url);
    const nats = await connectNats({ url: options.natsUrl ?? natsUrl(), name: `test-${names.prefix}` });
    await ensureStream(await jetstreamManager(nats), names.eventStream('registry'));
    return new MessagingFixture(names, database, producer, consumerDb, nats);
  }

  /** Registers schools as the registry would: state and event in one transaction. */
  async registerSchools(count: number, startAt = 1): Promise<SchoolRegisteredV1[]> {
    const uow = new UnitOfWork(this.producer);
    const schools = Array.from({ length: count }, (_, index) => school(startAt + index));
    for (let offset = 0; offset < schools.length; offset += 200) {
      await uow.run(async (tx) => {
        for (const payload of schools.slice(offset, offset + 200)) {
          await tx.manager.query('INSERT INTO school (id, short_name) VALUES ($1, $2)', [payload.schoolId, payload.shortName]);
          tx.publish(SCHOOL_REGISTERED_V1, payload, { aggregateId: payload.schoolId });
        }
      });
    }
    return schools;
  }

  relay(overrides: Partial<OutboxRelayOptions> = {}): OutboxRelay {
    const relay = new OutboxRelay({
      service: 'registry',
      dataSource: this.producer,
      nats: this.nats,
      names: this.names,
      pollIntervalMs: 200,
      logger: quietLogger,
      ...overrides,
    });
    this.closers.push(() => relay.stop());
    return relay;
  }

  /** A consumer whose effect is one `school_seen` row per applied event. */
  consumer(overrides: Partial<EventConsumerOptions> = {}): EventConsumer {
    const consumer = new EventConsumer({
      service: 'reporting',
      purpose: 'directory',
      dataSource: this.consumerDb,
      nats: this.nats,
      names: this.names,
      logger: quietLogger,
      backoffMs: [50, 100, 200],
      handlers: [
        onEvent(SCHOOL_REGISTERED_V1, async (payload, context) => {
          await context.manager.query('INSERT INTO reporting.school_seen (event_id, school_id) VALUES ($1, $2)', [
            context.metadata.eventId,
            payload.schoolId,
          ]);
        }),
      ],
      ...overrides,
    });
    this.closers.push(() => consumer.stop());
    return consumer;
  }

  async count(sql: string, dataSource = this.producer): Promise<number> {
    const [row] = await dataSource.query(sql);
    return Number(Object.values(row)[0]);
  }

  /** Every message in one of this run's streams, read without a durable consumer. */
  async streamMessages(streamName: string): Promise<{ subject: string; headers: Record<string, string>; data: string }[]> {
    const jsm = await jetstreamManager(this.nats);
    const info = await jsm.streams.info(streamName);
    const result: { subject: string; headers: Record<string, string>; data: string }[] = [];
    if (info.state.messages === 0) return result;
    const consumer = await jetstream(this.nats).consumers.get(streamName);
    const messages = await consumer.fetch({ max_messages: info.state.messages, expires: 5_000 });
    for await (const message of messages) {
      const headers: Record<string, string> = {};
      for (const key of message.headers?.keys() ?? []) headers[key] = message.headers!.get(key);
      result.push({ subject: message.subject, headers, data: message.string() });
      if (result.length === info.state.messages) break;
    }
    return result;
  }

  async waitFor(condition: () => Promise<boolean>, timeoutMs = 30_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async dispose(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    const jsm = await jetstreamManager(this.nats).catch(() => undefined);
    if (jsm) {
      for await (const stream of jsm.streams.list()) {
        if (stream.config.name.startsWith(`${this.names.prefix}_`)) await jsm.streams.delete(stream.config.name);
      }
    }
    await this.nats.drain().catch(() => undefined);
    await this.producer.destroy();
    await this.consumerDb.destroy();
    await this.database.drop();
  }
}
