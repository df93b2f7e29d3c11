import {
  AckPolicy,
  ConsumerConfig,
  DeliverPolicy,
  jetstream,
  JetStreamClient,
  jetstreamManager,
  JetStreamManager,
  JsMsg,
} from '@nats-io/jetstream';
import { headers as natsHeaders, NatsConnection, nanos } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { EventContract, producerOf } from '@orbita/contracts';
import { isTransientDatabaseError } from '@orbita/persistence';
import { EventMetadata, HEADER, metadataFromHeaders } from '../event-metadata';
import { defaultLogger, Logger } from '../logger';
import { messagingMetrics } from '../metrics';
import { MessagingNames } from '../naming';
import { ensureStream, isNotFound, isPermissionDenied } from '../nats/streams';
import { TransactionContext, UnitOfWork } from '../outbox/unit-of-work';
import { describeProblems, parsePayload } from '../validation';
import { AvailabilityGate } from './availability-gate';

/** What a handler gets besides the payload: the transaction (with outbox publishing) and the metadata. */
export interface EventContext extends TransactionContext {
  readonly metadata: EventMetadata;
  /** Tells JetStream the handler is still at it, for work longer than the ack wait. */
  working(): void;
}

export interface EventHandler<T extends object = object> {
  contract: EventContract<T>;
  handle(payload: T, context: EventContext): Promise<void>;
}

/** Pairs a contract with its handler while keeping the payload type checked. */
export function onEvent<T extends object>(
  contract: EventContract<T>,
  handle: (payload: T, context: EventContext) => Promise<void>,
): EventHandler<T> {
  return { contract, handle };
}

export interface EventConsumerOptions {
  /** The consuming service; its schema holds the inbox. */
  service: string;
  /** Why it consumes (`analytics`, `feed`…); one durable consumer per (service, purpose). */
  purpose: string;
  handlers: EventHandler<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  dataSource: DataSource;
  nats: NatsConnection;
  names?: MessagingNames;
  /** Transactions applying events at once, each for its own aggregates (default 4). */
  concurrency?: number;
  /** Events applied in one transaction at most (default 50). */
  batchSize?: number;
  /** Unacknowledged this long, an event is delivered again (default 30 s; `working()` extends it). */
  ackWaitMs?: number;
  /** Deliveries before a failing event goes to the dead-letter stream (default 5). */
  maxDeliver?: number;
  /** Delay before each redelivery after a handler failure (default 1 s, 5 s, 15 s, 30 s). */
  backoffMs?: number[];
  /** Where a new durable consumer starts (default: the stream's first event). */
  deliverFrom?: 'all' | 'new';
  logger?: Logger;
}

type DeadLetterReason = 'invalid-metadata' | 'invalid-payload' | 'handler-failed';

interface ReadyEvent {
  message: JsMsg;
  metadata: EventMetadata;
  handler: EventHandler;
  payload: object;
}

type ApplyOutcome = { ok: true; applied: boolean[] } | { ok: false; error: unknown };

interface Lane {
  queue: JsMsg[];
  busy: boolean;
}

/** Which event of a batch failed, so the others can be applied without it. */
class HandlerFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/** Same key, same lane: a stable hash keeps an aggregate's events in one lane, in order. */
function laneOf(key: string, lanes: number): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (hash * 31 + key.charCodeAt(index)) | 0;
  return Math.abs(hash) % lanes;
}

/**
 * A durable JetStream pull consumer that applies each event exactly once:
 *
 * - one durable consumer per source stream, explicit ack, bounded deliveries with back-off;
 * - effect and inbox row `(consumer, event id)` commit in one transaction, then the ack: a redelivered
 *   event finds its inbox row and has no second effect;
 * - events are spread over `concurrency` lanes by aggregate id; a lane applies its events in order, up
 *   to `batchSize` per transaction (if a handler fails, that event alone is retried and the rest re-applied);
 * - invalid payloads and events that still fail after `maxDeliver` go to the dead-letter stream with the
 *   reason, and are terminated so the events behind them keep flowing;
 * - while the database is away the consumer holds the event (telling JetStream it is working), stops
 *   fetching, and retries when the database answers — an outage never uses up an event's deliveries.
 */
