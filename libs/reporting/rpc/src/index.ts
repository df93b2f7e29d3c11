// The reporting service's request/reply contracts: for the reporting service, the gateway and tests only.
export * from './lib/analytics';
export * from './lib/completeness';
export * from './lib/programme-table';
export * from './lib/progress';
export * from './lib/project-results';
export * from './lib/reporting-rpc';
export * from './lib/work';
