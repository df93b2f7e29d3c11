import type { OnEventOptions } from '@orbita/service-host';

/** Reporting's schema, inbox owner and the first half of its durable consumer's name. */
export const REPORTING_SERVICE_NAME = 'reporting';

/**
 * The durable consumer `reporting_analytics` on the ASSESSMENTS, REGISTRY, ENROLLMENT and PROJECTS
 * streams, which the analytics, programme-table and project-results projections share.
 */
export const ANALYTICS_CONSUMER: OnEventOptions = {
  durable: 'analytics',
  deliverFrom: 'all',
  concurrency: 8,
  // One event per transaction: each holds at most one work × school recompute lock (a work's blueprint
  // takes its schools' in order), so transactions never wait on each other in a circle.
  batchSize: 1,
};
