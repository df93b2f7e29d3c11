// The enrollment service's request/reply contracts: for the enrollment service, the gateway and tests only.
export * from './lib/class-list-import';
export * from './lib/classes';
export * from './lib/enrollment-rpc';
export * from './lib/errors';
export * from './lib/participant-codes';
export * from './lib/selection';
export * from './lib/students';
export * from './lib/sync-roster';
