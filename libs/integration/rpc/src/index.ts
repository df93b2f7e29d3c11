// The integration service's request/reply contracts: for the integration service, the gateway and tests only.
export * from './lib/errors';
export * from './lib/integration-rpc';
export * from './lib/reconciliation';
export * from './lib/runs';
export * from './lib/status';
