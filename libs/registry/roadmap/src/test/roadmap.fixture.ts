import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import { ROADMAP_RPC, type RoadmapActivityDetailView } from '@orbita/contracts';
import { connectNats, MessagingNames, RpcClient, TransferBucket, UnitOfWork } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import {
  ORGANISATIONS_ENTITIES,
  ORGANISATIONS_MIGRATIONS,
  seedOrganisationsDemo,
} from '@orbita/registry/organisations';
import {
  createServiceApp,
  dataSourceFor,
  migrateService,
  ServiceConfig,
  type ServiceDefinition,
} from '@orbita/service-host';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ROADMAP_ENTITIES, ROADMAP_MIGRATIONS, RoadmapModule } from '../lib/roadmap.module';
import { RoadmapClock, type RoadmapEnvironment } from '../lib/roadmap-settings';
import { seedRoadmapDemo } from '../lib/seed/seed-roadmap-demo';

/** The registry as REGISTRY_SERVICE composes it, with the roadmap as its only feature module. */
export const ROADMAP_TEST_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: [...ORGANISATIONS_ENTITIES, ...ROADMAP_ENTITIES],
  migrations: [...ORGANISATIONS_MIGRATIONS, ...ROADMAP_MIGRATIONS],
  modules: [RoadmapModule],
};

/** RegistryConfig's roadmap settings, with a small file limit and the scheduled check off (tests run it). */
export class TestRegistryConfig extends ServiceConfig implements RoadmapEnvironment {
  EVIDENCE_MAX_BYTES = 64 * 1024;
  ROADMAP_DEADLINE_CHECK_INTERVAL_MS = 0;
  ROADMAP_DUE_SOON_DAYS = 7;
  ROADMAP_TIME_ZONE = 'Asia/Tomsk';
}

/** A new database with the organisations' and the roadmap's tables. */
export async function migratedDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await migrateService(ROADMAP_TEST_SERVICE, { DATABASE_URL: database.url });
  return database;
}

/** A DataSource of the registry schema, as the seed and the service use. */
export function registryDataSource(database: TestDatabase): Promise<DataSource> {
  return dataSourceFor(
    ROADMAP_TEST_SERVICE,
    Object.assign(new ServiceConfig(), { DATABASE_URL: database.url }),
  ).initialize();
}

/** Seeds the demo region, then its roadmap. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const unitOfWork = new UnitOfWork(dataSource);
  await seedOrganisationsDemo(unitOfWork);
  await seedRoadmapDemo(unitOfWork);
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

export interface PublishedEvent {
  subject: string;
  payload: Record<string, unknown>;
}

/**
 * A running registry with the demo region and its roadmap, on its own database and subject prefix,
 * called over NATS as the gateway calls it; every event it publishes is collected in `events`.
 */
export class RoadmapFixture {
  readonly events: PublishedEvent[] = [];
  readonly client: RpcClient;

  private constructor(
    readonly database: TestDatabase,
    readonly app: NestFastifyApplication,
    readonly nats: NatsConnection,
    readonly names: MessagingNames,
  ) {
    this.client = new RpcClient(nats, { names });
    nats.subscribe(names.subject('registry.*.*.*'), {
      callback: (error, message) => {
        if (!error) this.events.push({ subject: names.unprefixed(message.subject), payload: message.json() });
      },
    });
  }

  static async start(): Promise<RoadmapFixture> {
    const database = await migratedDatabase();
    const prefix = uniqueRunId();
    const config = Object.assign(new TestRegistryConfig(), {
      DATABASE_URL: database.url,
      NATS_SUBJECT_PREFIX: prefix,
      LOG_LEVEL: 'warn',
    });
    const app = await createServiceApp(ROADMAP_TEST_SERVICE, config, {
      logDestination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    await app.init();
    await seedDemo(app.get(DataSource));
    const nats = await connectNats({ url: config.NATS_URL, name: 'registry-roadmap-test' });
    const fixture = new RoadmapFixture(database, app, nats, new MessagingNames(prefix));
    await waitFor(() =>
      fixture.call(ROADMAP_RPC.listRoadmaps, {}).then(
        () => true,
        () => false,
      ),
    );
    return fixture;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** Makes "today" in the region the given date (at noon there). */
  setToday(date: string): void {
    jest.spyOn(this.app.get(RoadmapClock), 'now').mockReturnValue(new Date(`${date}T05:00:00Z`));
  }

  call<T>(subject: string, body: object, actor: Actor = regionalCoordinator()): Promise<T> {
    return this.client.request<T>(subject, body, { actor });
  }

  /** The coded error a request answers with (fails the test when it succeeds). */
  async failure(subject: string, body: object, actor?: Actor): Promise<CodedException> {
    try {
      await this.call(subject, body, actor);
    } catch (error) {
      if (error instanceof CodedException) return error;
      throw error;
    }
    throw new Error(`${subject} succeeded where a failure was expected`);
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

  bucket(): Promise<TransferBucket> {
    return TransferBucket.open(this.nats, this.names);
  }

  /** Puts a file in the transfer bucket as the gateway does; resolves to its object name. */
  async upload(content: Buffer): Promise<string> {
    return (await (await this.bucket()).put(content)).name;
  }

  /** The demo activity with this number, as a region-wide reader sees it. */
  async activity(number: string, actor: Actor = regionalCoordinator()): Promise<RoadmapActivityDetailView> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM roadmap_activities WHERE number = $1',
      [number],
    );
    return this.call<RoadmapActivityDetailView>(ROADMAP_RPC.getActivity, { id: row.id }, actor);
  }

  /** A demo school's id by its full name (seed 000). */
  async schoolId(fullName: string): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM organisations WHERE full_name = $1',
      [fullName],
    );
    return row.id;
  }

  async close(): Promise<void> {
    await this.app?.close();
    const jsm = await jetstreamManager(this.nats);
    await jsm.streams.delete(this.names.eventStream('registry').name).catch(() => undefined);
    await jsm.streams.delete(`OBJ_${this.names.bucket('transfers')}`).catch(() => undefined);
    await this.nats.drain();
    await this.database.drop();
  }
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
