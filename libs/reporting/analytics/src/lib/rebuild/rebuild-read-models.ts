import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { producerOf } from '@orbita/contracts';
import { defaultLogger, isNotFound, type Logger, type MessagingNames } from '@orbita/messaging';
import type { DataSource } from 'typeorm';
import { consumerOf, declaredConsumers } from '@orbita/service-host';
import {
  PROGRAMME_TABLE_TABLES,
  ProgrammeTableProjection,
} from '../programme-table/programme-table.projection';
import { ANALYTICS_CONSUMER, REPORTING_SERVICE_NAME } from '../projection/analytics-consumer';
import { PROJECT_RESULTS_TABLES } from '../projects/1767400000000-project-results';
import { ProjectResultsProjection } from '../projects/project-results.projection';
import { AnalyticsProjection } from '../projection/analytics-projection';

/** Every table the projection writes; the rebuild empties them all. */
export const READ_MODEL_TABLES = [
  'works',
  'schools',
  'protocol_versions',
  'protocol_drafts',
  'protocol_chunks',
  'protocol_rows',
  'chunk_score_counts',
  'chunk_task_scores',
  'school_results',
  'score_counts',
  'task_results',
  ...PROGRAMME_TABLE_TABLES,
  ...PROJECT_RESULTS_TABLES,
] as const;

export interface RebuildOptions {
  dataSource: DataSource;
  nats: NatsConnection;
  names: MessagingNames;
  logger?: Logger;
  /** Give up when the replay has not caught up by then (default 30 min). */
  timeoutMs?: number;
}

export interface RebuildSummary {
  /** Events the replay applied (those of other subjects in the streams are skipped). */
  applied: number;
  schoolsWithFigures: number;
  durationMs: number;
}

/**
 * Builds reporting's read models again from the event streams: empties them and the analytics consumer's
 * inbox, deletes its durable consumer, creates it anew from the first event of each stream and applies
 * everything until it has caught up. Analytics-updated events are not published again: the figures
 * it arrives at were announced when they first came about.
 *
 * Stop the reporting service first (it is refused while the durable consumer has pull requests waiting);
 * the service, started again, carries on from where the replay stopped.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildSummary> {
  const started = Date.now();
  const logger = options.logger ?? defaultLogger('reporting-rebuild');
  const { dataSource, names } = options;
  const jsm = await jetstreamManager(options.nats);
  const durable = names.durable(REPORTING_SERVICE_NAME, ANALYTICS_CONSUMER.durable);
  // The service's own projections, announcing nothing.
  const [analytics] = declaredConsumers([
    new AnalyticsProjection({ announce: false }),
    new ProgrammeTableProjection(),
    new ProjectResultsProjection(),
  ]);
  const producers = [...new Set(analytics.handlers.map((handler) => producerOf(handler.contract.subject)))];
  const streams = producers.map((producer) => names.eventStream(producer).name);

  await refuseWhileConsuming(jsm, streams, durable);
  for (const stream of streams) {
    await jsm.consumers.delete(stream, durable).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }
  await dataSource.transaction(async (manager) => {
    await manager.query(`TRUNCATE ${READ_MODEL_TABLES.join(', ')}`);
    await manager.query('DELETE FROM inbox WHERE consumer = $1', [durable]);
  });
  logger.info({ durable, streams }, 'read models emptied; replaying the streams from the start');

  const consumer = consumerOf(analytics, {
    service: REPORTING_SERVICE_NAME,
    dataSource,
    nats: options.nats,
    names,
    logger,
  });
  await consumer.start();
  try {
    await waitUntilCaughtUp(jsm, streams, durable, options.timeoutMs ?? 30 * 60_000, logger);
  } finally {
    await consumer.stop();
  }

  const [{ applied }] = await dataSource.query(
    'SELECT count(*)::integer AS applied FROM inbox WHERE consumer = $1',
    [durable],
  );
  const [{ schools }] = await dataSource.query('SELECT count(*)::integer AS schools FROM school_results');
  return { applied, schoolsWithFigures: schools, durationMs: Date.now() - started };
}

/** A running service keeps pull requests waiting on the durable consumer (each lives a second). */
async function refuseWhileConsuming(
  jsm: JetStreamManager,
  streams: readonly string[],
  durable: string,
): Promise<void> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const waiting = await pullRequestsWaiting(jsm, streams, durable);
    if (waiting === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The durable consumer ${durable} is in use (${waiting} pull requests waiting): stop the reporting service first`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function pullRequestsWaiting(
  jsm: JetStreamManager,
  streams: readonly string[],
  durable: string,
): Promise<number> {
  let waiting = 0;
  for (const stream of streams) {
    const info = await jsm.consumers.info(stream, durable).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    waiting += info?.num_waiting ?? 0;
  }
  return waiting;
}

/** Caught up: every event of every stream delivered and acknowledged (applied, skipped or dead-lettered). */
async function waitUntilCaughtUp(
  jsm: JetStreamManager,
  streams: readonly string[],
  durable: string,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  for (;;) {
    let outstanding = 0;
    for (const stream of streams) {
      const info = await jsm.consumers.info(stream, durable);
      outstanding += info.num_pending + info.num_ack_pending;
    }
    if (outstanding === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `The replay has not caught up after ${timeoutMs} ms (${outstanding} events outstanding)`,
      );
    if (Date.now() - lastReport > 5_000) {
      logger.info({ outstanding }, 'replaying');
      lastReport = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
