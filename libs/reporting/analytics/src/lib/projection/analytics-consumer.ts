import type { NatsConnection } from '@nats-io/transport-node';
import { EventConsumer, type Logger, type MessagingNames } from '@orbita/messaging';
import type { DataSource } from 'typeorm';
import { analyticsHandlers } from './analytics-projection';

/** Reporting's schema, inbox owner and the first half of its durable consumer's name. */
export const REPORTING_SERVICE_NAME = 'reporting';
/** The durable consumer is `reporting_analytics` on the ASSESSMENTS, REGISTRY and ENROLLMENT streams. */
export const ANALYTICS_CONSUMER_PURPOSE = 'analytics';

export interface AnalyticsConsumerOptions {
  dataSource: DataSource;
  nats: NatsConnection;
  names: MessagingNames;
  logger?: Logger;
  /** Publish `reporting.analytics.updated.v1` on changes (default true; the rebuild turns it off). */
  announce?: boolean;
  /** Where a new durable consumer starts (default: the start of the streams). */
  deliverFrom?: 'all' | 'new';
}

export function createAnalyticsConsumer(options: AnalyticsConsumerOptions): EventConsumer {
  return new EventConsumer({
    service: REPORTING_SERVICE_NAME,
    purpose: ANALYTICS_CONSUMER_PURPOSE,
    handlers: analyticsHandlers({ announce: options.announce ?? true }),
    dataSource: options.dataSource,
    nats: options.nats,
    names: options.names,
    logger: options.logger,
    deliverFrom: options.deliverFrom ?? 'all',
    concurrency: 8,
    // One event per transaction: each holds at most one work × school recompute lock (a work's blueprint
    // takes its schools' in order), so transactions never wait on each other in a circle.
    batchSize: 1,
  });
}
