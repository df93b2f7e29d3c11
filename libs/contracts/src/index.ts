export * from './common';
export * from './event-contract';
export * from './registry';
