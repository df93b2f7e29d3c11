export * from './lib/runs/sync-runner';
export * from './lib/sync-config';
export * from './lib/sync.module';
