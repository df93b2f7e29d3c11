import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { ENROLLMENT_RPC, type EventContract } from '@orbita/contracts';
import { ensureStream, metadataToHeaders } from '@orbita/messaging';
import { startTestService, TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import {
  ENROLLMENT_ENTITIES,
  ENROLLMENT_MIGRATIONS,
  EnrollmentClassesModule,
} from '../lib/enrollment.module';

export { regionalCoordinator, schoolCoordinator, waitFor } from '@orbita/service-host/testing';

/**
 * The enrollment service for a test (see TestService), fed assessments' events published straight to
 * their stream as the assessments relay would publish them.
 */
export class EnrollmentFixture extends TestService {
  static async start(): Promise<EnrollmentFixture> {
    const fixture = new EnrollmentFixture(
      await startTestService({
        name: 'enrollment',
        entities: ENROLLMENT_ENTITIES,
        migrations: ENROLLMENT_MIGRATIONS,
        modules: [EnrollmentClassesModule],
      }),
    );
    await ensureStream(await jetstreamManager(fixture.nats), fixture.names.eventStream('assessments'));
    await fixture.answering(ENROLLMENT_RPC.listSubjects);
    return fixture;
  }

  /** Publishes an event of another service to its stream with the headers its outbox relay sets. */
  async publish<T extends object>(
    contract: EventContract<T>,
    payload: T,
    aggregateId: string,
  ): Promise<void> {
    const eventId = randomUUID();
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
    await jetstream(this.nats).publish(this.names.subject(contract.subject), JSON.stringify(payload), {
      headers,
    });
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
