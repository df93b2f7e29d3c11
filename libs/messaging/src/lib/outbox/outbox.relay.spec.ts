import { jetstreamManager } from '@nats-io/jetstream';
import { SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { PrivateNatsServer } from '@orbita/testing';
import { MessagingFixture, natsUrl, quietLogger, school } from '../../test/messaging-fixture';
import { HEADER } from '../event-metadata';
import { connectNats } from '../nats/nats-connection';
import { OutboxRelay } from './outbox.relay';
import { UnitOfWork } from './unit-of-work';

describe('outbox and relay (real PostgreSQL and JetStream)', () => {
  let fixture: MessagingFixture;

  beforeEach(async () => {
    fixture = await MessagingFixture.create();
  });
  afterEach(() => fixture.dispose());

  const stream = () => fixture.names.eventStream('registry').name;

  it('commits a state change and its event together; a rolled-back transaction publishes nothing', async () => {
    const uow = new UnitOfWork(fixture.producer);
    const kept = school(1);
    const rolledBack = school(2);

    await uow.run(async (tx) => {
      await tx.manager.query('INSERT INTO school (id, short_name) VALUES ($1, $2)', [kept.schoolId, kept.shortName]);
      tx.publish(SCHOOL_REGISTERED_V1, kept, { aggregateId: kept.schoolId, correlationId: 'corr-1' });
    });
    await expect(
      uow.run(async (tx) => {
        await tx.manager.query('INSERT INTO school (id, short_name) VALUES ($1, $2)', [
          rolledBack.schoolId,
          rolledBack.shortName,
        ]);
        tx.publish(SCHOOL_REGISTERED_V1, rolledBack, { aggregateId: rolledBack.schoolId });
        throw new Error('the registrar changed their mind');
      }),
    ).rejects.toThrow('changed their mind');

    expect(await fixture.count('SELECT count(*) FROM school')).toBe(1);
    expect(await fixture.count('SELECT count(*) FROM outbox')).toBe(1);

    const relay = fixture.relay();
    await relay.start();
    await fixture.waitFor(async () => (await fixture.count('SELECT count(*) FROM outbox')) === 0, 10_000, 'outbox drained');

    const messages = await fixture.streamMessages(stream());
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0].data)).toMatchObject({ schoolId: kept.schoolId, shortName: kept.shortName });
    expect(messages[0].subject).toBe(fixture.names.subject('registry.school.registered.v1'));
    expect(messages[0].headers[HEADER.correlationId]).toBe('corr-1');
    expect(messages[0].headers[HEADER.producer]).toBe('registry');
    expect(messages[0].headers[HEADER.version]).toBe('1');
    expect(messages[0].headers[HEADER.msgId]).toBe(messages[0].headers[HEADER.eventId]);
  });

  it('refuses to write an event whose payload breaks its contract, and the state change with it', async () => {
    const uow = new UnitOfWork(fixture.producer);
    const bad = { ...school(3), schoolId: 'not-a-uuid' };
    await expect(
      uow.run(async (tx) => {
        await tx.manager.query('INSERT INTO school (id, short_name) VALUES (gen_random_uuid(), $1)', [bad.shortName]);
        tx.publish(SCHOOL_REGISTERED_V1, bad, { aggregateId: 'x' });
      }),
    ).rejects.toThrow(/schoolId/);
    expect(await fixture.count('SELECT count(*) FROM school')).toBe(0);
  });

  it('keeps the order of events within an aggregate', async () => {
    const uow = new UnitOfWork(fixture.producer);
    const first = school(1);
    await uow.run(async (tx) => {
      for (let version = 1; version <= 20; version++) {
        tx.publish(SCHOOL_REGISTERED_V1, { ...first, shortName: `v${version}` }, { aggregateId: first.schoolId });
        const other = school(100 + version);
        tx.publish(SCHOOL_REGISTERED_V1, other, { aggregateId: other.schoolId });
      }
    });
    await fixture.relay({ batchSize: 7 }).drain();
    const names = (await fixture.streamMessages(stream()))
      .map((message) => JSON.parse(message.data))
      .filter((payload) => payload.schoolId === first.schoolId)
      .map((payload) => payload.shortName);
    expect(names).toEqual(Array.from({ length: 20 }, (_, index) => `v${index + 1}`));
  });

  it('two relays on the same outbox publish each event once', async () => {
    await fixture.registerSchools(600);
    const second = await connectNats({ url: natsUrl(), name: 'relay-2' });
    fixture.closers.push(() => second.drain());
    const relays = [fixture.relay({ batchSize: 50 }), fixture.relay({ batchSize: 50, nats: second })];
    await Promise.all(relays.map((relay) => relay.start()));
    await fixture.waitFor(async () => (await fixture.count('SELECT count(*) FROM outbox')) === 0, 30_000, 'outbox drained');

    const messages = await fixture.streamMessages(stream());
    const ids = messages.map((message) => message.headers[HEADER.eventId]);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
  });

  it('keeps events while NATS is unreachable and publishes each exactly once when it returns', async () => {
    const server = await PrivateNatsServer.start();
    fixture.closers.push(() => server.dispose());
    const nats = await connectNats({ url: server.url, name: 'relay-outage' });
    fixture.closers.push(() => nats.close());
    const relay = new OutboxRelay({
      service: 'registry',
      dataSource: fixture.producer,
      nats,
      names: fixture.names,
      pollIntervalMs: 100,
      publishTimeoutMs: 500,
      logger: quietLogger,
    });
    fixture.closers.push(() => relay.stop());
    await relay.start();

    await fixture.registerSchools(50, 1);
    await fixture.waitFor(async () => (await fixture.count('SELECT count(*) FROM outbox')) === 0, 10_000, 'first drain');

    await server.stop();
    await fixture.registerSchools(250, 51);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await fixture.count('SELECT count(*) FROM outbox')).toBe(250);

    await server.restart();
    await fixture.waitFor(async () => (await fixture.count('SELECT count(*) FROM outbox')) === 0, 30_000, 'drain after outage');

    // Read the private server's stream through its own connection.
    const info = await (await jetstreamManager(nats)).streams.info(fixture.names.eventStream('registry').name);
    expect(info.state.messages).toBe(300);
  });

  it('JetStream drops a re-published event with the same id (the relay re-publishing after a lost ack)', async () => {
    await fixture.registerSchools(5);
    const relay = fixture.relay();
    await relay.drain();
    // Put the same rows back, as if the relay had crashed after the publish ack and before the delete.
    const published = await fixture.streamMessages(stream());
    for (const message of published) {
      await fixture.producer.query(
        'INSERT INTO outbox (event_id, subject, aggregate_id, payload, metadata) VALUES ($1, $2, $3, $4, $5)',
        [
          message.headers[HEADER.eventId],
          message.headers[HEADER.subject],
          message.headers[HEADER.aggregateId],
          message.data,
          JSON.stringify({
            eventId: message.headers[HEADER.eventId],
            subject: message.headers[HEADER.subject],
            occurredAt: message.headers[HEADER.occurredAt],
            producer: 'registry',
            version: 1,
            aggregateId: message.headers[HEADER.aggregateId],
            correlationId: message.headers[HEADER.correlationId],
          }),
        ],
      );
    }
    expect(await relay.drain()).toBe(5);
    expect(await fixture.streamMessages(stream())).toHaveLength(5);
  });
});
