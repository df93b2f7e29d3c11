import { createInbox, MsgHdrs, NatsConnection, Subscription } from '@nats-io/transport-node';
import { inboxPrefixOfConnection } from './nats-connection';

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
  deadline: number;
}

/**
 * Publishes to JetStream and awaits the stream's ack without a request per message: every publish
 * carries a reply subject under one long-lived inbox subscription. The official client's `publish`
 * builds a request with error objects (stack traces) per message, which costs more CPU than the
 * publish itself at outbox rates.
 */
export class JetStreamPublisher {
  private readonly inbox: string;
  private readonly pending = new Map<string, Pending>();
  private readonly subscription: Subscription;
  private readonly sweeper: NodeJS.Timeout;
  private next = 0;

  constructor(
    private readonly nats: NatsConnection,
    private readonly timeoutMs: number,
  ) {
    // Under the connection's own inbox prefix: the bus lets a user listen to its own inboxes only.
    this.inbox = createInbox(inboxPrefixOfConnection(nats));
    this.subscription = nats.subscribe(`${this.inbox}.*`, {
      callback: (error, message) => {
        if (error) return;
        const token = message.subject.slice(this.inbox.length + 1);
        const waiting = this.pending.get(token);
        if (!waiting) return;
        this.pending.delete(token);
        if (message.headers?.code === 503) return waiting.reject(new Error('no JetStream stream answers this subject'));
        const ack = message.json<{ error?: { description: string } }>();
        if (ack.error) waiting.reject(new Error(`JetStream refused the message: ${ack.error.description}`));
        else waiting.resolve();
      },
    });
    // One timer for all publishes instead of one per message.
    this.sweeper = setInterval(() => this.expire(), Math.min(250, timeoutMs));
  }

  /**
   * Resolves when the stream has stored the message, or recognised its `Nats-Msg-Id` header as a
   * duplicate within its window.
   */
  publish(subject: string, data: string, headers: MsgHdrs): Promise<void> {
    const token = String(this.next++);
    return new Promise<void>((resolve, reject) => {
      this.pending.set(token, { resolve, reject, deadline: Date.now() + this.timeoutMs });
      try {
        this.nats.publish(subject, data, { reply: `${this.inbox}.${token}`, headers });
      } catch (error) {
        this.pending.delete(token);
        reject(error as Error);
      }
    });
  }

  close(): void {
    clearInterval(this.sweeper);
    this.subscription.unsubscribe();
    this.expire(Number.POSITIVE_INFINITY);
  }

  private expire(now = Date.now()): void {
    for (const [token, waiting] of this.pending) {
      if (waiting.deadline > now) continue;
      this.pending.delete(token);
      waiting.reject(new Error(`no JetStream ack within ${this.timeoutMs} ms`));
    }
  }
}
