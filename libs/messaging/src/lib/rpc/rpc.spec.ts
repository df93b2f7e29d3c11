import { headers as natsHeaders, NatsConnection } from '@nats-io/transport-node';
import { IsInt, IsUUID, Min } from 'class-validator';
import { SignJWT } from 'jose';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Actor } from '@orbita/auth';
import { defineRpc } from '@orbita/contracts';
import { CodedException } from '@orbita/observability';
import { testActorKeys, uniqueRunId } from '@orbita/testing';
import { natsUrl } from '../../test/messaging-fixture';
import { HEADER } from '../event-metadata';
import { MessagingNames } from '../naming';
import { connectNats } from '../nats/nats-connection';
import { ActorSigner, ActorVerifier, SERVICE_CALLER_ACTOR, SYSTEM_ACTOR } from './actor-token';
import { RpcClient, RpcServer, ServiceCallClient, SystemRpcClient, type RpcContext } from './rpc';

class GetSchoolRequest {
  @IsUUID()
  schoolId!: string;

  @IsInt()
  @Min(2000)
  schoolYear!: number;
}

/** An operation the integration service may call as itself, as a contract declares it. */
const WHO_CALLS = defineRpc({
  subject: 'registry.whoami.caller',
  request: GetSchoolRequest,
  response: null,
  permission: 'schools:read',
  scope: 'region',
  callers: ['integration'],
});

