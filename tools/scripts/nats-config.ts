// The platform's NATS users and what each may do (docs/security.md, "The bus"; ADR 0007), rendered as a
// nats-server configuration by renderNatsServerConfig (libs/messaging). `npm start` runs its own
// nats-server with it:
//
//   node tools/scripts/run-ts.cjs tools/scripts/nats-config.ts > .data/nats/nats-server.conf
//
// Environment: NATS_PORT, NATS_STORE_DIR, NATS_SUBJECT_PREFIX, and NATS_PASSWORD_<USER> for every user
// (GATEWAY, REGISTRY, …). With the argument `compose` it prints tools/ops/nats-server.conf instead, whose
// passwords nats-server takes from its environment (docker-compose.yml).
import { composeNatsServerConfig, natsPasswordVariable, orbitaNatsServerConfig } from './lib/orbita-bus';

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
