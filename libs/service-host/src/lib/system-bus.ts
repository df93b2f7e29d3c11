import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ActorSigner, inboxPrefixOf, MessagingNames, SystemRpcClient } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { IsNotEmpty, IsString } from 'class-validator';
import { ServiceConfig } from './service-config';

/** A seed's environment: its service's, plus the key that signs the system actor (as the gateway's does). */
export class SystemBusConfig extends ServiceConfig {
  /** The gateway's Ed25519 private key (PKCS#8 PEM or JWK): seeds act as `SYSTEM_ACTOR` with it. */
  @IsString()
  @IsNotEmpty()
  ACTOR_SIGNING_KEY!: string;
}

export interface SystemBus {
  nc: NatsConnection;
  names: MessagingNames;
  /** Requests signed as `SYSTEM_ACTOR` (an admin with a fixed id), 15 s timeout. */
  rpc: SystemRpcClient;
}

/**
 * Runs `work` with a bus connection acting as the platform itself (seeds), then closes it. Fails fast
 * rather than waiting for NATS: a seed is run by hand or by `npm start` after the services.
 */
export async function withSystemBus<T>(
  env: EnvSource,
  name: string,
  work: (bus: SystemBus) => Promise<T>,
): Promise<T> {
  const config = loadConfig(SystemBusConfig, env);
  const nc = await connect({
    servers: config.NATS_URL.split(','),
    name,
    user: config.NATS_USER,
    pass: config.NATS_PASSWORD,
    inboxPrefix: inboxPrefixOf(config.NATS_USER),
    timeout: 5_000,
  });
  try {
    const names = new MessagingNames(config.NATS_SUBJECT_PREFIX);
    const actors = ActorSigner.fromKey(config.ACTOR_SIGNING_KEY);
    return await work({ nc, names, rpc: new SystemRpcClient(nc, { names, timeoutMs: 15_000, actors }) });
  } finally {
    await nc.close();
  }
}
