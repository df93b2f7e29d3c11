export * from './lib/free-port';
export * from './lib/private-nats-server';
export * from './lib/private-postgres';
export * from './lib/run-id';
export * from './lib/run-streams';
export * from './lib/test-database';
export * from './lib/test-smtp-server';
