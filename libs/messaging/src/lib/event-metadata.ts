import { headers as natsHeaders, MsgHdrs } from '@nats-io/transport-node';

/** What travels with every event, in NATS headers, so it can be logged and traced without the body. */
export interface EventMetadata {
  eventId: string;
  subject: string;
  occurredAt: string;
  producer: string;
  version: number;
  aggregateId: string;
  correlationId: string;
}

export const HEADER = {
  msgId: 'Nats-Msg-Id',
  eventId: 'Orbita-Event-Id',
  subject: 'Orbita-Subject',
  occurredAt: 'Orbita-Occurred-At',
  producer: 'Orbita-Producer',
  version: 'Orbita-Version',
  aggregateId: 'Orbita-Aggregate-Id',
  correlationId: 'Orbita-Correlation-Id',
  /** Request/reply only: the acting user (JSON of `Actor` from @orbita/auth), set by the gateway. */
  actor: 'Orbita-Actor',
  /** Request/reply only: the service asking as itself (a contract's `callers`), set by `ServiceCallClient`. */
  caller: 'Orbita-Caller',
  deadLetterReason: 'Orbita-Dead-Letter-Reason',
  deadLetterDetail: 'Orbita-Dead-Letter-Detail',
  deadLetterConsumer: 'Orbita-Dead-Letter-Consumer',
  deadLetterDeliveries: 'Orbita-Dead-Letter-Deliveries',
  deadLetterStreamSeq: 'Orbita-Dead-Letter-Stream-Seq',
} as const;

export function versionOf(subject: string): number {
  return Number(subject.slice(subject.lastIndexOf('.v') + 2));
}

export function metadataToHeaders(metadata: EventMetadata): MsgHdrs {
  const headers = natsHeaders();
  headers.set(HEADER.msgId, metadata.eventId);
  headers.set(HEADER.eventId, metadata.eventId);
  headers.set(HEADER.subject, metadata.subject);
  headers.set(HEADER.occurredAt, metadata.occurredAt);
  headers.set(HEADER.producer, metadata.producer);
  headers.set(HEADER.version, String(metadata.version));
  headers.set(HEADER.aggregateId, metadata.aggregateId);
  headers.set(HEADER.correlationId, metadata.correlationId);
  return headers;
}

/** Reads the metadata back; a message without an event id is not one of ours and has no metadata. */
export function metadataFromHeaders(headers: MsgHdrs | undefined, fallbackSubject: string): EventMetadata | undefined {
  const eventId = headers?.get(HEADER.eventId);
  if (!headers || !eventId) return undefined;
  const subject = headers.get(HEADER.subject) || fallbackSubject;
  return {
    eventId,
    subject,
    occurredAt: headers.get(HEADER.occurredAt),
    producer: headers.get(HEADER.producer),
    version: Number(headers.get(HEADER.version)) || versionOf(subject),
    aggregateId: headers.get(HEADER.aggregateId),
    correlationId: headers.get(HEADER.correlationId) || eventId,
  };
}
