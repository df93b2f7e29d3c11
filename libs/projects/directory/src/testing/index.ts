import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { PERSON_REGISTERED_V1, STUDENT_ENROLLED_V1, type EventContract } from '@orbita/contracts';
import { ensureStream, metadataToHeaders } from '@orbita/messaging';
import { waitFor, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { KnownPerson, KnownStudent } from '../lib/directory.entity';

/** What the registry and enrollment tell the projects service before a test (ids only). */
export interface KnownToTheDirectory {
  /** Registry people: their organisation, and their school when the organisation is one. */
  people?: { personId: string; organisationId: string; schoolId?: string }[];
  /** Students enrolled in a programme class of a school. */
  students?: { studentId: string; schoolId: string }[];
}

/**
 * Publishes the registry's and enrollment's events for these people and students to their streams, as
 * those services' outbox relays would, and waits until the directory's consumer has them all.
 */
export async function tellTheDirectory(
  service: TestService,
  { people = [], students = [] }: KnownToTheDirectory,
): Promise<void> {
  const streams = await jetstreamManager(service.nats);
  for (const producer of ['registry', 'enrollment'])
    await ensureStream(streams, service.names.eventStream(producer));
  for (const person of people)
    await publish(
      service,
      PERSON_REGISTERED_V1,
      { ...person, roles: ['teacher'], active: true },
      person.personId,
    );
  for (const { studentId, schoolId } of students)
    await publish(
      service,
      STUDENT_ENROLLED_V1,
      {
        studentId,
        classId: randomUUID(),
        schoolId,
        schoolYear: 2025,
        enrolledOn: '2025-09-01',
        basis: { kind: 'transfer' },
      },
      studentId,
    );
  const manager = service.dataSource.manager;
  const personIds = people.map(({ personId }) => personId);
  const studentIds = students.map(({ studentId }) => studentId);
  await waitFor(
    async () =>
      (await manager.countBy(KnownPerson, { personId: In(personIds) })) === personIds.length &&
      (await manager.countBy(KnownStudent, { studentId: In(studentIds) })) === studentIds.length,
  );
}

/** Publishes another service's event to its stream as its outbox relay would. */
async function publish<T extends object>(
  service: TestService,
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
  await jetstream(service.nats).publish(service.names.subject(contract.subject), JSON.stringify(payload), {
    headers,
  });
}