export class EventConsumer {
  readonly name: string;
  private readonly names: MessagingNames;
  private readonly logger: Logger;
  private readonly handlers: Map<string, EventHandler>;
  private readonly unitOfWork: UnitOfWork;
  private readonly lanes: Lane[];
  private readonly batchSize: number;
  private readonly gate: AvailabilityGate;
  private readonly concurrency: number;
  private readonly ackWaitMs: number;
  private readonly maxDeliver: number;
  private readonly backoffMs: number[];
  private js!: JetStreamClient;
  private jsm!: JetStreamManager;
  private running = false;
  /** Events fetched and not yet settled: they wait in a lane, run, or wait out an outage. */
  private readonly inHand = new Set<JsMsg>();
  private heartbeat?: NodeJS.Timeout;
  /** Pull loops (one per stream) waiting for room in hand; each is woken when an event settles. */
  private readonly slotWaiters = new Set<() => void>();
  private loops: Promise<void>[] = [];
  private readonly aborts = new Set<() => void>();

  constructor(private readonly options: EventConsumerOptions) {
    this.names = options.names ?? new MessagingNames();
    this.name = this.names.durable(options.service, options.purpose);
    this.logger = (options.logger ?? defaultLogger('event-consumer')).child({ consumer: this.name });
    this.handlers = new Map(options.handlers.map((handler) => [handler.contract.subject, handler]));
    this.unitOfWork = new UnitOfWork(options.dataSource);
    this.concurrency = options.concurrency ?? 4;
    this.batchSize = options.batchSize ?? 50;
    this.lanes = Array.from({ length: this.concurrency }, () => ({ queue: [], busy: false }));
    this.ackWaitMs = options.ackWaitMs ?? 30_000;
    this.maxDeliver = options.maxDeliver ?? 5;
    this.backoffMs = options.backoffMs ?? [1_000, 5_000, 15_000, 30_000];
    this.gate = new AvailabilityGate(
      async () => void (await options.dataSource.query('SELECT 1')),
      (attempt, error) => {
        if (attempt === 1 || attempt % 20 === 0) this.logger.warn({ err: error, attempt }, 'database away; consumer paused');
      },
    );
  }

  /** Creates or updates the streams and durable consumers, then starts pulling. */
  async start(): Promise<void> {
    if (this.running) return;
    this.js = jetstream(this.options.nats);
    this.jsm = await jetstreamManager(this.options.nats);
    await ensureStream(this.jsm, this.names.deadLetterStream());
    const producers = [...new Set([...this.handlers.keys()].map(producerOf))];
    const streams: string[] = [];
    for (const producer of producers) {
      const stream = this.names.eventStream(producer);
      await this.ensureProducerStream(stream);
      await this.ensureDurable(stream.name, producer).catch((error: unknown) => {
        if (!isPermissionDenied(error)) throw error;
        throw new Error(
          `The bus refuses the durable consumer ${this.name} on ${stream.name}: add its purpose to the service's consumers in tools/scripts/nats-config.ts`,
          { cause: error },
        );
      });
      streams.push(stream.name);
    }
    this.running = true;
    // Keeps JetStream from redelivering an event that waits its turn, runs long or waits out an outage.
    this.heartbeat = setInterval(() => this.inHand.forEach((message) => message.working()), this.ackWaitMs / 3);
    this.loops = streams.map((stream) => this.pull(stream));
  }

