// The projects service's request/reply contracts: for the projects service, the gateway and tests only.
export * from './lib/projects-rpc';
export * from './lib/status';
