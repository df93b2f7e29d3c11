import { jetstream } from '@nats-io/jetstream';
import { Injectable, Module } from '@nestjs/common';
import {
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  type SchoolRegisteredV1,
  type SchoolUpdatedV1,
} from '@orbita/contracts';
import { HEADER, metadataToHeaders, type EventContext } from '@orbita/messaging';
import { randomUUID } from 'node:crypto';
import { startTestService, waitFor, type TestService } from '../testing/test-service';
import { declaredConsumers } from './event-handlers';
import { OnEvent } from './on-event.decorator';
import type { ServiceDefinition } from './service-host.module';

const SCHOOL_NAMES = { durable: 'school_names', batchSize: 10 };

/** Applies each school event it is given, counting how often each one arrived. */
@Injectable()
class SchoolNames {
  readonly applied: { eventId: string; shortName: string }[] = [];

  @OnEvent(SCHOOL_REGISTERED_V1, SCHOOL_NAMES)
  async schoolRegistered(school: SchoolRegisteredV1, { metadata }: EventContext) {
    this.applied.push({ eventId: metadata.eventId, shortName: school.shortName });
  }
}

@Module({ providers: [SchoolNames] })
class SchoolNamesModule {}

const definition: ServiceDefinition = {
  name: 'reporting',
  entities: [],
  migrations: [],
  modules: [SchoolNamesModule],
};

describe('@OnEvent methods (real PostgreSQL and NATS JetStream)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(definition);
  });

  afterAll(async () => {
    await service?.close();
  });

  /** Publishes to the registry's stream as its outbox relay does; `redelivery`: the same event again. */
  async function publish(payload: SchoolRegisteredV1, eventId: string, redelivery = false): Promise<void> {
    const headers = metadataToHeaders({
      eventId,
      subject: SCHOOL_REGISTERED_V1.subject,
      occurredAt: new Date().toISOString(),
      producer: 'registry',
      version: 1,
      aggregateId: payload.schoolId,
      correlationId: eventId,
    });
    // A fresh message id, so that JetStream stores it again and the consumer meets it twice.
    if (redelivery) headers.set(HEADER.msgId, randomUUID());
    await jetstream(service.nats).publish(
      service.names.subject(SCHOOL_REGISTERED_V1.subject),
      JSON.stringify(payload),
      {
        headers,
      },
    );
  }

  it('starts the declared durable consumer once NATS is connected and applies a published event exactly once', async () => {
    const schoolNames = service.app.get(SchoolNames);
    const school = {
      schoolId: randomUUID(),
      municipalityId: randomUUID(),
      fullName: 'Лицей № 7',
      shortName: 'Лицей № 7',
      active: true,
    };
    const eventId = randomUUID();
    // The consumer creates the stream when it starts; the first publish waits for it.
    await waitFor(async () =>
      publish(school, eventId).then(
        () => true,
        () => false,
      ),
    );
    await publish(school, eventId, true);
    // A broken payload is dead-lettered, not handed to the method.
    await publish({ ...school, schoolId: 'not-a-uuid' }, randomUUID());

    await waitFor(async () => {
      const [{ n }] = await service.dataSource.query(
        'SELECT count(*)::int AS n FROM reporting.inbox WHERE consumer = $1',
        [service.names.durable('reporting', 'school_names')],
      );
      return n === 1 && schoolNames.applied.length === 1;
    });
    // Time for the redelivered copy to arrive: it finds its inbox row and has no second effect.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(schoolNames.applied).toEqual([{ eventId, shortName: 'Лицей № 7' }]);
  });

  it('refuses two methods of one durable consumer that disagree on its options', () => {
    class Disagreeing {
      readonly schoolIds: string[] = [];

      @OnEvent(SCHOOL_REGISTERED_V1, SCHOOL_NAMES)
      async registered(school: SchoolRegisteredV1) {
        this.schoolIds.push(school.schoolId);
      }

      @OnEvent(SCHOOL_UPDATED_V1, { ...SCHOOL_NAMES, batchSize: 1 })
      async updated(school: SchoolUpdatedV1) {
        this.schoolIds.push(school.schoolId);
      }
    }
    expect(() => declaredConsumers([new Disagreeing()])).toThrow(/school_names disagree on its options/);
  });
});
