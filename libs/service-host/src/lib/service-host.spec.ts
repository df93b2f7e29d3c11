import { Injectable, Module } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Actor } from '@orbita/auth';
import { defineRpc, SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { HEADER, UnitOfWork } from '@orbita/messaging';
import { IsString, IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { currentCorrelationId, loadConfig } from '@orbita/observability';
import { startTestService, waitFor, type TestService } from '../testing/test-service';
import { RpcHandler } from './rpc-handler.decorator';
import { ServiceConfig } from './service-config';
import type { ServiceDefinition } from './service-host.module';

class RegisterSchool {
  @IsUUID()
  municipalityId!: string;

  @IsString()
  shortName!: string;
}

class SchoolRegistered {
  schoolId!: string;
  registeredBy!: string;
  correlationId!: string | undefined;
}

const REGISTER_SCHOOL = defineRpc({
  subject: 'registry.register.school',
  request: RegisterSchool,
  response: SchoolRegistered,
  permission: 'schools:write',
  scope: 'region',
});

@Injectable()
class SchoolHandlers {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  @RpcHandler(REGISTER_SCHOOL)
  async register(request: RegisterSchool, actor: Actor) {
    const schoolId = randomUUID();
    await this.unitOfWork.run(async (tx) => {
      tx.publish(
        SCHOOL_REGISTERED_V1,
        {
          schoolId,
          municipalityId: request.municipalityId,
          fullName: request.shortName,
          shortName: request.shortName,
          active: true,
        },
        { aggregateId: schoolId },
      );
    });
    return { schoolId, registeredBy: actor.userId, correlationId: currentCorrelationId() };
  }
}

@Module({ providers: [SchoolHandlers] })
class SchoolsModule {}

const definition: ServiceDefinition = {
  name: 'registry',
  entities: [],
  migrations: [],
  modules: [SchoolsModule],
};

describe('service host', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(definition);
    await service.app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await service?.close();
  });

  it('is ready once the database and NATS answer, with the messaging tables migrated', async () => {
    const { app } = service;
    await waitFor(async () => (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('process_cpu');
    await expect(service.dataSource.query('SELECT name FROM registry.migrations')).resolves.toEqual([
      { name: 'MessagingTables1763800000000' },
    ]);
  });

  it('answers @RpcHandler methods with the actor, and relays the events they publish', async () => {
    const actor = { userId: randomUUID(), role: 'regional_coordinator' as const, schoolId: null };
    const reply = await service.client.request(
      REGISTER_SCHOOL,
      { municipalityId: randomUUID(), shortName: 'Гимназия № 2' },
      { correlationId: 'corr-1', actor },
    );
    expect(reply.registeredBy).toBe(actor.userId);
    expect(reply.correlationId).toBe('corr-1');

    const jsm = await jetstreamManager(service.nats);
    const stream = service.names.eventStream('registry').name;
    await waitFor(async () => (await jsm.streams.info(stream).catch(() => undefined))?.state.messages === 1);
    const message = await jsm.streams.getMessage(stream, { seq: 1 });
    expect(message?.json<{ schoolId: string }>().schoolId).toBe(reply.schoolId);
    expect(message?.header?.get('Orbita-Correlation-Id')).toBe('corr-1');
    // The relay marks the row sent after JetStream acknowledged it: just after the message is seen, not before.
    const unsent = async () =>
      (
        await service.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM registry.outbox')
      )[0].n;
    await waitFor(async () => (await unsent()) === 0);
    expect(await unsent()).toBe(0);
    await expect(
      service.published(SCHOOL_REGISTERED_V1.subject, { schoolId: reply.schoolId }),
    ).resolves.toHaveLength(1);
  });

  it('refuses to start without the key that verifies actors or its own database URL (there are no defaults)', () => {
    expect(() => loadConfig(ServiceConfig, {})).toThrow(/ACTOR_VERIFY_KEY is missing/);
    // Never the superuser by default: each service is given its own role's URL.
    expect(() => loadConfig(ServiceConfig, {})).toThrow(/DATABASE_URL is missing/);
  });

  it('refuses a request without a signed actor (401) before the handler runs', async () => {
    await expect(
      service.client.request('registry.register.school', { municipalityId: randomUUID(), shortName: 'x' }),
    ).rejects.toMatchObject({
      status: 401,
    });
    // The forgery of issue 11: an admin actor written as plain JSON, as anyone on the bus could.
    const headers = natsHeaders();
    headers.set(HEADER.actor, JSON.stringify({ userId: randomUUID(), role: 'admin', schoolId: null }));
    const reply = await service.nats.request(
      service.names.subject('registry.register.school'),
      JSON.stringify({ municipalityId: randomUUID(), shortName: 'Подделка' }),
      { headers, timeout: 2_000 },
    );
    expect(reply.json()).toEqual({
      error: expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED', status: 401 }),
    });
    // The handler never ran: the only school event is the one of the signed request above.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.events.filter((event) => event.subject === SCHOOL_REGISTERED_V1.subject)).toHaveLength(1);
  });
});
