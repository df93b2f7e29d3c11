import { jetstreamManager } from '@nats-io/jetstream';
import { NatsConnection } from '@nats-io/transport-node';
import { Client as PgClient } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { EventMetadata, metadataToHeaders } from '../event-metadata';
import { defaultLogger, Logger } from '../logger';
import { messagingMetrics } from '../metrics';
import { MessagingNames } from '../naming';
import { JetStreamPublisher } from '../nats/jetstream-publisher';
import { ensureStream } from '../nats/streams';
import { outboxChannel } from './outbox.writer';

export interface OutboxRelayOptions {
  service: string;
  dataSource: DataSource;
  nats: NatsConnection;
  names?: MessagingNames;
  /** Rows taken per round (default 500). */
  batchSize?: number;
  /** Fallback look at the outbox when no notification came (default 1 s). */
  pollIntervalMs?: number;
  /** How long to wait for one publish ack before leaving the row for the next round (default 5 s). */
  publishTimeoutMs?: number;
  logger?: Logger;
}

interface OutboxRow {
  seq: string;
  subject: string;
  aggregate_id: string;
  payload: string;
  metadata: EventMetadata;
  created_at: Date;
}

type RoundResult = { published: number; remaining: boolean };

/**
 * Publishes outbox rows to JetStream and deletes them once JetStream has acknowledged them.
 *
 * - Woken by LISTEN/NOTIFY at every commit that wrote events; polls as a fallback.
 * - Several replicas may run: a transaction-scoped advisory lock lets one of them work a round at a time,
 *   so rows go out in outbox order and none is published by two relays at once.
 * - Each event is published with `Nats-Msg-Id` = its id, so a row re-published after a lost ack is
 *   dropped by JetStream's duplicate window instead of being stored twice.
 * - Events of one aggregate are published one after another (in parallel across aggregates); when one
 *   fails, the ones after it in that aggregate wait for the next round, keeping their order.
 */
export class OutboxRelay {
  private readonly names: MessagingNames;
  private readonly logger: Logger;
  private readonly publisher: JetStreamPublisher;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private listener?: PgClient;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private wakeRequested = false;
  private failures = 0;
  private topology?: Promise<void>;

  constructor(private readonly options: OutboxRelayOptions) {
    this.names = options.names ?? new MessagingNames();
    this.logger = (options.logger ?? defaultLogger('outbox-relay')).child({ service: options.service });
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5000;
    this.publisher = new JetStreamPublisher(options.nats, this.publishTimeoutMs);
  }

  private get schema(): string {
    return (this.options.dataSource.options as { schema?: string }).schema ?? 'public';
  }

  async start(): Promise<void> {
    if (this.running) return;
    await this.ensureTopology();
    this.running = true;
    await this.listen();
    this.loop = this.runLoop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.requestWake();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    this.publisher.close();
  }

  /** Publishes everything pending now; returns how many events went out. Used by tests and tools. */
  async drain(): Promise<number> {
    await this.ensureTopology();
    let total = 0;
    for (;;) {
      const round = await this.publishRound();
      total += round.published;
      if (!round.remaining) return total;
    }
  }

  /** The service's event stream, created or updated once per relay. */
  private ensureTopology(): Promise<void> {
    this.topology ??= jetstreamManager(this.options.nats)
      .then((jsm) => ensureStream(jsm, this.names.eventStream(this.options.service)))
      .catch((error) => {
        this.topology = undefined;
        throw error;
      });
    return this.topology;
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      try {
        await this.drain();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        // Database or NATS away: say so once per outage stretch, keep rows, try again with back-off.
        if (this.failures === 1 || this.failures % 30 === 0) {
          this.logger.warn({ err: error, failures: this.failures }, 'outbox relay round failed; rows kept for retry');
        }
        await this.sleep(Math.min(this.pollIntervalMs * this.failures, 10_000));
        continue;
      }
      await this.sleep(this.pollIntervalMs);
      if (!this.listener) await this.listen();
    }
  }

  private async publishRound(): Promise<RoundResult> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        outboxChannel(this.schema),
      ]);
      if (!locked) {
        await runner.rollbackTransaction();
        return { published: 0, remaining: false };
      }
      const rows: OutboxRow[] = await runner.query(
        `SELECT seq, subject, aggregate_id, payload::text AS payload, metadata, created_at
           FROM "${this.schema}".outbox ORDER BY seq LIMIT $1`,
        [this.batchSize],
      );
      const published = await this.publishInAggregateOrder(rows);
      await this.deleteRows(runner, published);
      await runner.commitTransaction();
      this.record(published);
      const failed = rows.length - published.length;
      if (failed > 0) throw new Error(`${failed} of ${rows.length} outbox events were not acknowledged by JetStream`);
      return { published: published.length, remaining: rows.length === this.batchSize };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async publishInAggregateOrder(rows: OutboxRow[]): Promise<OutboxRow[]> {
    const byAggregate = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const queue = byAggregate.get(row.aggregate_id) ?? [];
      queue.push(row);
      byAggregate.set(row.aggregate_id, queue);
    }
    const published: OutboxRow[] = [];
    let firstError: unknown;
    await Promise.all(
      [...byAggregate.values()].map(async (queue) => {
        for (const row of queue) {
          try {
            await this.publisher.publish(
              this.names.subject(row.subject),
              row.payload,
              metadataToHeaders(row.metadata),
            );
            published.push(row);
          } catch (error) {
            firstError ??= error;
            return;
          }
        }
      }),
    );
    if (firstError && published.length === 0) throw firstError;
    return published;
  }

  private async deleteRows(runner: QueryRunner, rows: OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await runner.query(`DELETE FROM "${this.schema}".outbox WHERE seq = ANY($1::bigint[])`, [
      rows.map((row) => row.seq),
    ]);
  }

  private record(rows: OutboxRow[]): void {
    if (rows.length === 0) return;
    const now = Date.now();
    messagingMetrics.outboxPublished.inc({ service: this.options.service }, rows.length);
    for (const row of rows) {
      messagingMetrics.outboxLag.observe({ service: this.options.service }, (now - new Date(row.created_at).getTime()) / 1000);
    }
  }

  /** A dedicated connection for LISTEN; when it breaks, polling carries on and the next loop re-listens. */
  private async listen(): Promise<void> {
    const options = this.options.dataSource.options as { url?: string };
    const client = new PgClient({ connectionString: options.url });
    client.on('error', () => {
      this.listener = undefined;
      client.end().catch(() => undefined);
    });
    client.on('notification', () => this.requestWake());
    try {
      await client.connect();
      await client.query(`LISTEN "${outboxChannel(this.schema)}"`);
      this.listener = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.logger.debug({ err: error }, 'cannot LISTEN for outbox notifications now; polling');
    }
  }

  private requestWake(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested || !this.running) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const wake = () => done();
      this.wake = wake;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => {
      this.wake = undefined;
      this.wakeRequested = false;
    });
  }
}
