export * from './lib/projection/analytics-consumer';
export * from './lib/rebuild/rebuild-read-models';
export * from './lib/reporting-analytics';
export * from './lib/shared/reporting-errors';
