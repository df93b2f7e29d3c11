import { jetstreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { RoadmapErrorCode } from '@orbita/registry/rpc';
import { multipartSupport, TransferFiles, type ServiceClient } from '@orbita/gateway/feature-http';
import { connectNats, MessagingNames, TransferBucket } from '@orbita/messaging';
import { isCodedError } from '@orbita/observability';
import { uniqueRunId } from '@orbita/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { EVIDENCE_UPLOAD } from './evidence-upload';

describe('evidence upload', () => {
  let nats: NatsConnection;
  let server: FastifyInstance;
  const names = new MessagingNames(uniqueRunId());

  beforeAll(async () => {
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'evidence-upload-test' });
    const files = new TransferFiles({
      transfers: (service: string) => TransferBucket.open(nats, names, service),
    } as ServiceClient);
    server = Fastify();
    await server.register(multipartSupport);
    await server.register(multipartSupport);
    server.post('/upload', async (request, reply) => {
      try {
        return await files.receive(request, { ...EVIDENCE_UPLOAD, maxBytes: 1024 });
      } catch (error) {
        if (!isCodedError(error)) throw error;
        return reply.status(error.status).send({ code: error.code, message: error.message });
      }
    });
    await server.ready();
  });

  afterAll(async () => {
    await server?.close();
    const jsm = await jetstreamManager(nats);
    await jsm.streams.delete(`OBJ_${names.transferBucket('registry')}`).catch(() => undefined);
    await nats?.drain();
  });

  const upload = async (size: number) => {
    const form = new FormData();
    form.append('deliverableId', '0b6a4f2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b');
    form.append('file', new Blob([new Uint8Array(size).fill(7)]), 'Скан.pdf');
    const encoded = new Response(form);
    return server.inject({
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': encoded.headers.get('content-type') as string },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
  };
  const objects = async () =>
    (await (await new Objm(nats).open(names.transferBucket('registry'))).list()).length;

  it('takes a file up to the limit into the transfer bucket', async () => {
    const response = await upload(1024);
    expect(response.statusCode).toBe(200);
    const { objectName, fileName } = response.json<{ objectName: string; fileName: string }>();
    expect(fileName).toBe('Скан.pdf');
    const bucket = await TransferBucket.open(nats, names, 'registry');
    expect(await bucket.size(objectName)).toBe(1024);
    await bucket.delete(objectName);
  });

  it('stops reading a file over the limit: 413, and nothing stays in the bucket', async () => {
    const response = await upload(1025);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      code: RoadmapErrorCode.EVIDENCE_TOO_LARGE,
      message: '"Скан.pdf" is over 1024 bytes, more than any evidence file may be',
    });
    expect(await objects()).toBe(0);
  });
});
