import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { IsUUID } from 'class-validator';
import { defineEvent, SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { metricsRegistry } from '@orbita/observability';
import { PrivatePostgres } from '@orbita/testing';
import { consumerDataSource, MessagingFixture, school } from '../../test/messaging-fixture';
import { EventMetadata, HEADER, metadataToHeaders } from '../event-metadata';
import { onEvent, type EventContext } from './event-consumer';

/** An event of a second producer's stream. */
class ProbeRecordedV1 {
  @IsUUID()
  schoolId!: string;
}
const PROBE_RECORDED_V1 = defineEvent('assessments.probe.recorded.v1', ProbeRecordedV1);

describe('event consumer (real PostgreSQL and JetStream)', () => {
  let fixture: MessagingFixture;

  beforeEach(async () => {
    fixture = await MessagingFixture.create();
  });
  afterEach(() => fixture.dispose());

  const seen = () => fixture.count('SELECT count(*) FROM reporting.school_seen', fixture.consumerDb);
  const distinctSeen = () => fixture.count('SELECT count(DISTINCT event_id) FROM reporting.school_seen', fixture.consumerDb);

  /** Publishes a raw message straight to the stream, as a misbehaving producer could. */
  async function publishRaw(data: string, metadata: Partial<EventMetadata> = {}): Promise<string> {
    const eventId = metadata.eventId ?? randomUUID();
    await jetstream(fixture.nats).publish(fixture.names.subject(SCHOOL_REGISTERED_V1.subject), data, {
      msgID: eventId,
      headers: metadataToHeaders({
        eventId,
        subject: SCHOOL_REGISTERED_V1.subject,
        occurredAt: new Date().toISOString(),
        producer: 'registry',
        version: 1,
        aggregateId: metadata.aggregateId ?? eventId,
        correlationId: eventId,
      }),
    });
    return eventId;
  }

  it('a consumer stopped while 1,000 events are published receives all of them once it starts again', async () => {
    const relay = fixture.relay();
    await relay.start();
    const consumer = fixture.consumer();
    await consumer.start(); // creates the durable consumer
    await consumer.stop();

    await fixture.registerSchools(1_000);
    await fixture.waitFor(async () => (await fixture.count('SELECT count(*) FROM outbox')) === 0, 30_000, 'outbox drained');
    expect(await seen()).toBe(0);

    const restarted = fixture.consumer();
    await restarted.start();
    await fixture.waitFor(async () => (await seen()) >= 1_000, 60_000, 'all events applied');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await seen()).toBe(1_000);
    expect(await distinctSeen()).toBe(1_000);
  });

  it('keeps pulling every stream when its hands are full (one waiting pull loop per stream)', async () => {
    const recordSeen = async (payload: { schoolId: string }, context: EventContext) => {
      await context.manager.query('INSERT INTO reporting.school_seen (event_id, school_id) VALUES ($1, $2)', [
        context.metadata.eventId,
        payload.schoolId,
      ]);
    };
    // Room for one event in hand: both streams' loops wait for it, and each must be woken.
    const consumer = fixture.consumer({
      concurrency: 1,
      batchSize: 1,
      handlers: [onEvent(SCHOOL_REGISTERED_V1, recordSeen), onEvent(PROBE_RECORDED_V1, recordSeen)],
    });
    await consumer.start();
    const js = jetstream(fixture.nats);
    for (let index = 0; index < 20; index++) {
      await publishRaw(JSON.stringify(school(index)));
      const eventId = randomUUID();
      await js.publish(fixture.names.subject(PROBE_RECORDED_V1.subject), JSON.stringify({ schoolId: randomUUID() }), {
        headers: metadataToHeaders({
          eventId,
          subject: PROBE_RECORDED_V1.subject,
          occurredAt: new Date().toISOString(),
          producer: 'assessments',
          version: 1,
          aggregateId: eventId,
          correlationId: eventId,
        }),
      });
    }
    await fixture.waitFor(async () => (await seen()) === 40, 20_000, 'the events of both streams');
    await consumer.stop();
  });

  it('applies an event delivered twice (a lost ack) only once', async () => {
    const payload = JSON.stringify(school(1));
    const eventId = await publishRaw(payload);
    const consumer = fixture.consumer();
    await consumer.start();
    await fixture.waitFor(async () => (await seen()) === 1, 10_000, 'first delivery');

    // The same event again under another message id, exactly what JetStream hands out after a lost ack.
    const headers = natsHeaders();
    const original = metadataToHeaders({
      eventId,
      subject: SCHOOL_REGISTERED_V1.subject,
      occurredAt: new Date().toISOString(),
      producer: 'registry',
      version: 1,
      aggregateId: eventId,
      correlationId: eventId,
    });
    for (const key of original.keys()) if (key !== HEADER.msgId) headers.set(key, original.get(key));
    await jetstream(fixture.nats).publish(fixture.names.subject(SCHOOL_REGISTERED_V1.subject), payload, { headers });
    const marker = await publishRaw(JSON.stringify(school(2)));
    await fixture.waitFor(
      async () => (await fixture.count(`SELECT count(*) FROM reporting.school_seen WHERE event_id = '${marker}'`, fixture.consumerDb)) === 1,
      10_000,
      'the event behind the duplicate',
    );
    expect(await fixture.count(`SELECT count(*) FROM reporting.school_seen WHERE event_id = '${eventId}'`, fixture.consumerDb)).toBe(1);
    expect(await fixture.count('SELECT count(*) FROM reporting.inbox', fixture.consumerDb)).toBe(2);
  });

  it('dead-letters a poison message with its reason after bounded retries, and the messages behind it flow', async () => {
    const invalid = await publishRaw(JSON.stringify({ ...school(1), schoolId: 'not-a-uuid' }));
    const failing = school(2);
    const failingId = await publishRaw(JSON.stringify(failing));
    const good = await Promise.all([3, 4, 5].map((index) => publishRaw(JSON.stringify(school(index)))));
    let attemptsOnFailing = 0;

    const consumer = fixture.consumer({
      maxDeliver: 3,
      handlers: [
        onEvent(SCHOOL_REGISTERED_V1, async (payload, context) => {
          if (payload.schoolId === failing.schoolId) {
            attemptsOnFailing += 1;
            throw new Error('the read model refuses this school');
          }
          await context.manager.query('INSERT INTO reporting.school_seen (event_id, school_id) VALUES ($1, $2)', [
            context.metadata.eventId,
            payload.schoolId,
          ]);
        }),
      ],
    });
    await consumer.start();

    await fixture.waitFor(async () => (await seen()) === 3, 10_000, 'good messages behind the poison ones');
    const deadLetters = fixture.names.deadLetterStream().name;
    await fixture.waitFor(async () => (await fixture.streamMessages(deadLetters)).length === 2, 15_000, 'two dead letters');

    const letters = await fixture.streamMessages(deadLetters);
    const byEvent = new Map(letters.map((letter) => [letter.headers[HEADER.eventId], letter]));
    expect(byEvent.get(invalid)?.headers[HEADER.deadLetterReason]).toBe('invalid-payload');
    expect(byEvent.get(invalid)?.headers[HEADER.deadLetterDetail]).toMatch(/schoolId: schoolId must be a UUID/);
    expect(byEvent.get(failingId)?.headers[HEADER.deadLetterReason]).toBe('handler-failed');
    expect(byEvent.get(failingId)?.headers[HEADER.deadLetterDetail]).toBe('the read model refuses this school');
    expect(byEvent.get(failingId)?.headers[HEADER.deadLetterDeliveries]).toBe('3');
    expect(attemptsOnFailing).toBe(3);
    const metrics = await metricsRegistry.metrics();
    expect(metrics).toMatch(/orbita_consumer_dead_letters_total\{consumer="reporting_directory",reason="invalid-payload"\} 1/);
    expect(metrics).toMatch(/orbita_consumer_dead_letters_total\{consumer="reporting_directory",reason="handler-failed"\} 1/);
    expect(await seen()).toBe(3);
    expect(good).toHaveLength(3);
  });

  it('holds good messages through a database outage and applies them, once, when it returns', async () => {
    const postgres = await PrivatePostgres.start();
    fixture.closers.push(() => postgres.dispose());
    const database = await consumerDataSource(postgres.url, 4);
    fixture.closers.push(() => database.destroy());
    const consumer = fixture.consumer({ dataSource: database, maxDeliver: 2, ackWaitMs: 2_000 });
    await consumer.start();
    const count = async () => Number((await database.query('SELECT count(*) AS n FROM reporting.school_seen'))[0].n);

    await Promise.all([1, 2, 3].map((index) => publishRaw(JSON.stringify(school(index)))));
    await fixture.waitFor(async () => (await count()) === 3, 10_000, 'before the outage');

    await postgres.stop();
    await Promise.all(Array.from({ length: 20 }, (_, index) => publishRaw(JSON.stringify(school(10 + index)))));
    // Longer than ack wait × max deliveries: a consumer that nak'ed or let acks lapse would have used them up.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await postgres.restart();

    await fixture.waitFor(async () => (await count().catch(() => 0)) === 23, 30_000, 'all applied after the outage');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count()).toBe(23);
    expect(await fixture.streamMessages(fixture.names.deadLetterStream().name)).toHaveLength(0);
  });
});
