// The platform's NATS users (docs/security.md, "The bus"; ADR 0007), for tools/scripts/nats-config.ts and
// the tests of the bus's permissions.
import { renderNatsServerConfig, type BusService, type NatsServerConfigOptions } from '@orbita/messaging';

/** Every service with its durable consumers (EventConsumer purposes): a new consumer is added here too. */
export const ORBITA_BUS_SERVICES: readonly BusService[] = [
  { name: 'registry' },
  { name: 'assessments' },
  { name: 'enrollment', consumers: ['scores'] },
  { name: 'reporting', consumers: ['analytics'] },
  { name: 'notifications', consumers: ['directory', 'alerts'] },
];

export const ORBITA_BUS_GATEWAY = 'gateway';

/** The users' names: the gateway (seeds connect as it) and each service. */
export const ORBITA_BUS_USERS = [ORBITA_BUS_GATEWAY, ...ORBITA_BUS_SERVICES.map((service) => service.name)];

/** The environment variable holding a user's password. */
export const natsPasswordVariable = (user: string) => `NATS_PASSWORD_${user.toUpperCase()}`;

type Listener = Pick<NatsServerConfigOptions, 'port' | 'storeDir' | 'host' | 'monitorPort' | 'prefix'>;

export function orbitaNatsServerConfig(listener: Listener, password: (user: string) => string): string {
  return renderNatsServerConfig({
    ...listener,
    services: ORBITA_BUS_SERVICES,
    gateway: ORBITA_BUS_GATEWAY,
    password,
  });
}

/** tools/ops/nats-server.conf: compose's server, passwords from its environment. */
export function composeNatsServerConfig(): string {
  return orbitaNatsServerConfig(
    { host: '0.0.0.0', port: 4222, storeDir: '/data', monitorPort: 8222, prefix: '' },
    (user) => `$${natsPasswordVariable(user)}`,
  );
}
