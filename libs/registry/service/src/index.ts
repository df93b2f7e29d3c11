export * from './lib/registry-config';
export * from './lib/registry.service-definition';
export * from './lib/seed';