  /** Stops pulling and waits for events in hand to finish. */
  async stop(): Promise<void> {
    this.running = false;
    for (const abort of this.aborts) abort();
    this.wakeSlotWaiters();
    await Promise.all(this.loops);
    while (this.inHand.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(this.heartbeat);
  }

  /**
   * Creates the producer's stream if it is missing and the bus allows it (a server without users, as in
   * tests); on the platform's bus only the producer may create its stream, so the consumer waits for it.
   */
  private async ensureProducerStream(stream: { name: string; subjects: string[] }): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ensureStream(this.jsm, stream);
      } catch (error) {
        if (!isPermissionDenied(error)) throw error;
        if (attempt === 1) this.logger.info({ stream: stream.name }, 'waiting for the producer to create its stream');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private async ensureDurable(stream: string, producer: string): Promise<void> {
    const subjects = [...this.handlers.keys()].filter((subject) => producerOf(subject) === producer);
    const config: Partial<ConsumerConfig> = {
      durable_name: this.name,
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(this.ackWaitMs),
      max_deliver: this.maxDeliver,
      // Applies to redeliveries after an ack timeout (a crashed handler); naks carry their own delay.
      backoff: this.backoffMs.slice(0, this.maxDeliver - 1).map((ms) => nanos(Math.max(ms, this.ackWaitMs))),
      max_ack_pending: this.concurrency * this.batchSize * 2,
      // NATS 2.9 (Debian's) filters on one subject only; with several, unhandled subjects are acked and skipped.
      ...(subjects.length === 1 ? { filter_subject: this.names.subject(subjects[0]) } : {}),
    };
    try {
      const existing = await this.jsm.consumers.info(stream, this.name);
      await this.jsm.consumers.update(stream, this.name, { ...existing.config, ...config });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.jsm.consumers.add(stream, {
        ...config,
        deliver_policy: this.options.deliverFrom === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
      });
    }
  }

  private async pull(stream: string): Promise<void> {
    const consumer = await this.js.consumers.get(stream, this.name);
    while (this.running) {
      await this.gate.waitUntilOpen();
      const capacity = await this.freeSlots();
      if (!this.running) break;
      try {
        const batch = await consumer.fetch({ max_messages: capacity, expires: 1_000 });
        const abort = () => batch.stop();
        this.aborts.add(abort);
        try {
          for await (const message of batch) this.dispatch(message);
        } finally {
          this.aborts.delete(abort);
        }
      } catch (error) {
        if (!this.running) break;
        this.logger.warn({ err: error, stream }, 'fetch failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  /** Events in hand at most: enough to fill every lane's next batch. */
  private get capacity(): number {
    return this.concurrency * this.batchSize;
  }

  private async freeSlots(): Promise<number> {
    while (this.running && this.inHand.size >= this.capacity) {
      await new Promise<void>((resolve) => this.slotWaiters.add(resolve));
    }
    return this.capacity - this.inHand.size;
  }

  private wakeSlotWaiters(): void {
    for (const wake of this.slotWaiters) wake();
    this.slotWaiters.clear();
  }

  private dispatch(message: JsMsg): void {
    this.inHand.add(message);
    const key = message.headers?.get(HEADER.aggregateId) || String(message.seq);
    const lane = this.lanes[laneOf(key, this.lanes.length)];
    lane.queue.push(message);
    if (!lane.busy) void this.runLane(lane);
  }

  /** A lane applies its events in arrival order, a batch per transaction; lanes run side by side. */
  private async runLane(lane: Lane): Promise<void> {
    lane.busy = true;
    while (lane.queue.length > 0) {
      const batch = lane.queue.splice(0, this.batchSize);
      try {
        await this.processBatch(batch);
      } catch (error) {
        this.logger.error({ err: error }, 'event batch processing crashed; JetStream will redeliver');
      } finally {
        for (const message of batch) this.inHand.delete(message);
        this.wakeSlotWaiters();
      }
    }
    lane.busy = false;
  }

  private async processBatch(messages: JsMsg[]): Promise<void> {
    const ready = (await Promise.all(messages.map((message) => this.prepare(message)))).filter(
      (item): item is ReadyEvent => item !== undefined,
    );
    await this.applyAll(ready);
  }

  private async applyAll(ready: ReadyEvent[]): Promise<void> {
    if (ready.length === 0) return;
    const outcome = await this.applyWhenDatabaseAnswers(ready);
    if (outcome.ok) return this.acknowledge(ready, outcome.applied);
    if (!(outcome.error instanceof HandlerFailure)) {
      for (const item of ready) await this.retryOrDeadLetter(item, outcome.error);
      return;
    }
    // One handler failed and took the batch's transaction with it: retry or park that event alone,
    // and apply the others again without it.
    const { index, cause } = outcome.error;
    await this.retryOrDeadLetter(ready[index], cause);
    await this.applyAll(ready.filter((_, position) => position !== index));
  }

  /** Sorts out what cannot be applied: other consumers' events are skipped, broken ones dead-lettered. */
  private async prepare(message: JsMsg): Promise<ReadyEvent | undefined> {
    const metadata = metadataFromHeaders(message.headers, this.names.unprefixed(message.subject));
    const subject = metadata?.subject ?? this.names.unprefixed(message.subject);
    const handler = this.handlers.get(subject);
    if (message.info.deliveryCount > 1) messagingMetrics.redeliveries.inc({ consumer: this.name });
    if (!handler) {
      // Another event of a stream this consumer reads; not its business.
      messagingMetrics.consumed.inc({ consumer: this.name, subject, result: 'ignored' });
      message.ack();
      return undefined;
    }
    if (!metadata) {
      await this.deadLetter(message, subject, 'invalid-metadata', `no ${HEADER.eventId} header`);
      return undefined;
    }
    const parsed = parsePayload(handler.contract.payload, message.data);
    if (!parsed.ok) {
      await this.deadLetter(message, subject, 'invalid-payload', describeProblems(parsed.problems));
      return undefined;
    }
    return { message, metadata, handler, payload: parsed.value };
  }

  /** Applies the events; while the database is away, waits for it (no delivery is used up) and tries again. */
  private async applyWhenDatabaseAnswers(items: ReadyEvent[]): Promise<ApplyOutcome> {
    for (;;) {
      await this.gate.waitUntilOpen();
      const stopTimer = messagingMetrics.handlerDuration.startTimer({ consumer: this.name, subject: items[0].metadata.subject });
      try {
        const applied = await this.applyOnce(items);
        stopTimer();
        return { ok: true, applied };
      } catch (error) {
        if (!isTransientDatabaseError(error)) return { ok: false, error };
        await this.gate.close();
      }
    }
  }

  /**
   * One transaction: the inbox rows of the events, then the handlers of those not applied before.
   * Returns, per event, whether it was applied now (false: a redelivery of an applied event).
   */
  private applyOnce(items: ReadyEvent[]): Promise<boolean[]> {
    return this.options.dataSource.transaction(async (manager) => {
      const values = items.flatMap((item) => [this.name, item.metadata.eventId, item.metadata.subject]);
      const rows = items.map((_, index) => `($${index * 3 + 1}, $${index * 3 + 2}, $${index * 3 + 3})`);
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO "${this.unitOfWork.schema}".inbox (consumer, event_id, subject) VALUES ${rows.join(', ')}
         ON CONFLICT DO NOTHING RETURNING event_id`,
        values,
      );
      const firstTime = new Set(inserted.map((row) => row.event_id));
      const applied: boolean[] = [];
      for (const [index, { handler, payload, metadata, message }] of items.entries()) {
        const isNew = firstTime.delete(metadata.eventId);
        applied.push(isNew);
        if (!isNew) continue;
        try {
          await this.unitOfWork.runIn(manager, (tx) =>
            handler.handle(payload, { ...tx, metadata, working: () => message.working() }),
          );
        } catch (error) {
          throw isTransientDatabaseError(error) ? error : new HandlerFailure(index, error);
        }
      }
      return applied;
    });
  }

  private acknowledge(items: ReadyEvent[], applied: boolean[]): void {
    items.forEach(({ message, metadata }, index) => {
      message.ack();
      const result = applied[index] ? 'applied' : 'duplicate';
      messagingMetrics.consumed.inc({ consumer: this.name, subject: metadata.subject, result });
    });
  }

  private async retryOrDeadLetter({ message, metadata }: ReadyEvent, error: unknown): Promise<void> {
    const deliveries = message.info.deliveryCount;
    const logger = this.logger.child({ eventId: metadata.eventId, subject: metadata.subject, correlationId: metadata.correlationId });
    messagingMetrics.consumed.inc({ consumer: this.name, subject: metadata.subject, result: 'failed' });
    if (deliveries >= this.maxDeliver) {
      logger.error({ err: error, deliveries }, 'event failed on its last delivery; dead-lettering');
      return this.deadLetter(message, metadata.subject, 'handler-failed', (error as Error)?.message ?? String(error));
    }
    const delay = this.backoffMs[Math.min(deliveries - 1, this.backoffMs.length - 1)];
    logger.warn({ err: error, deliveries, retryInMs: delay }, 'event failed; will be redelivered');
    message.nak(delay);
  }

  /** Copies the event to the dead-letter stream with why, then terminates it so it is not redelivered. */
  private async deadLetter(message: JsMsg, subject: string, reason: DeadLetterReason, detail: string): Promise<void> {
    const headers = natsHeaders();
    for (const key of message.headers?.keys() ?? []) {
      if (key !== HEADER.msgId) for (const value of message.headers!.values(key)) headers.append(key, value);
    }
    headers.set(HEADER.deadLetterReason, reason);
    headers.set(HEADER.deadLetterDetail, detail.slice(0, 2_000).replace(/[\r\n]+/g, ' '));
    headers.set(HEADER.deadLetterConsumer, this.name);
    headers.set(HEADER.deadLetterDeliveries, String(message.info.deliveryCount));
    headers.set(HEADER.deadLetterStreamSeq, `${message.info.stream}:${message.seq}`);
    try {
      await this.js.publish(this.names.deadLetterSubject(this.name, subject), message.data, {
        msgID: `${this.name}:${message.info.stream}:${message.seq}`,
        headers,
      });
    } catch (error) {
      // Not parked yet: let JetStream deliver it again rather than lose it.
      this.logger.error({ err: error, seq: message.seq }, 'could not dead-letter; will retry');
      message.nak(this.backoffMs[0]);
      return;
    }
    messagingMetrics.deadLetters.inc({ consumer: this.name, reason });
    this.logger.warn({ subject, reason, detail, seq: message.seq }, 'event moved to the dead-letter stream');
    message.term(reason);
  }
}
