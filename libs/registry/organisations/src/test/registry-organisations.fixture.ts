import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import { REGISTRY_RPC, type MunicipalityView, type SchoolView } from '@orbita/contracts';
import { connectNats, MessagingNames, RpcClient } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import {
  createServiceApp,
  migrateService,
  ServiceConfig,
  type ServiceDefinition,
} from '@orbita/service-host';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  ORGANISATIONS_ENTITIES,
  ORGANISATIONS_MIGRATIONS,
  RegistryOrganisationsModule,
} from '../lib/registry-organisations';

/** The registry with only the organisations side, as REGISTRY_SERVICE composes it. */
export const ORGANISATIONS_TEST_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: ORGANISATIONS_ENTITIES,
  migrations: ORGANISATIONS_MIGRATIONS,
  modules: [RegistryOrganisationsModule],
};

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

/**
 * A running registry (organisations side) on its own database and subject prefix, called over NATS
 * like the gateway calls it, with every event it publishes collected in `events`.
 */
export class RegistryOrganisationsFixture {
  readonly events: PublishedEvent[] = [];
  private client!: RpcClient;
  private schoolCount = 0;

  private constructor(
    readonly database: TestDatabase,
    readonly app: NestFastifyApplication,
    readonly nats: NatsConnection,
    readonly names: MessagingNames,
  ) {}

  static async start(): Promise<RegistryOrganisationsFixture> {
    const database = await createTestDatabase();
    await migrateService(ORGANISATIONS_TEST_SERVICE, { DATABASE_URL: database.url });
    const prefix = uniqueRunId();
    const config = Object.assign(new ServiceConfig(), {
      DATABASE_URL: database.url,
      NATS_SUBJECT_PREFIX: prefix,
      LOG_LEVEL: 'warn',
    });
    const app = await createServiceApp(ORGANISATIONS_TEST_SERVICE, config, {
      logDestination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    await app.init();
    const nats = await connectNats({ url: config.NATS_URL, name: 'registry-organisations-test' });
    const fixture = new RegistryOrganisationsFixture(database, app, nats, new MessagingNames(prefix));
    fixture.listen();
    await fixture.waitUntilAnswering();
    return fixture;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** A request as the gateway sends it; a coded error reply rejects with the CodedException. */
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

  async municipality(name = `Район ${uniqueRunId()}`): Promise<MunicipalityView> {
    return this.call<MunicipalityView>(REGISTRY_RPC.createMunicipality, { name, kind: 'municipal_district' });
  }

  /** A new school in a new municipality. */
  async school(fullName = `МАОУ СОШ № ${++this.schoolCount} ${uniqueRunId()}`): Promise<SchoolView> {
    const municipality = await this.municipality();
    return this.call<SchoolView>(REGISTRY_RPC.createSchool, {
      fullName,
      shortName: fullName.slice(0, 30),
      municipalityId: municipality.id,
    });
  }

  async close(): Promise<void> {
    await this.app?.close();
    const jsm = await jetstreamManager(this.nats);
    await jsm.streams.delete(this.names.eventStream('registry').name).catch(() => undefined);
    await this.nats.drain();
    await this.database.drop();
  }

  /** Every event the outbox relay publishes also goes out on core NATS, where a plain subscription sees it. */
  private listen(): void {
    this.client = new RpcClient(this.nats, { names: this.names });
    this.nats.subscribe(this.names.subject('registry.*.*.*'), {
      callback: (error, message) => {
        if (error) return;
        this.events.push({ subject: this.names.unprefixed(message.subject), payload: message.json() });
      },
    });
  }

  /** The service subscribes once NATS is connected, a moment after init. */
  private async waitUntilAnswering(): Promise<void> {
    await waitFor(async () => {
      try {
        await this.client.request(REGISTRY_RPC.listProgrammes, {});
        return true;
      } catch {
        return false;
      }
    });
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
