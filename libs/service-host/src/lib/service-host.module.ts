import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  MessagingNames,
  ActorVerifier,
  MessagingTables1763800000000,
  NatsConnectionHolder,
  NatsConnectionModule,
  OutboxRelay,
  RpcServer,
  ServiceCallClient,
  UnitOfWork,
  type RpcContext,
} from '@orbita/messaging';
import { HealthModule, natsReadinessCheck, ObservabilityModule, type ReadinessCheck } from '@orbita/observability';
import { createServiceDataSource, type DatabaseConfig } from '@orbita/persistence';
import { PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { EventHandlersRuntime } from './event-handlers';
import { RPC_HANDLER, type RpcHandlerMetadata } from './rpc-handler.decorator';
import { ServiceConfig } from './service-config';
import { Transfers } from './transfers';

type Constructor = new (...args: never[]) => unknown;

/** What makes a service: its name (= its schema), its tables, its migrations and its feature modules. */
export interface ServiceDefinition {
  readonly name: string;
  readonly entities: readonly Constructor[];
  /** The service's own migrations; the outbox/inbox tables are added by the host. */
  readonly migrations: readonly Constructor[];
  readonly modules: NonNullable<ModuleMetadata['imports']>;
}

export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');

/** All migrations of a service, the shared messaging tables first. */
export const migrationsOf = (definition: ServiceDefinition): Constructor[] => [
  MessagingTables1763800000000,
  ...definition.migrations,
];

export function dataSourceFor(definition: ServiceDefinition, config: DatabaseConfig): DataSource {
  return createServiceDataSource({
    service: definition.name,
    url: config.DATABASE_URL,
    entities: [...definition.entities],
    migrations: migrationsOf(definition),
    poolSize: config.DATABASE_POOL_SIZE,
  });
}

export const databaseReadinessCheck = (dataSource: DataSource): ReadinessCheck => ({
  name: 'database',
  check: async () => {
    await dataSource.query('SELECT 1');
  },
});

/**
 * Starts, once NATS is connected, what a service does on the bus: answers the `@RpcHandler` methods of
 * its providers and relays its outbox to JetStream; stops both before the connection drains.
 */
@Injectable()
class ServiceRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('ServiceRuntime');
  private rpcServer: RpcServer | undefined;
  private relay: OutboxRelay | undefined;

  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly dataSource: DataSource,
    private readonly names: MessagingNames,
    private readonly nats: NatsConnectionHolder,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly actors: ActorVerifier,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    this.nats.onConnected((nc) => this.startOnBus(nc, handlers));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.rpcServer?.close();
    await this.relay?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private async startOnBus(nc: NatsConnection, handlers: BoundHandler[]): Promise<void> {
    const logger = PinoLogger.root.child({ service: this.definition.name });
    this.rpcServer = new RpcServer(nc, this.definition.name, { names: this.names, logger, actors: this.actors });
    for (const { subject, requestType, callers, handle } of handlers)
      this.rpcServer.handle(subject, requestType, handle, { callers });
    this.relay = new OutboxRelay({ service: this.definition.name, dataSource: this.dataSource, nats: nc, names: this.names, logger });
    await this.relay.start();
    this.logger.log(`Answering ${handlers.length} request subjects; outbox relay started`);
  }

  private discoverHandlers(): BoundHandler[] {
    const found: BoundHandler[] = [];
    const seen = new Set<string>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const target = instance[method] as ((...args: never[]) => Promise<unknown>) | undefined;
        const metadata = target && this.reflector.get<RpcHandlerMetadata | undefined>(RPC_HANDLER, target);
        if (!metadata) continue;
        if (seen.has(metadata.subject)) throw new Error(`Two handlers answer ${metadata.subject}`);
        seen.add(metadata.subject);
        found.push({
          subject: metadata.subject,
          requestType: metadata.requestType,
          callers: metadata.callers,
          handle: metadata.adapt(target.bind(instance)),
        });
      }
    }
    return found;
  }
}

interface BoundHandler extends Pick<RpcHandlerMetadata, 'subject' | 'requestType' | 'callers'> {
  handle: (request: object, context: RpcContext) => Promise<unknown>;
}

export interface ServiceHostOptions {
  /** Where log lines go; standard output when absent. */
  readonly logDestination?: DestinationStream;
}

/**
 * The root module of a service: JSON logs, /health/live + /health/ready (database and NATS), /metrics,
 * its DataSource (own schema, migrations, synchronize off), UnitOfWork (state + outbox in one
 * transaction), NATS with the outbox relay and the `@RpcHandler` methods answered. Feature modules
 * inject `DataSource`, `UnitOfWork`, `MessagingNames`, `NatsConnectionHolder`, `Transfers`,
 * `ServiceCallClient` (this service's calls to others as itself) and the config.
 */
@Global()
@Module({})
export class ServiceHostModule {
  static forRoot(definition: ServiceDefinition, config: ServiceConfig, options: ServiceHostOptions = {}): DynamicModule {
    const nats = NatsConnectionModule.forRoot({
      url: config.NATS_URL,
      name: definition.name,
      user: config.NATS_USER,
      password: config.NATS_PASSWORD,
    });
    const dataSourceProvider = {
      provide: DataSource,
      useFactory: async () => dataSourceFor(definition, config).initialize(),
    };
    return {
      module: ServiceHostModule,
      imports: [
        ObservabilityModule.forRoot({ serviceName: definition.name, level: config.LOG_LEVEL, logDestination: options.logDestination }),
        DiscoveryModule,
        nats,
        HealthModule.forRootAsync({
          imports: [nats],
          inject: [NatsConnectionHolder, DataSource],
          useFactory: (holder: NatsConnectionHolder, dataSource: DataSource) => [
            databaseReadinessCheck(dataSource),
            natsReadinessCheck(() => holder.connection),
          ],
        }),
        ...definition.modules,
      ],
      providers: [
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: ServiceConfig, useValue: config },
        { provide: config.constructor, useValue: config },
        dataSourceProvider,
        { provide: UnitOfWork, inject: [DataSource], useFactory: (dataSource: DataSource) => new UnitOfWork(dataSource) },
        { provide: MessagingNames, useValue: new MessagingNames(config.NATS_SUBJECT_PREFIX) },
        // Parsed here so that a service with an unusable key refuses to start.
        { provide: ActorVerifier, useValue: ActorVerifier.fromKey(config.ACTOR_VERIFY_KEY) },
        {
          provide: Transfers,
          inject: [NatsConnectionHolder, MessagingNames],
          useFactory: (holder: NatsConnectionHolder, names: MessagingNames) => new Transfers(holder, names, definition.name),
        },
        {
          provide: ServiceCallClient,
          inject: [NatsConnectionHolder, MessagingNames],
          useFactory: (holder: NatsConnectionHolder, names: MessagingNames) =>
            new ServiceCallClient(() => holder.connection, { service: definition.name, names, timeoutMs: 15_000 }),
        },
        ServiceRuntime,
        EventHandlersRuntime.of(definition),
      ],
      exports: [ServiceConfig, config.constructor, DataSource, UnitOfWork, MessagingNames, Transfers, ServiceCallClient, nats],
    };
  }
}
