export * from './lib/demo/seed-organisations-demo';
export * from './lib/registry-organisations';
export * from './lib/shared/registry-errors';
