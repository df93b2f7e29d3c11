import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { PERSON_REGISTERED_V1, SCHOOL_REGISTERED_V1, type EventContract } from '@orbita/contracts';
import { ENROLLMENT_RPC } from '@orbita/enrollment/rpc';
import { ensureStream, HEADER, metadataToHeaders } from '@orbita/messaging';
import { ServiceConfig } from '@orbita/service-host';
import { startTestService, TestService, waitFor } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { KnownPerson, KnownSchool } from '../lib/directory/directory.entity';
import {
  ENROLLMENT_ENTITIES,
  ENROLLMENT_MIGRATIONS,
  EnrollmentClassesModule,
} from '../lib/enrollment.module';

export { regionalCoordinator, schoolCoordinator, waitFor } from '@orbita/service-host/testing';

/** What the registry has told enrollment before a test: its schools and people (a null school: region, partner). */
export interface KnownToRegistry {
  schools?: string[];
  people?: { personId: string; schoolId: string | null }[];
}

/**
 * The enrollment service for a test (see TestService), fed assessments', the registry's and the
 * integration service's events published straight to their streams as their relays would publish them.
 */
export class EnrollmentFixture extends TestService {
  static async start(registry: KnownToRegistry = {}): Promise<EnrollmentFixture> {
    const fixture = new EnrollmentFixture(
      await startTestService(
        {
          name: 'enrollment',
          entities: ENROLLMENT_ENTITIES,
          migrations: ENROLLMENT_MIGRATIONS,
          modules: [EnrollmentClassesModule],
        },
        ServiceConfig,
        // Reads of personal data are logged at info.
        { LOG_LEVEL: 'info' },
      ),
    );
    for (const producer of ['assessments', 'registry', 'integration'])
      await ensureStream(await jetstreamManager(fixture.nats), fixture.names.eventStream(producer));
    await fixture.answering(ENROLLMENT_RPC.listSubjects);
    await fixture.register(registry);
    return fixture;
  }

  /** Publishes the registry's events for these schools and people, and waits until enrollment knows them. */
  async register({ schools = [], people = [] }: KnownToRegistry): Promise<void> {
    for (const schoolId of schools)
      await this.publish(
        SCHOOL_REGISTERED_V1,
        { schoolId, municipalityId: randomUUID(), fullName: 'Школа', shortName: 'Школа', active: true },
        schoolId,
      );
    for (const { personId, schoolId } of people)
      await this.publish(
        PERSON_REGISTERED_V1,
        {
          personId,
          organisationId: schoolId ?? randomUUID(),
          ...(schoolId && { schoolId }),
          roles: ['teacher'],
          active: true,
        },
        personId,
      );
    const manager = this.dataSource.manager;
    await waitFor(
      async () =>
        (await manager.countBy(KnownSchool, { schoolId: In(schools) })) === schools.length &&
        (await manager.countBy(KnownPerson, { personId: In(people.map((person) => person.personId)) })) ===
          people.length,
    );
  }

  /**
   * Publishes an event of another service to its stream with the headers its outbox relay sets, and
   * answers its id. Given an `eventId` already published, the same event comes once more, as it would
   * after the stream's duplicate window: a second delivery for the consumer.
   */
  async publish<T extends object>(
    contract: EventContract<T>,
    payload: T,
    aggregateId: string,
    again?: { eventId: string },
  ): Promise<string> {
    const eventId = again?.eventId ?? randomUUID();
    const metadata = metadataToHeaders({
      eventId,
      subject: contract.subject,
      occurredAt: new Date().toISOString(),
      producer: contract.subject.split('.')[0],
      version: 1,
      aggregateId,
      correlationId: eventId,
    });
    const headers = natsHeaders();
    for (const key of metadata.keys()) headers.set(key, metadata.get(key));
    if (again) headers.set(HEADER.msgId, randomUUID());
    await jetstream(this.nats).publish(this.names.subject(contract.subject), JSON.stringify(payload), {
      headers,
    });
    return eventId;
  }

  /** Stops the service, then removes every stream of the run (assessments' too) and the database. */
  override async close(): Promise<void> {
    await this.app.close();
    const jsm = await jetstreamManager(this.nats);
    for await (const stream of jsm.streams.list())
      if (stream.config.name.startsWith(`${this.names.prefix}_`))
        await jsm.streams.delete(stream.config.name);
    await super.close();
  }
}
