export * from './event-contract';
export * from './registry';
