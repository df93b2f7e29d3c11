import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventContract, PersonRegisteredV1, PersonRole } from '@orbita/contracts';
import {
  connectNats,
  ensureStream,
  HEADER,
  MessagingNames,
  metadataToHeaders,
  prepareEvent,
} from '@orbita/messaging';
import { loadConfig } from '@orbita/observability';
import { createServiceApp, migrateService } from '@orbita/service-host';
import { createTestDatabase, TestSmtpServer, testActorKeys, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { NotificationsConfig } from '../lib/notifications-config';
import { NOTIFICATIONS_SERVICE } from '../lib/notifications.service-definition';

const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * The notifications service as deployed, for a spec: its own database, the real NATS under `prefix`, mail
 * to an in-process SMTP server; events published straight to their streams as the producers' relays would.
 */
export class NotificationsUnderTest {
  readonly names: MessagingNames;
  database!: TestDatabase;
  smtp!: TestSmtpServer;
  app!: NestFastifyApplication;
  dataSource!: DataSource;
  nats!: NatsConnection;
  private js!: JetStreamClient;
  private jsm?: JetStreamManager;

  constructor(private readonly prefix: string) {
    this.names = new MessagingNames(prefix);
  }

  /** Starts it with the spec's settings (`env`) over the common ones; `connection` names the spec's NATS client. */
  async start(env: Record<string, string>, connection: string): Promise<void> {
    this.database = await createTestDatabase();
    this.smtp = await TestSmtpServer.start();
    await migrateService(NOTIFICATIONS_SERVICE, { DATABASE_URL: this.database.url });
    const config = loadConfig(NotificationsConfig, {
      DATABASE_URL: this.database.url,
      NATS_SUBJECT_PREFIX: this.prefix,
      SMTP_URL: this.smtp.url,
      WEB_BASE_URL: 'https://orbita.example',
      MAIL_POLL_INTERVAL_MS: '50',
      LOG_LEVEL: 'warn',
      ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
      ...env,
    });
    this.app = await createServiceApp(NOTIFICATIONS_SERVICE, config, { logDestination: silent });
    await this.app.init();
    this.dataSource = this.app.get(DataSource);
    this.nats = await connectNats({ url: config.NATS_URL, name: connection });
    this.js = jetstream(this.nats);
    this.jsm = await jetstreamManager(this.nats);
  }

  /** Stops whatever started, and removes the event streams of `producers` (and the dead letters) the run made. */
  async stop(producers: string[]): Promise<void> {
    await this.app?.close();
    if (this.jsm) {
      for (const producer of [...producers, 'notifications'])
        await this.jsm.streams.delete(this.names.eventStream(producer).name).catch(() => undefined);
      await this.jsm.streams.delete(this.names.deadLetterStream().name).catch(() => undefined);
    }
    await this.nats?.drain();
    await this.smtp?.stop();
    await this.database?.drop();
  }

  /** Publishes an event straight to its stream, as the producer's relay would; returns its id. */
  publish = async <T extends object>(
    contract: EventContract<T>,
    payload: T,
    aggregateId: string,
    { eventId, asRedelivery = false }: { eventId?: string; asRedelivery?: boolean } = {},
  ): Promise<string> => {
    const event = prepareEvent(contract, payload, { aggregateId, eventId });
    const headers = metadataToHeaders(event.metadata);
    if (asRedelivery) headers.set(HEADER.msgId, randomUUID());
    await ensureStream(this.jsm!, this.names.eventStreamOf(contract.subject));
    await this.js.publish(this.names.subject(contract.subject), JSON.stringify(payload), { headers });
    return event.metadata.eventId;
  };

  /** The count a `SELECT count(*) …` finds. */
  count = async (sql: string, parameters: unknown[] = []): Promise<number> => {
    const [row] = await this.dataSource.query(sql.replace('count(*)', 'count(*)::int AS n'), parameters);
    return row.n;
  };

  mailsOf = (eventId: string) =>
    this.count('SELECT count(*) FROM outgoing_mails WHERE event_id = $1', [eventId]);

  sentMailsOf = (eventId: string) =>
    this.count(`SELECT count(*) FROM outgoing_mails WHERE event_id = $1 AND status = 'sent'`, [eventId]);
}

/** A person as the registry announces one. */
export function person(
  roles: PersonRole[],
  organisationId: string,
  email?: string,
  school?: string,
): PersonRegisteredV1 {
  return { personId: randomUUID(), organisationId, schoolId: school, roles, email, active: true };
}

export async function waitFor(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
