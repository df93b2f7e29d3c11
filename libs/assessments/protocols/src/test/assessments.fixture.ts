import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import { WORKS_ENTITIES, WORKS_MIGRATIONS, WorksModule } from '@orbita/assessments/works';
import { ASSESSMENTS_RPC, type CreateWorkCommand, type IssuedParticipantCodesView, type WorkView } from '@orbita/contracts';
import { connectNats, MessagingNames, RpcClient, TransferBucket } from '@orbita/messaging';
import { createServiceApp, migrateService, ServiceConfig, type ServiceDefinition } from '@orbita/service-host';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { IntakeEnvironment } from '../lib/intake/intake-settings';
import { PROTOCOLS_ENTITIES, PROTOCOLS_MIGRATIONS, ProtocolsModule } from '../lib/protocols.module';

/** The assessments service as ASSESSMENTS_SERVICE composes it. */
export const ASSESSMENTS_TEST_SERVICE: ServiceDefinition = {
  name: 'assessments',
  entities: [...WORKS_ENTITIES, ...PROTOCOLS_ENTITIES],
  migrations: [...WORKS_MIGRATIONS, ...PROTOCOLS_MIGRATIONS],
  modules: [WorksModule, ProtocolsModule],
};

class TestAssessmentsConfig extends ServiceConfig implements IntakeEnvironment {
  PROTOCOL_MAX_BYTES = 10 * 1024 * 1024;
  PROTOCOL_MAX_ROWS = 20_000;
}

export interface JournalEntry {
  seq: number;
  subject: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export const regional = (): Actor => ({ userId: randomUUID(), role: 'regional_coordinator', schoolId: null });
export const schoolCoordinator = (schoolId: string): Actor => ({ userId: randomUUID(), role: 'school_coordinator', schoolId });

/** A blueprint of `tasks` tasks with maximum 2 each, expected from `schoolIds`. */
export const blueprint = (schoolIds: string[], overrides: Partial<CreateWorkCommand> = {}): CreateWorkCommand => ({
  kind: 'intermediate',
  title: 'Математика, 7 класс',
  subject: 'math',
  grades: [7],
  schoolYear: 2024,
  windowFrom: '2024-12-02',
  windowTo: '2024-12-05',
  tasks: [1, 2, 3].map((number) => ({ number, label: String(number), maxScore: 2 })),
  levels: [
    { code: 'low', label: 'Низкий', minTotal: 0 },
    { code: 'high', label: 'Высокий', minTotal: 4 },
  ],
  schoolIds,
  ...overrides,
});

/**
 * The assessments service on the real PostgreSQL and NATS (own database and subject prefix), an RPC
 * client, the transfer bucket, and a journal of every row ever written to the outbox (the relay empties
 * the outbox itself), in insertion order.
 */
export class AssessmentsFixture {
  private constructor(
    readonly database: TestDatabase,
    readonly app: NestFastifyApplication,
    readonly nats: NatsConnection,
    readonly names: MessagingNames,
    readonly dataSource: DataSource,
  ) {}

  static async start(overrides: Partial<IntakeEnvironment> = {}): Promise<AssessmentsFixture> {
    const database = await createTestDatabase();
    await migrateService(ASSESSMENTS_TEST_SERVICE, { DATABASE_URL: database.url });
    const prefix = uniqueRunId();
    const config = Object.assign(new TestAssessmentsConfig(), { DATABASE_URL: database.url, NATS_SUBJECT_PREFIX: prefix, LOG_LEVEL: 'warn', ...overrides });
    const app = await createServiceApp(ASSESSMENTS_TEST_SERVICE, config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
    await app.init();
    const dataSource = app.get(DataSource);
    await dataSource.query(`
      CREATE TABLE outbox_journal (seq bigint, subject text, aggregate_id text, payload jsonb);
      CREATE FUNCTION journal_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO outbox_journal VALUES (NEW.seq, NEW.subject, NEW.aggregate_id, NEW.payload); RETURN NEW; END $$;
      CREATE TRIGGER outbox_journal AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION journal_outbox();`);
    const nats = await connectNats({ url: config.NATS_URL, name: 'assessments-test' });
    const fixture = new AssessmentsFixture(database, app, nats, new MessagingNames(prefix), dataSource);
    await fixture.waitForRpc();
    return fixture;
  }

  request<T>(subject: string, body: object, actor?: Actor): Promise<T> {
    return new RpcClient(this.nats, { names: this.names, timeoutMs: 30_000 }).request<T>(subject, body, { actor });
  }

  bucket(): Promise<TransferBucket> {
    return TransferBucket.open(this.nats, this.names);
  }

  /** Puts a file in the transfer bucket as the gateway would; resolves to its object name. */
  async put(content: Buffer): Promise<string> {
    return (await (await this.bucket()).put(content)).name;
  }

  /** Publishes a work as a regional coordinator. */
  createWork(schoolIds: string[], overrides: Partial<CreateWorkCommand> = {}): Promise<WorkView> {
    return this.request<WorkView>(ASSESSMENTS_RPC.createWork, blueprint(schoolIds, overrides), regional());
  }

  async issueCodes(workId: string, schoolId: string, count: number): Promise<string[]> {
    const issued = await this.request<IssuedParticipantCodesView>(ASSESSMENTS_RPC.issueParticipantCodes, { workId, schoolId, count }, regional());
    return issued.codes;
  }

  /** Every outbox row written so far (optionally of one aggregate), in the order written. */
  async journal(aggregateId?: string): Promise<JournalEntry[]> {
    const rows: { seq: string; subject: string; aggregate_id: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT seq, subject, aggregate_id, payload FROM outbox_journal ${aggregateId ? 'WHERE aggregate_id = $1' : ''} ORDER BY seq`,
      aggregateId ? [aggregateId] : [],
    );
    return rows.map((row) => ({ seq: Number(row.seq), subject: row.subject, aggregateId: row.aggregate_id, payload: row.payload }));
  }

  async count(table: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }

  async close(): Promise<void> {
    await this.app?.close();
    const jsm = await jetstreamManager(this.nats);
    for (const stream of [this.names.eventStream('assessments').name, `OBJ_${this.names.bucket('transfers')}`]) {
      await jsm.streams.delete(stream).catch(() => undefined);
    }
    await this.nats.drain();
    await this.database.drop();
  }

  /** The service subscribes to its subjects once NATS is connected, shortly after init. */
  private async waitForRpc(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await this.request(ASSESSMENTS_RPC.listWorks, {}, regional());
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
}
