import { NatsConnection } from '@nats-io/transport-node';
import { IsInt, IsUUID, Min } from 'class-validator';
import { CodedException } from '@orbita/observability';
import { uniqueRunId } from '@orbita/testing';
import { natsUrl, quietLogger } from '../../test/messaging-fixture';
import { MessagingNames } from '../naming';
import { connectNats } from '../nats/nats-connection';
import { requireActor, RpcClient, RpcServer } from './rpc';

class GetSchoolRequest {
  @IsUUID()
  schoolId!: string;

  @IsInt()
  @Min(2000)
  schoolYear!: number;
}

describe('request/reply over NATS', () => {
  let nats: NatsConnection;
  let server: RpcServer;
  let client: RpcClient;
  const knownId = '0d4f1a3e-6f7b-4a8e-9b6a-2c3d4e5f6a7b';

  beforeAll(async () => {
    nats = await connectNats({ url: natsUrl(), name: 'rpc-test' });
    const names = new MessagingNames(uniqueRunId());
    server = new RpcServer(nats, 'registry', { names, logger: quietLogger });
    server.handle('registry.get.school', GetSchoolRequest, async (request, context) => {
      if (request.schoolId !== knownId) throw new CodedException('REGISTRY.SCHOOL_NOT_FOUND', 404, 'No such school');
      if (request.schoolYear === 2013) throw new Error('database exploded');
      return { id: request.schoolId, shortName: 'МАОУ «Гимназия № 2»', correlationId: context.correlationId };
    });
    server.handle('registry.whoami.actor', GetSchoolRequest, async (_request, context) => requireActor(context));
    client = new RpcClient(nats, { names, timeoutMs: 1_000 });
  });
  afterAll(async () => {
    await server.close();
    await nats.drain();
  });

  it('answers a valid request and carries the correlation id', async () => {
    const reply = await client.request<{ shortName: string; correlationId: string }>(
      'registry.get.school',
      { schoolId: knownId, schoolYear: 2024 },
      { correlationId: 'c-123' },
    );
    expect(reply).toEqual({ id: knownId, shortName: 'МАОУ «Гимназия № 2»', correlationId: 'c-123' });
  });

  it('turns a coded domain error into a CodedException with its code and status', async () => {
    const failure = client.request('registry.get.school', { schoolId: '1f4f1a3e-6f7b-4a8e-9b6a-2c3d4e5f6a7b', schoolYear: 2024 });
    await expect(failure).rejects.toMatchObject({ code: 'REGISTRY.SCHOOL_NOT_FOUND', status: 404 });
  });

  it('rejects an invalid request naming the fields, before the handler runs', async () => {
    const failure = client.request('registry.get.school', { schoolId: 'nope', schoolYear: 1999 });
    await expect(failure).rejects.toMatchObject({
      code: 'VALIDATION.FAILED',
      status: 400,
      errors: [
        { field: 'schoolId', message: 'schoolId must be a UUID' },
        { field: 'schoolYear', message: 'schoolYear must not be less than 2000' },
      ],
    });
  });

  it('hides an unexpected failure behind INTERNAL', async () => {
    await expect(client.request('registry.get.school', { schoolId: knownId, schoolYear: 2013 })).rejects.toMatchObject({
      code: 'INTERNAL',
      status: 500,
      message: 'Internal error',
    });
  });

  it('carries the actor to the handler, and refuses a malformed one', async () => {
    const body = { schoolId: knownId, schoolYear: 2024 };
    const actor = { userId: knownId, role: 'school_coordinator' as const, schoolId: knownId, ip: '10.0.0.1' };
    await expect(client.request('registry.whoami.actor', body, { actor })).resolves.toEqual(actor);
    await expect(client.request('registry.whoami.actor', body)).rejects.toMatchObject({ status: 401 });
    const withoutSchool = { ...actor, schoolId: null };
    await expect(client.request('registry.whoami.actor', body, { actor: withoutSchool })).rejects.toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      status: 401,
    });
  });

  it('says the service is unavailable when nobody answers the subject', async () => {
    await expect(client.request('enrollment.get.class', {})).rejects.toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
  });
});
