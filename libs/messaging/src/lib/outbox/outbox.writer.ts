import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EntityManager } from 'typeorm';
import { EventContract, producerOf } from '@orbita/contracts';
import { currentCorrelationId } from '@orbita/observability';
import { EventMetadata, versionOf } from '../event-metadata';
import { describeValidationErrors } from '../validation';

export interface PublishOptions {
  /** The record the event is about; events of one aggregate are published in the order written. */
  aggregateId: string;
  /** Carried over from the request or event that caused this one. */
  correlationId?: string;
  /** Set only when an event must keep an id decided earlier (e.g. replays). */
  eventId?: string;
}

export interface PendingEvent {
  metadata: EventMetadata;
  payload: object;
}

/** Channel the relay LISTENs on; one per schema so services sharing a database wake only their relay. */
export function outboxChannel(schema: string): string {
  return `orbita_outbox_${schema}`;
}

/**
 * Builds an event and checks its payload against the contract before it is written, so a producer's
 * bug fails its own transaction instead of reaching consumers as a poison message.
 */
export function prepareEvent<T extends object>(
  contract: EventContract<T>,
  payload: T,
  options: PublishOptions,
): PendingEvent {
  const instance = plainToInstance(contract.payload, payload as object);
  const errors = validateSync(instance, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new Error(`Invalid ${contract.subject} payload: ${describeValidationErrors(errors)}`);
  }
  const eventId = options.eventId ?? randomUUID();
  return {
    payload,
    metadata: {
      eventId,
      subject: contract.subject,
      occurredAt: new Date().toISOString(),
      producer: producerOf(contract.subject),
      version: versionOf(contract.subject),
      aggregateId: options.aggregateId,
      // The request that caused the change, when there is one (HTTP → RPC → outbox keeps one id).
      correlationId: options.correlationId ?? currentCorrelationId() ?? eventId,
    },
  };
}

/** Writes events to the outbox of the schema `manager` is bound to, inside the caller's transaction. */
export async function writeToOutbox(manager: EntityManager, schema: string, events: PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event, index) => {
    const base = index * 5;
    values.push(
      event.metadata.eventId,
      event.metadata.subject,
      event.metadata.aggregateId,
      JSON.stringify(event.payload),
      JSON.stringify(event.metadata),
    );
    return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5})`;
  });
  await manager.query(
    `INSERT INTO "${schema}".outbox (event_id, subject, aggregate_id, payload, metadata) VALUES ${rows.join(', ')}`,
    values,
  );
  // Delivered at commit, and not at all on rollback: exactly when the relay has something to do.
  await manager.query('SELECT pg_notify($1, NULL)', [outboxChannel(schema)]);
}
