import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { errors, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { randomBytes } from 'node:crypto';
import { IsUUID } from 'class-validator';
import { defineRpc, SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { PrivateNatsServer, testActorKeys } from '@orbita/testing';
import { MessagingFixture, quietLogger, school } from '../../test/messaging-fixture';
import { HEADER } from '../event-metadata';
import { ActorSigner, ActorVerifier, SERVICE_CALLER_ACTOR } from '../rpc/actor-token';
import { RpcClient, RpcServer, ServiceCallClient, type RpcContext } from '../rpc/rpc';
import { renderNatsServerConfig, type BusService } from './bus-authorization';
import { connectNats } from './nats-connection';
import { TransferBucket } from './transfer-bucket';

class ListSchools {
  @IsUUID()
  municipalityId!: string;
}

class RosterQuery {
  @IsUUID()
  schoolId!: string;
}

/** An operation the integration service calls as itself, as enrollment's roster is declared. */
const ROSTER = defineRpc({
  subject: 'enrollment.list.sync-roster',
  request: RosterQuery,
  response: null,
  permission: 'students:read',
  scope: 'school',
  callers: ['integration'],
});

/** The bus as the platform runs it (a private nats-server with the rendered users), producers and consumers alike. */
describe('the bus: NATS users and their permissions', () => {
  const services: BusService[] = [
    { name: 'registry' },
    { name: 'enrollment', consumers: ['scores'] },
    { name: 'reporting', consumers: ['analytics'] },
    { name: 'integration', calls: [ROSTER.subject] },
    { name: 'projects' },
  ];
  const passwords = new Map(
    ['gateway', ...services.map((service) => service.name)].map((user) => [
      user,
      randomBytes(12).toString('hex'),
    ]),
  );
  let fixture: MessagingFixture;
  let server: PrivateNatsServer;
  const connections = new Map<string, NatsConnection>();
  /** Permission violations the server reported to each user's connection. */
  const violations = new Map<string, InstanceType<typeof errors.PermissionViolationError>[]>();

  const as = (user: string) => connections.get(user) as NatsConnection;

  beforeAll(async () => {
    fixture = await MessagingFixture.create();
    server = await PrivateNatsServer.start(({ port, storeDir }) =>
      renderNatsServerConfig({
        port,
        storeDir,
        prefix: fixture.names.prefix,
        services,
        gateway: 'gateway',
        password: (user) => passwords.get(user) as string,
      }),
    );
    for (const [user, password] of passwords) {
      const nc = await connectNats({ url: server.url, name: user, user, password });
      connections.set(user, nc);
      violations.set(user, []);
      void (async () => {
        for await (const status of nc.status()) {
          if (status.type === 'error' && status.error instanceof errors.PermissionViolationError) {
            violations.get(user)?.push(status.error);
          }
        }
      })();
    }
  });

  afterAll(async () => {
    for (const close of fixture?.closers ?? []) await close();
    for (const nc of connections.values()) await nc.close();
    await server?.dispose();
    await fixture?.producer.destroy();
    await fixture?.consumerDb.destroy();
    await fixture?.nats.drain();
    await fixture?.database.drop();
  });

  /** Expects the server to have refused the request behind `attempt` for want of permission. */
  const refused = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(error?.cause ?? error).toBeInstanceOf(errors.PermissionViolationError);
  };

  const waitFor = async (condition: () => boolean | Promise<boolean>) => {
    for (let tries = 0; tries < 200 && !(await condition()); tries++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await condition()).toBe(true);
  };

  it('carries events from the producer through its stream to another service’s durable consumer, whoever starts first', async () => {
    const relay = fixture.relay({ nats: as('registry') });
    const consumer = fixture.consumer({ nats: as('reporting'), purpose: 'analytics' });
    // The consumer may not create the registry's stream: it waits until the registry's relay has.
    const consuming = consumer.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await relay.start();
    await consuming;
    fixture.closers.push(() => consumer.stop());
    const [registered] = await fixture.registerSchools(1);
    await waitFor(async () => {
      const rows = await fixture.consumerDb.query('SELECT school_id FROM reporting.school_seen');
      return rows.length === 1 && rows[0].school_id === registered.schoolId;
    });
  });

  it('refuses a durable consumer the configuration does not name, saying where to declare it', async () => {
    const undeclared = fixture.consumer({ nats: as('reporting'), purpose: 'audit' });
    await expect(undeclared.start()).rejects.toThrow(
      'The bus refuses the durable consumer reporting_audit on ' +
        `${fixture.names.eventStream('registry').name}: add its purpose to the service's consumers in tools/scripts/nats-config.ts`,
    );
  });

  it('refuses a forged publish of another service’s event subject, and nothing reaches the stream', async () => {
    const jsm = await jetstreamManager(as('registry'));
    const stream = fixture.names.eventStream('registry').name;
    const before = (await jsm.streams.info(stream)).state.messages;
    const forged = JSON.stringify(school(9));
    const headers = natsHeaders();
    headers.set(HEADER.eventId, '5e3a0c1e-0000-4000-8000-000000000009');

    for (const user of ['enrollment', 'gateway']) {
      await refused(
        jetstream(as(user)).publish(fixture.names.subject(SCHOOL_REGISTERED_V1.subject), forged, { headers }),
      );
    }
    // A plain publish (no ack asked) is dropped by the server too, and reported to the sender.
    as('reporting').publish(fixture.names.subject(SCHOOL_REGISTERED_V1.subject), forged, { headers });
    await waitFor(() => (violations.get('reporting') ?? []).some((error) => error.operation === 'publish'));
    expect((await jsm.streams.info(stream)).state.messages).toBe(before);
  });

  it('lets the gateway send requests, a service without calls none, and each service answer only its own subjects', async () => {
    const subject = 'registry.list.schools';
    const answering = new RpcServer(as('registry'), 'registry', {
      names: fixture.names,
      logger: quietLogger,
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    answering.handle(subject, ListSchools, async () => ({ items: [] }));
    fixture.closers.push(() => answering.close());
    const actor = {
      actor: { userId: '5e3a0c1e-0000-4000-8000-000000000001', role: 'admin' as const, schoolId: null },
    };
    const body = { municipalityId: '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0001' };
    const client = (user: string) =>
      new RpcClient(as(user), {
        names: fixture.names,
        timeoutMs: 2_000,
        actors: ActorSigner.fromKey(testActorKeys().signingKey),
      });

    await expect(client('gateway').request(subject, body, actor)).resolves.toEqual({ items: [] });
    await refused(client('enrollment').request(subject, body, actor));

    // Another service cannot listen in on the registry's requests, nor on the gateway's replies.
    as('enrollment').subscribe(fixture.names.subject(subject), { queue: 'registry' });
    as('enrollment').subscribe('_INBOX_gateway.>');
    await waitFor(
      () =>
        (violations.get('enrollment') ?? []).filter((error) => error.operation === 'subscription').length ===
        2,
    );
  });

  it('lets a service send as itself only the requests of its calls, which the answering service serves', async () => {
    const answering = new RpcServer(as('enrollment'), 'enrollment', {
      names: fixture.names,
      logger: quietLogger,
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    answering.handle(
      ROSTER.subject,
      RosterQuery,
      async (_query, { actor, caller }: RpcContext) => ({ actor, caller }),
      {
        callers: ROSTER.callers,
      },
    );
    fixture.closers.push(() => answering.close());
    const body = { schoolId: '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0002' };
    const calls = (user: string, service = user) =>
      new ServiceCallClient(() => as(user), { service, names: fixture.names, timeoutMs: 2_000 });

    await expect(calls('integration').request(ROSTER, body)).resolves.toEqual({
      actor: SERVICE_CALLER_ACTOR,
      caller: 'integration',
    });
    // Another service naming itself the integration service is stopped by the bus before enrollment sees it.
    await refused(calls('projects', 'integration').request(ROSTER, body));
    // And the integration service sends no other request.
    await refused(
      new RpcClient(as('integration'), {
        names: fixture.names,
        timeoutMs: 2_000,
        actors: ActorSigner.fromKey(testActorKeys().signingKey),
      }).request('registry.list.schools', { municipalityId: body.schoolId }, { actor: SERVICE_CALLER_ACTOR }),
    );
  });

  it('lets a service read the transfer objects sent to it, and no other service', async () => {
    const content = randomBytes(300_000);
    const { name } = await (
      await TransferBucket.open(as('gateway'), fixture.names, 'enrollment')
    ).put(content);

    const own = await TransferBucket.open(as('enrollment'), fixture.names, 'enrollment');
    expect((await own.read(name))?.equals(content)).toBe(true);

    await expect(TransferBucket.open(as('registry'), fixture.names, 'enrollment')).rejects.toThrow(
      /permission/i,
    );
    expect(await own.size(name)).toBe(content.length);
    await own.delete(name);
  });
});
