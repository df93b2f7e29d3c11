import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { uniqueRunId } from '@orbita/testing';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { MessagingNames } from '../naming';
import { connectNats } from './nats-connection';
import { TransferBucket } from './transfer-bucket';

describe('TransferBucket', () => {
  let nats: NatsConnection;
  const names = new MessagingNames(uniqueRunId());

  beforeAll(async () => {
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'transfer-bucket-test' });
  });

  afterAll(async () => {
    const jsm = await jetstreamManager(nats);
    await jsm.streams.delete(`OBJ_${names.transferBucket('registry')}`).catch(() => undefined);
    await nats.drain();
  });

  it('carries a file many times the size of a NATS message, streamed in and out', async () => {
    const content = randomBytes(5 * 1024 * 1024);
    const sender = await TransferBucket.open(nats, names, 'registry');
    const { name, size } = await sender.put(
      Readable.from([content.subarray(0, 1_000_000), content.subarray(1_000_000)]),
    );
    expect(size).toBe(content.length);

    // The receiver opens the same bucket by the environment's names.
    const receiver = await TransferBucket.open(nats, names, 'registry');
    expect(await receiver.size(name)).toBe(content.length);
    expect((await receiver.read(name))?.equals(content)).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of (await receiver.stream(name)) ?? [])
      chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(content)).toBe(true);

    await receiver.delete(name);
    expect(await receiver.size(name)).toBeNull();
    expect(await receiver.read(name)).toBeNull();
    expect(await receiver.stream(name)).toBeNull();
    await expect(receiver.delete(name)).resolves.toBeUndefined();
  });

  it('takes bytes already in memory, and empty files', async () => {
    const bucket = await TransferBucket.open(nats, names, 'registry');
    const { name, size } = await bucket.put(new Uint8Array(0));
    expect(size).toBe(0);
    expect(await bucket.size(name)).toBe(0);
    await bucket.delete(name);
  });
});
