import { producerOf } from '@orbita/contracts';

/**
 * Where a service's messages live on NATS. The optional prefix keeps environments (and test runs)
 * that share one NATS server apart: `t42.registry.school.registered.v1` in stream `t42_REGISTRY`.
 */
export class MessagingNames {
  constructor(readonly prefix = '') {
    if (prefix && !/^[a-z0-9_-]+$/i.test(prefix)) throw new Error(`Invalid subject prefix "${prefix}"`);
  }

  /** The wire subject of a contract subject (events) or request/reply subject. */
  subject(subject: string): string {
    return this.prefix ? `${this.prefix}.${subject}` : subject;
  }

  /** The contract subject of a wire subject. */
  unprefixed(wireSubject: string): string {
    return this.prefix && wireSubject.startsWith(`${this.prefix}.`)
      ? wireSubject.slice(this.prefix.length + 1)
      : wireSubject;
  }

  /** One stream per producing service, holding its events (four-token subjects only, never its RPC). */
  eventStream(producer: string): { name: string; subjects: string[] } {
    return { name: this.streamName(producer.toUpperCase()), subjects: [this.subject(`${producer}.*.*.*`)] };
  }

  eventStreamOf(subject: string): { name: string; subjects: string[] } {
    return this.eventStream(producerOf(subject));
  }

  deadLetterStream(): { name: string; subjects: string[] } {
    return { name: this.streamName('DEAD_LETTERS'), subjects: [this.subject('dead-letter.>')] };
  }

  deadLetterSubject(consumer: string, subject: string): string {
    return this.subject(`dead-letter.${consumer}.${subject}`);
  }

  /** An object-store bucket (stream `OBJ_<bucket>`), kept apart per prefix like the streams. */
  bucket(base: string): string {
    return this.streamName(base);
  }

  /** The bucket of files sent to and from `service` (see TransferBucket). */
  transferBucket(service: string): string {
    return this.bucket(`transfers_${service}`);
  }

  /** Durable consumer names may not contain dots. */
  durable(service: string, purpose: string): string {
    return `${service}_${purpose}`.replace(/[^a-zA-Z0-9_-]/g, '_');
  }

  private streamName(base: string): string {
    return this.prefix ? `${this.prefix}_${base}` : base;
  }
}
