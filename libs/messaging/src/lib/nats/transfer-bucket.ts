import { Objm, StorageType, type ObjectStore } from '@nats-io/obj';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MessagingNames } from '../naming';

/** How long a file may wait in the transfer bucket; readers delete it at once, this only sweeps up after crashes. */
export const TRANSFER_TTL_MS = 60 * 60_000;

/**
 * Files travel between the gateway and a service through this JetStream object store, never in a
 * request body (NATS caps a message at 1 MB): the sender puts the file under a fresh name and sends
 * the name in its request; the receiver reads the file and deletes it. Each service has a bucket of its
 * own (`<prefix>_transfers_<service>`): the bus lets only that service and the gateway at it, so one
 * service never reads the files sent to another.
 */
export class TransferBucket {
  private constructor(private readonly store: ObjectStore) {}

  /** Binds to `service`'s bucket, creating it on first use (gateway and that service alike). */
  static async open(nc: NatsConnection, names: MessagingNames, service: string): Promise<TransferBucket> {
    const store = await new Objm(nc).create(names.transferBucket(service), {
      storage: StorageType.File,
      ttl: nanos(TRANSFER_TTL_MS),
    });
    return new TransferBucket(store);
  }

  /** Stores `data` under a fresh name (a UUID); resolves to the name and the stored size. */
  async put(data: Readable | Uint8Array): Promise<{ name: string; size: number }> {
    const name = randomUUID();
    const info =
      data instanceof Uint8Array
        ? await this.store.putBlob({ name }, data)
        : await this.store.put({ name }, Readable.toWeb(data) as ReadableStream<Uint8Array>);
    return { name, size: info.size };
  }

  /** Size of a stored file, `null` when there is none (never put, deleted or expired). */
  async size(name: string): Promise<number | null> {
    const info = await this.store.info(name);
    return info && !info.deleted ? info.size : null;
  }

  /** The whole file in memory (the object store checks its digest), `null` when there is none. */
  async read(name: string): Promise<Buffer | null> {
    const data = await this.store.getBlob(name);
    return data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null;
  }

  /** The file as a stream that fails if the object store finds it incomplete, `null` when there is none. */
  async stream(name: string): Promise<Readable | null> {
    const result = await this.store.get(name);
    if (!result) return null;
    const stream = Readable.fromWeb(result.data as Parameters<typeof Readable.fromWeb>[0]);
    void result.error.then((error) => error && stream.destroy(error));
    return stream;
  }

  /** Removes a file; a file already gone is fine. */
  async delete(name: string): Promise<void> {
    await this.store.delete(name);
  }
}
