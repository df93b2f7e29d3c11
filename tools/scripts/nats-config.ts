// The platform's NATS users and what each may do (docs/security.md, "The bus"; ADR 0007), rendered as a
// nats-server configuration by renderNatsServerConfig (libs/messaging). `npm start` runs its own
// nats-server with it:
//
//   node tools/scripts/run-ts.cjs tools/scripts/nats-config.ts > .data/nats/nats-server.conf
//
// Environment: NATS_PORT, NATS_STORE_DIR, NATS_SUBJECT_PREFIX, and NATS_PASSWORD_<USER> for every user
// (GATEWAY, REGISTRY, …). With the argument `compose` it prints tools/ops/nats-server.conf instead, whose
// passwords nats-server takes from its environment (docker-compose.yml).
import { ENROLLMENT_RPC } from '@orbita/enrollment/rpc';
import { renderNatsServerConfig, type BusService, type NatsServerConfigOptions } from '@orbita/messaging';

/**
 * Every service with its durable consumers (the `durable` of its `@OnEvent` methods: a new consumer is
 * added here too) and the requests it sends as itself (contracts listing it in `callers`).
 */
const ORBITA_BUS_SERVICES: readonly BusService[] = [
  { name: 'registry' },
  { name: 'assessments' },
  { name: 'enrollment', consumers: ['scores', 'links'] },
  { name: 'reporting', consumers: ['analytics', 'registrations', 'trainings'] },
  { name: 'notifications', consumers: ['directory', 'alerts'] },
  { name: 'projects', consumers: ['directory'] },
  {
    name: 'integration',
    consumers: ['directory', 'reconciliation'],
    calls: [ENROLLMENT_RPC.listSyncRoster.subject],
  },
];

const ORBITA_BUS_GATEWAY = 'gateway';

/** The environment variable holding a user's password. */
const natsPasswordVariable = (user: string) => `NATS_PASSWORD_${user.toUpperCase()}`;

type Listener = Pick<NatsServerConfigOptions, 'port' | 'storeDir' | 'host' | 'monitorPort' | 'prefix'>;

function orbitaNatsServerConfig(listener: Listener, password: (user: string) => string): string {
  return renderNatsServerConfig({
    ...listener,
    services: ORBITA_BUS_SERVICES,
    gateway: ORBITA_BUS_GATEWAY,
    password,
  });
}

/** tools/ops/nats-server.conf: compose's server, passwords from its environment. */
function composeNatsServerConfig(): string {
  return orbitaNatsServerConfig(
    { host: '0.0.0.0', port: 4222, storeDir: '/data', monitorPort: 8222, prefix: '' },
    (user) => `$${natsPasswordVariable(user)}`,
  );
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const config =
  process.argv[3] === 'compose' // node, run-ts.cjs, this file, then the argument
    ? composeNatsServerConfig()
    : orbitaNatsServerConfig(
        {
          port: Number(required('NATS_PORT')),
          storeDir: required('NATS_STORE_DIR'),
          prefix: process.env['NATS_SUBJECT_PREFIX'] ?? '',
        },
        (user) => required(natsPasswordVariable(user)),
      );
process.stdout.write(config);