describe('request/reply over NATS', () => {
  let nats: NatsConnection;
  let server: RpcServer;
  let client: RpcClient;
  const knownId = '0d4f1a3e-6f7b-4a8e-9b6a-2c3d4e5f6a7b';
  const names = new MessagingNames(uniqueRunId());
  const signer = ActorSigner.fromKey(testActorKeys().signingKey);
  const regional: { actor: Actor } = { actor: { userId: knownId, role: 'regional_coordinator', schoolId: null } };
  /** What the server logged at warn level. */
  const warnings: { msg: string; reason?: string }[] = [];
  /** Actors the `whoami` handler ran for: a refused request must not add one. */
  const handled: Actor[] = [];

  beforeAll(async () => {
    nats = await connectNats({ url: natsUrl(), name: 'rpc-test' });
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write: (line, _encoding, done) => {
          warnings.push(JSON.parse(String(line)));
          done();
        },
      }),
    );
    server = new RpcServer(nats, 'registry', { names, logger, actors: ActorVerifier.fromKey(testActorKeys().verifyKey) });
    server.handle('registry.get.school', GetSchoolRequest, async (request, context) => {
      if (request.schoolId !== knownId) throw new CodedException('REGISTRY.SCHOOL_NOT_FOUND', 404, 'No such school');
      if (request.schoolYear === 2013) throw new Error('database exploded');
      return { id: request.schoolId, shortName: 'МАОУ «Гимназия № 2»', correlationId: context.correlationId };
    });
    server.handle('registry.whoami.actor', GetSchoolRequest, async (_request, context) => {
      handled.push(context.actor);
      return context.actor;
    });
    server.handle(
      WHO_CALLS.subject,
      GetSchoolRequest,
      async (_request, { actor, caller }: RpcContext) => {
        handled.push(actor);
        return { actor, caller: caller ?? null };
      },
      { callers: WHO_CALLS.callers },
    );
    client = new RpcClient(nats, { names, timeoutMs: 1_000, actors: signer });
  });
  afterAll(async () => {
    await server.close();
    await nats.drain();
  });

  it('answers a valid request and carries the correlation id', async () => {
    const reply = await client.request<{ shortName: string; correlationId: string }>(
      'registry.get.school',
      { schoolId: knownId, schoolYear: 2024 },
      { ...regional, correlationId: 'c-123' },
    );
    expect(reply).toEqual({ id: knownId, shortName: 'МАОУ «Гимназия № 2»', correlationId: 'c-123' });
  });

  it('turns a coded domain error into a CodedException with its code and status', async () => {
    const failure = client.request('registry.get.school', { schoolId: '1f4f1a3e-6f7b-4a8e-9b6a-2c3d4e5f6a7b', schoolYear: 2024 }, regional);
    await expect(failure).rejects.toMatchObject({ code: 'REGISTRY.SCHOOL_NOT_FOUND', status: 404 });
  });

  it('rejects an invalid request naming the fields, before the handler runs', async () => {
    const failure = client.request('registry.get.school', { schoolId: 'nope', schoolYear: 1999 }, regional);
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
    await expect(client.request('registry.get.school', { schoolId: knownId, schoolYear: 2013 }, regional)).rejects.toMatchObject({
      code: 'INTERNAL',
      status: 500,
      message: 'Internal error',
    });
  });

  describe('the signed actor', () => {
    const body = { schoolId: knownId, schoolYear: 2024 };
    const actor: Actor = { userId: knownId, role: 'school_coordinator', schoolId: knownId, ip: '10.0.0.1' };
    const admin: Actor = { userId: knownId, role: 'admin', schoolId: null };
    const whoami = () => names.subject('registry.whoami.actor');

    /** Sends `registry.whoami.actor` with `header` as the actor, as any process on the bus could. */
    const sendWithActorHeader = async (header: string | undefined) => {
      const headers = natsHeaders();
      if (header !== undefined) headers.set(HEADER.actor, header);
      const reply = await nats.request(whoami(), JSON.stringify(body), { timeout: 1_000, headers });
      return reply.json<{ data?: unknown; error?: { code: string; status: number } }>();
    };

    /** Expects the request refused with 401 and a warning, the handler never run. */
    const expectRefused = async (header: string | undefined) => {
      const before = handled.length;
      warnings.length = 0;
      expect(await sendWithActorHeader(header)).toEqual({
        error: expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED', status: 401 }),
      });
      expect(handled).toHaveLength(before);
      expect(warnings).toEqual([expect.objectContaining({ msg: 'request refused: no valid signed actor' })]);
    };

    const signedWith = (key: string, claims: { audience?: string; expiresAt?: number; act?: unknown } = {}) =>
      new SignJWT({ act: claims.act ?? admin })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('orbita')
        .setAudience(claims.audience ?? whoami())
        .setIssuedAt()
        .setExpirationTime(claims.expiresAt ?? '60s')
        .sign(createPrivateKey(key));

    it('carries a signed actor to the handler', async () => {
      await expect(client.request('registry.whoami.actor', body, { actor })).resolves.toEqual(actor);
      expect(handled.at(-1)).toEqual(actor);
    });

    it('refuses a request without an actor: there is no "system" by default', async () => {
      await expect(client.request('registry.whoami.actor', body)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED', status: 401 });
      await expectRefused(undefined);
    });

    it('refuses an actor sent as plain JSON (unsigned), as the header once was', async () => {
      await expectRefused(JSON.stringify(admin));
    });

    it('refuses an actor signed with another key', async () => {
      const { privateKey } = generateKeyPairSync('ed25519');
      await expectRefused(await signedWith(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()));
    });

    it('refuses an expired actor token', async () => {
      await expectRefused(await signedWith(testActorKeys().signingKey, { expiresAt: Math.floor(Date.now() / 1000) - 120 }));
    });

    it('refuses a token signed for another subject (no replay)', async () => {
      await expectRefused(await signedWith(testActorKeys().signingKey, { audience: names.subject('registry.get.school') }));
    });

    it('refuses a validly signed actor that is itself invalid (a school role without a school)', async () => {
      await expectRefused(await signedWith(testActorKeys().signingKey, { act: { ...actor, schoolId: null } }));
    });

    it('lets the platform act as the well-known system admin only with the signing key', async () => {
      const system = new SystemRpcClient(nats, { names, timeoutMs: 1_000, actors: signer });
      await expect(system.request('registry.whoami.actor', body)).resolves.toEqual(SYSTEM_ACTOR);
    });

    it('refuses a service naming itself without an actor on a subject whose contract lists no callers', async () => {
      const before = handled.length;
      warnings.length = 0;
      const headers = natsHeaders();
      headers.set(HEADER.caller, 'integration');
      const reply = await nats.request(whoami(), JSON.stringify(body), { timeout: 1_000, headers });
      expect(reply.json()).toEqual({ error: expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED', status: 401 }) });
      expect(handled).toHaveLength(before);
      expect(warnings).toEqual([expect.objectContaining({ msg: 'request refused: no valid signed actor' })]);
    });
  });

  describe('a service calling as itself', () => {
    const body = { schoolId: knownId, schoolYear: 2024 };
    const serviceClient = (service: string) => new ServiceCallClient(() => nats, { service, names, timeoutMs: 1_000 });

    it('answers a listed caller as the well-known service caller, naming the service, without any key', async () => {
      await expect(serviceClient('integration').request(WHO_CALLS, body)).resolves.toEqual({
        actor: SERVICE_CALLER_ACTOR,
        caller: 'integration',
      });
      expect(SERVICE_CALLER_ACTOR.userId).not.toBe(SYSTEM_ACTOR.userId);
    });

    it('refuses, before sending, a contract that does not list the calling service', async () => {
      const before = handled.length;
      await expect(serviceClient('projects').request(WHO_CALLS, body)).rejects.toThrow(
        'registry.whoami.caller does not list projects among its callers',
      );
      expect(handled).toHaveLength(before);
    });

    it('refuses a service the contract does not list, naming itself on the wire (401, handler not run)', async () => {
      const before = handled.length;
      const headers = natsHeaders();
      headers.set(HEADER.caller, 'projects');
      const reply = await nats.request(names.subject(WHO_CALLS.subject), JSON.stringify(body), { timeout: 1_000, headers });
      expect(reply.json()).toEqual({ error: expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED', status: 401 }) });
      expect(handled).toHaveLength(before);
    });

    it('still verifies a signed actor sent on such a subject, and refuses one naming no service', async () => {
      await expect(client.request(WHO_CALLS, body, regional)).resolves.toEqual({ actor: regional.actor, caller: null });
      await expect(client.request(WHO_CALLS, body)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED', status: 401 });
    });

    it('says the service is unavailable while its bus connection is not open', async () => {
      const unconnected = new ServiceCallClient(() => undefined, { service: 'integration', names });
      await expect(unconnected.request(WHO_CALLS, body)).rejects.toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
    });
  });

  it('says the service is unavailable when nobody answers the subject', async () => {
    await expect(client.request('enrollment.get.class', {})).rejects.toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
  });
});
