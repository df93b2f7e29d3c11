export * from './lib/enrollment-roster';
export * from './lib/integration-config';
export * from './lib/integration.service-definition';
