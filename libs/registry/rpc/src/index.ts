// The registry service's request/reply contracts: for the registry service, the gateway and tests only.
export * from './lib/agreements';
export * from './lib/municipalities';
export * from './lib/organisations';
export * from './lib/people';
export * from './lib/programmes';
export * from './lib/records';
export * from './lib/registry-rpc';
export * from './lib/roadmap';
export * from './lib/trainings';
