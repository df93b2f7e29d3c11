import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  EventConsumer,
  MessagingNames,
  NatsConnectionHolder,
  type EventHandler,
  type Logger as MessagingLogger,
} from '@orbita/messaging';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { EVENT_HANDLER, type EventHandlerMetadata, type OnEventOptions } from './on-event.decorator';
import type { ServiceDefinition } from './service-host.module';

/** One durable consumer as the `@OnEvent` methods declare it: its options and its handlers. */
export interface DeclaredConsumer {
  options: OnEventOptions;
  handlers: EventHandler[];
}

/** The `@OnEvent` methods of `instances`, bound to them and grouped by durable consumer. */
export function declaredConsumers(instances: readonly object[]): DeclaredConsumer[] {
  const consumers = new Map<string, DeclaredConsumer>();
  for (const instance of instances) {
    for (const name of methodNamesOf(instance)) {
      const method = (instance as Record<string, unknown>)[name] as EventHandler['handle'];
      const metadata = Reflect.getMetadata(EVENT_HANDLER, method) as EventHandlerMetadata | undefined;
      if (!metadata) continue;
      const { durable } = metadata.options;
      const consumer = consumers.get(durable) ?? { options: metadata.options, handlers: [] };
      if (!sameOptions(consumer.options, metadata.options))
        throw new Error(`The @OnEvent methods of the durable consumer ${durable} disagree on its options`);
      if (consumer.handlers.some((handler) => handler.contract.subject === metadata.contract.subject))
        throw new Error(`Two @OnEvent methods of ${durable} handle ${metadata.contract.subject}`);
      consumer.handlers.push({ contract: metadata.contract, handle: method.bind(instance) });
      consumers.set(durable, consumer);
    }
  }
  return [...consumers.values()];
}

/** What a declared consumer runs against: the service's database, bus and names. */
export interface ConsumerEnvironment {
  service: string;
  dataSource: DataSource;
  nats: NatsConnection;
  names: MessagingNames;
  logger?: MessagingLogger;
}

/** The JetStream consumer `<service>_<durable>` of a declared consumer. */
export function consumerOf(
  { options, handlers }: DeclaredConsumer,
  environment: ConsumerEnvironment,
): EventConsumer {
  const { durable, ...consuming } = options;
  return new EventConsumer({ ...consuming, ...environment, purpose: durable, handlers });
}

/**
 * Runs the service's declared consumers: discovers the `@OnEvent` methods of its providers at bootstrap,
 * starts their consumers once NATS is connected and stops them (events in hand finished) before it drains.
 */
export class EventHandlersRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventHandlers');
  private consumers: EventConsumer[] = [];

  /** The runtime of `definition`'s consumers, as the service host provides it. */
  static of(definition: ServiceDefinition): Provider {
    return {
      provide: EventHandlersRuntime,
      inject: [DataSource, MessagingNames, NatsConnectionHolder, DiscoveryService],
      useFactory: (
        dataSource: DataSource,
        names: MessagingNames,
        nats: NatsConnectionHolder,
        discovery: DiscoveryService,
      ) => new EventHandlersRuntime(definition.name, dataSource, names, nats, discovery),
    };
  }

  constructor(
    private readonly service: string,
    private readonly dataSource: DataSource,
    private readonly names: MessagingNames,
    private readonly nats: NatsConnectionHolder,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    const instances = this.discovery
      .getProviders()
      .filter(
        (wrapper) =>
          wrapper.isDependencyTreeStatic() && typeof wrapper.instance === 'object' && wrapper.instance,
      )
      .map((wrapper) => wrapper.instance as object);
    const declared = declaredConsumers(instances);
    if (declared.length === 0) return;
    this.nats.onConnected(async (nc) => {
      const environment: ConsumerEnvironment = {
        service: this.service,
        dataSource: this.dataSource,
        nats: nc,
        names: this.names,
        logger: PinoLogger.root.child({ service: this.service }),
      };
      this.consumers = declared.map((consumer) => consumerOf(consumer, environment));
      await Promise.all(this.consumers.map((consumer) => consumer.start()));
      this.logger.log(`Consuming as ${this.consumers.map((consumer) => consumer.name).join(', ')}`);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}

function methodNamesOf(instance: object): string[] {
  const names = new Set<string>();
  for (
    let prototype = Object.getPrototypeOf(instance);
    prototype && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (
        name !== 'constructor' &&
        typeof Object.getOwnPropertyDescriptor(prototype, name)?.value === 'function'
      )
        names.add(name);
    }
  }
  return [...names];
}

function sameOptions(one: OnEventOptions, other: OnEventOptions): boolean {
  return JSON.stringify(Object.entries(one).sort()) === JSON.stringify(Object.entries(other).sort());
}
