import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Controller, Get, Inject, Module } from '@nestjs/common';
import { Actor } from '@orbita/auth';
import { defineRpc } from '@orbita/contracts';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ServiceClient } from '@orbita/gateway/feature-http';
import { ActorVerifier, MessagingNames, RpcServer } from '@orbita/messaging';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { IsOptional, IsString } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { authHeader, startTestGateway, type TestGateway } from './index';

class EchoRequest {
  @IsOptional()
  @IsString()
  note?: string;
}

/** A service's operation that answers who asked. */
const PROBE_ACTOR = defineRpc({
  subject: 'probe.get.actor',
  request: EchoRequest,
  response: Actor,
  permission: 'schools:read',
  scope: 'open',
});

@Controller('echo')
@RequirePermission(PROBE_ACTOR.permission)
class EchoController {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Get()
  echo(@CurrentActor() actor: Actor): Promise<Actor> {
    return this.services.request(PROBE_ACTOR, {}, actor);
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('startTestGateway (the whole gateway for integration tests)', () => {
  const subjectPrefix = uniqueRunId();
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let service: RpcServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connect({ servers: 'nats://127.0.0.1:4222' });
    service = new RpcServer(nats, 'probe', {
      names: new MessagingNames(subjectPrefix),
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    service.handle(PROBE_ACTOR.subject, PROBE_ACTOR.request, async (_request, context) => context.actor);
    gateway = await startTestGateway({ databaseUrl: database.url, subjectPrefix, resources: [EchoModule] });
  });

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
    await nats?.close();
    await database?.drop();
  });

  it('is ready: NATS and the database answer', async () => {
    const ready = await gateway.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.json()).toMatchObject({
      status: 'ok',
      info: { nats: { status: 'up' }, database: { status: 'up' } },
    });
  });

  it('sends the authenticated actor to the service in the request metadata', async () => {
    const account = await gateway.createAccount({ role: 'teacher', personId: randomUUID() });
    const { accessToken } = await gateway.loginAs(account.email, account.password);
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/api/v1/echo',
      headers: authHeader(accessToken),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      userId: account.id,
      role: 'teacher',
      schoolId: account.schoolId,
      personId: account.personId,
      ip: '127.0.0.1',
    });
    expect((await gateway.app.inject({ method: 'GET', url: '/api/v1/echo' })).statusCode).toBe(401);
  });

  it('serves the OpenAPI document with the auth routes and the bearer scheme', async () => {
    const document = (await gateway.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/accounts', '/api/v1/audit-events']),
    );
    expect(document.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });
});
