import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import type { RpcContract } from '@orbita/contracts';
import { ActorSigner, connectNats, MessagingNames, RpcClient, TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createServiceApp, migrateService } from '../lib/bootstrap';
import { ServiceConfig } from '../lib/service-config';
import type { ServiceDefinition } from '../lib/service-host.module';

export interface PublishedEvent {
  subject: string;
  payload: Record<string, unknown>;
}

export const regionalCoordinator = (): Actor => ({
  userId: randomUUID(),
  role: 'regional_coordinator',
  schoolId: null,
});

export const schoolCoordinator = (schoolId: string): Actor => ({
  userId: randomUUID(),
  role: 'school_coordinator',
  schoolId,
});

/** What {@link startTestService} started; a service's test fixture extends {@link TestService} with it. */
export type StartedTestService<C extends ServiceConfig> = Pick<
  TestService<C>,
  'definition' | 'database' | 'app' | 'config' | 'nats' | 'names' | 'client' | 'events' | 'logs'
>;

/**
 * A service running for a test on its own database and subject prefix, called over NATS as the
 * gateway calls it, with every event it publishes collected in `events`.
 */
export class TestService<C extends ServiceConfig = ServiceConfig> {
  readonly definition: ServiceDefinition;
  readonly database: TestDatabase;
  readonly app: NestFastifyApplication;
  readonly config: C;
  /** The test's own connection (the service has one of its own). */
  readonly nats: NatsConnection;
  readonly names: MessagingNames;
  readonly client: RpcClient;
  /** Every event the service publishes, as it arrives. */
  readonly events: PublishedEvent[];
  /** The service's log lines at `LOG_LEVEL` (warn unless the settings say otherwise), parsed. */
  readonly logs: Record<string, unknown>[];

  constructor(started: StartedTestService<C>) {
    this.definition = started.definition;
    this.database = started.database;
    this.app = started.app;
    this.config = started.config;
    this.nats = started.nats;
    this.names = started.names;
    this.client = started.client;
    this.events = started.events;
    this.logs = started.logs;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /**
   * A request as the gateway sends it (by a regional coordinator unless said otherwise), typed by the
   * contract; a coded error reply rejects with the CodedException.
   */
  call<Req extends object, Res>(contract: RpcContract<Req, Res>, body: Req, actor: Actor = regionalCoordinator()): Promise<Res> {
    return this.client.request(contract, body, { actor });
  }

  /**
   * The coded error a request answers with (fails the test when it succeeds). The body is any object:
   * such tests send what the contract's request class refuses.
   */
  async failure(contract: RpcContract, body: object, actor: Actor = regionalCoordinator()): Promise<CodedException> {
    try {
      await this.client.request(contract.subject, body, { actor });
    } catch (error) {
      if (error instanceof CodedException) return error;
      throw error;
    }
    throw new Error(`${contract.subject} succeeded where a failure was expected`);
  }

  /** The events of `subject` whose payload has the given values, waiting until `count` have arrived. */
  async published(subject: string, match: Record<string, unknown>, count = 1): Promise<PublishedEvent[]> {
    const matching = () =>
      this.events.filter(
        (event) =>
          event.subject === subject &&
          Object.entries(match).every(([key, value]) => event.payload[key] === value),
      );
    await waitFor(() => matching().length >= count);
    return matching();
  }

  /** The service's transfer bucket, where the gateway leaves its uploads and the service leaves downloads. */
  bucket(): Promise<TransferBucket> {
    return TransferBucket.open(this.nats, this.names, this.definition.name);
  }

  /** Puts a file in the transfer bucket as the gateway does; resolves to its object name. */
  async upload(content: Buffer): Promise<string> {
    return (await (await this.bucket()).put(content)).name;
  }

  /**
   * Resolves once the service answers the contract's subject, with a result or a coded error alike: it subscribes a
   * moment after init, once its own NATS connection is open.
   */
  async answering(contract: RpcContract, body: object = {}): Promise<void> {
    await waitFor(() =>
      this.client.request(contract.subject, body, { actor: regionalCoordinator() }).then(
        () => true,
        (error: unknown) =>
          !(error instanceof CodedException && error.code === CommonErrorCode.SERVICE_UNAVAILABLE),
      ),
    );
  }

  /** Stops the service and removes what the run left: its streams, the transfer bucket, the database. */
  async close(): Promise<void> {
    await this.app.close();
    const jsm = await jetstreamManager(this.nats);
    for (const stream of [
      this.names.eventStream(this.definition.name).name,
      `OBJ_${this.names.transferBucket(this.definition.name)}`,
    ]) {
      await jsm.streams.delete(stream).catch(() => undefined);
    }
    await this.nats.drain();
    await this.database.drop();
  }
}

/**
 * Starts `definition` for a test: a new database with its migrations applied, a subject prefix of the
 * run, the test file's actor keys (its `client` signs actors as the gateway does), the config class's
 * defaults (with `settings` over them) and its log lines kept in `logs` rather than printed.
 */
export async function startTestService<C extends ServiceConfig = ServiceConfig>(
  definition: ServiceDefinition,
  configClass: new () => C = ServiceConfig as new () => C,
  settings: NoInfer<Partial<C>> = {},
): Promise<TestService<C>> {
  const database = await createTestDatabase();
  await migrateService(definition, { DATABASE_URL: database.url });
  const config = Object.assign(new configClass(), {
    DATABASE_URL: database.url,
    NATS_SUBJECT_PREFIX: uniqueRunId(),
    ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
    LOG_LEVEL: 'warn',
    ...settings,
  });
  const logs: Record<string, unknown>[] = [];
  const app = await createServiceApp(definition, config, {
    logDestination: new Writable({
      write: (chunk, _encoding, done) => {
        for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
        done();
      },
    }),
  });
  await app.init();
  const nats = await connectNats({ url: config.NATS_URL, name: `${definition.name}-test` });
  const names = new MessagingNames(config.NATS_SUBJECT_PREFIX);
  const events: PublishedEvent[] = [];
  // The outbox relay also publishes every event on core NATS, where a plain subscription sees it.
  nats.subscribe(names.subject(`${definition.name}.*.*.*`), {
    callback: (error, message) => {
      if (!error) events.push({ subject: names.unprefixed(message.subject), payload: message.json() });
    },
  });
  return new TestService({
    definition,
    database,
    app,
    config,
    nats,
    names,
    client: new RpcClient(nats, { names, actors: ActorSigner.fromKey(testActorKeys().signingKey) }),
    events,
    logs,
  });
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
