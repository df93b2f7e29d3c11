import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

/** Deletes a test run's streams (`<prefix>_*`) and object-store buckets (`OBJ_<prefix>_*`) from a shared NATS. */
export async function deleteRunStreams(prefix: string, natsUrl = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const stream of jsm.streams.list()) {
      const name = stream.config.name;
      if (name.startsWith(`${prefix}_`) || name.startsWith(`OBJ_${prefix}_`)) await jsm.streams.delete(name);
    }
  } finally {
    await nc.close();
  }
}
