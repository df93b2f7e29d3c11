export * from './lib/rebuild';
export * from './lib/reporting-config';
export * from './lib/reporting.service-definition';
