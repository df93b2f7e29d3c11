import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { connectNats, MessagingNames, requireActor, RpcClient, UnitOfWork, type RpcContext } from '@orbita/messaging';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { IsString, IsUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createServiceApp, migrateService } from './bootstrap';
import { RpcHandler } from './rpc-handler.decorator';
import { ServiceConfig } from './service-config';
import type { ServiceDefinition } from './service-host.module';

class RegisterSchool {
  @IsUUID()
  municipalityId!: string;

  @IsString()
  shortName!: string;
}

@Injectable()
class SchoolHandlers {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  @RpcHandler('registry.register.school', RegisterSchool)
  async register(request: RegisterSchool, context: RpcContext) {
    const actor = requireActor(context);
    const schoolId = randomUUID();
    await this.unitOfWork.run(async (tx) => {
      tx.publish(
        SCHOOL_REGISTERED_V1,
        { schoolId, municipalityId: request.municipalityId, fullName: request.shortName, shortName: request.shortName, active: true },
        { aggregateId: schoolId },
      );
    });
    return { schoolId, registeredBy: actor.userId, correlationId: context.correlationId };
  }
}

@Module({ providers: [SchoolHandlers] })
class SchoolsModule {}

const definition: ServiceDefinition = { name: 'registry', entities: [], migrations: [], modules: [SchoolsModule] };

describe('service host', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let nats: NatsConnection;
  const prefix = uniqueRunId();
  const names = new MessagingNames(prefix);

  beforeAll(async () => {
    database = await createTestDatabase();
    const applied = await migrateService(definition, { DATABASE_URL: database.url });
    expect(applied).toEqual(['MessagingTables1763800000000']);
    const config = Object.assign(new ServiceConfig(), { DATABASE_URL: database.url, NATS_SUBJECT_PREFIX: prefix, LOG_LEVEL: 'warn' });
    app = await createServiceApp(definition, config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    nats = await connectNats({ url: config.NATS_URL, name: 'service-host-test' });
  });

  afterAll(async () => {
    await app?.close();
    const jsm = await jetstreamManager(nats);
    await jsm.streams.delete(names.eventStream('registry').name).catch(() => undefined);
    await nats?.drain();
    await database?.drop();
  });

  it('is ready once the database and NATS answer', async () => {
    await waitFor(async () => (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('process_cpu');
  });

  it('answers @RpcHandler methods with the actor, and relays the events they publish', async () => {
    const client = new RpcClient(nats, { names });
    const actor = { userId: randomUUID(), role: 'regional_coordinator' as const, schoolId: null };
    const reply = await client.request<{ schoolId: string; registeredBy: string; correlationId: string }>(
      'registry.register.school',
      { municipalityId: randomUUID(), shortName: 'Гимназия № 2' },
      { correlationId: 'corr-1', actor },
    );
    expect(reply.registeredBy).toBe(actor.userId);
    expect(reply.correlationId).toBe('corr-1');

    const jsm = await jetstreamManager(nats);
    const stream = names.eventStream('registry').name;
    await waitFor(async () => (await jsm.streams.info(stream).catch(() => undefined))?.state.messages === 1);
    const message = await jsm.streams.getMessage(stream, { seq: 1 });
    expect(message?.json<{ schoolId: string }>().schoolId).toBe(reply.schoolId);
    expect(message?.header?.get('Orbita-Correlation-Id')).toBe('corr-1');
    await expect(app.get(DataSource).query('SELECT count(*)::int AS n FROM registry.outbox')).resolves.toEqual([{ n: 0 }]);
  });

  it('refuses a request without an actor where the handler requires one', async () => {
    const client = new RpcClient(nats, { names });
    await expect(client.request('registry.register.school', { municipalityId: randomUUID(), shortName: 'x' })).rejects.toMatchObject({
      status: 401,
    });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
